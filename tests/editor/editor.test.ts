// The web editor in Chromium against `npm run edit` in a temporary clone of this
// repository: a staff member creates a bulletin issue with a cover photo and
// publishes it; the file is in the clone with the fields the schema expects, in
// NFC, committed; the clone then builds and the issue is on /ban-tin/, in the RSS
// feed and found by the search page. Also: a product's summary edited (one field
// changes, the rest of the file stays), and an issue without a title refused.
// Screenshots of the steps go to docs/images/ for the staff guide.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';
import { checkContentFolder } from '../../src/loaders/check-folder.ts';
import { frontMatterOf } from '../../src/loaders/parse.ts';

const ROOT = path.resolve('.');
const IMAGES = path.join(ROOT, 'docs/images');
/** Today in Việt Nam, as the editor's date field fills it in (the browser runs in Asia/Ho_Chi_Minh). */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const YEAR = TODAY.slice(0, 4);
/** The new issue, typed as a staff member would (decomposed "ộ" on purpose: the file must be NFC). */
const TITLE = 'Hội chợ hàng thủ công mỹ nghệ Biên Hòa cuối năm'.normalize('NFD');
const TITLE_NFC = TITLE.normalize('NFC');
const SLUG = 'hoi-cho-hang-thu-cong-my-nghe-bien-hoa-cuoi-nam';

const git = (dir: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`npm run edit đã dừng:\n${log()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} không trả lời sau ${ms / 1000} s:\n${log()}`);
}

let clone: string;
let edit: ChildProcess;
let output = '';
let url: string;
let browser: Browser;
/** Every address the editor's pages asked for. */
const requested = new Set<string>();

beforeAll(async () => {
  clone = mkdtempSync(path.join(os.tmpdir(), 'kc-editor-'));
  git(ROOT, 'clone', '--quiet', '--no-hardlinks', ROOT, clone);
  git(clone, 'config', 'user.name', 'Nguyễn Thị Biên Tập');
  git(clone, 'config', 'user.email', 'bientap@example.gov.vn');
  // The clone's node_modules: hard links to this one's (same files, no download, seconds).
  const copy = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules')], { encoding: 'utf8' });
  if (copy.status !== 0) throw new Error(`cp -al node_modules: ${copy.stderr}`);
  const [port, serverPort] = [await freePort(), await freePort()];
  edit = spawn(process.execPath, ['scripts/edit.ts'], {
    cwd: clone,
    env: { ...process.env, PORT: String(port), EDITOR_SERVER_PORT: String(serverPort), HOST: '127.0.0.1', ASTRO_CACHE_DIR: path.join(clone, '.cache-astro') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  edit.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  edit.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/admin/config.yml`, edit, () => output);
  browser = await launchChromium(inject('chromium'));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (edit && edit.exitCode === null) {
    const exited = new Promise((r) => edit.once('exit', r));
    edit.kill('SIGTERM');
    await exited;
  }
  if (clone) rmSync(clone, { recursive: true, force: true });
});

/** Opens the editor at `hash` in a new browser profile and signs in (the local back end's button). */
async function openEditor(hash: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.on('request', (r) => requested.add(r.url()));
  const page = await context.newPage();
  await page.goto(`${url}/admin/${hash}`);
  await page.getByRole('button', { name: /Đăng nhập/ }).click({ timeout: 60_000 });
  return page;
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await page.getByText('Xuất bản ngay', { exact: true }).click();
}

const head = () => git(clone, 'rev-parse', 'HEAD').trim();

describe('web editor with npm run edit', () => {
  test('opens in Vietnamese at /admin/, every request to its own origin', async () => {
    const page = await openEditor('');
    await page.getByRole('link', { name: /Bản tin/ }).first().waitFor({ timeout: 60_000 });
    const sidebar = await page.locator('body').innerText();
    for (const label of ['Bản tin', 'Sản phẩm', 'Lịch phát sóng', 'Sự kiện', 'Tiến độ kế hoạch', 'Chính sách hỗ trợ', 'Cài đặt trang']) expect(sidebar).toContain(label);
    // The issues already in the repository are listed ("2025-01-15 · số 1 · …").
    await page.getByText(/^\d{4}-\d{2}-\d{2} · số \d+ · /).first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(IMAGES, 'bien-tap-danh-sach.png') });
    await page.context().close();
  });

  test('creates a bulletin issue with a cover photo: the file, in NFC, the fields of the schema, committed', async () => {
    const before = head();
    const page = await openEditor('#/collections/bulletins/new');
    await page.getByLabel('Tiêu đề bản tin').fill(TITLE);
    await page.getByLabel('Số bản tin').fill('9');
    await page.getByLabel('Tóm tắt').fill('Bản tin thử của bộ kiểm thử trình biên tập: hội chợ hàng thủ công mỹ nghệ tại Biên Hòa, nội dung minh họa.');
    // A photo from a phone: a JPEG with the author's name and a GPS position, which must not enter the repository.
    const photoDir = mkdtempSync(path.join(os.tmpdir(), 'kc-photo-'));
    const photo = path.join(photoDir, 'Ảnh hội chợ.jpg');
    writeFileSync(
      photo,
      await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 180, g: 120, b: 60 } } })
        .jpeg({ quality: 90 })
        .withExif({ IFD0: { Artist: 'Nguyen Van A' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 57/1 0/1' } })
        .toBuffer(),
    );
    await page.getByRole('button', { name: 'Chọn ảnh' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Tải lên', { exact: true }).click();
    await (await chooser).setFiles(photo);
    // The uploaded photo appears in the library, selected (its name made ASCII): use it.
    await page.getByText('anh-hoi-cho.jpg', { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Dùng ảnh đã chọn' }).click({ timeout: 60_000 });
    await page.getByLabel('Mô tả ảnh cho người không xem được ảnh').fill('Gian hàng gốm và mây tre tại hội chợ');
    await page.getByLabel(/Nội dung minh họa/).check();
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('Hội chợ có 40 gian hàng của các cơ sở công nghiệp nông thôn (nội dung minh họa của bộ kiểm thử).');
    await page.getByLabel('Tiêu đề bản tin').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(IMAGES, 'bien-tap-ban-tin-moi.png') });
    await publish(page);
    await page.getByText(/Đã xuất bản/).first().waitFor({ timeout: 30_000 });
    await page.context().close();
    // The browser reads the chosen file when it needs it: removed only now.
    rmSync(photoDir, { recursive: true });

    const rel = `content/bulletins/${YEAR}/${SLUG}.md`;
    const file = path.join(clone, rel);
    expect(existsSync(file), `${rel}: ${readdirSync(path.dirname(file)).join(', ')}`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain(TITLE_NFC);
    // Dates quoted, as the build reads them; numbers as numbers; the cover beside the file.
    expect(text).toContain(`date: "${TODAY}"`);
    const data = yaml.load(frontMatterOf(text)!) as Record<string, unknown>;
    expect(data).toMatchObject({ title: TITLE_NFC, number: 9, date: TODAY, sample: true, cover: { alt: 'Gian hàng gốm và mây tre tại hội chợ' } });
    const cover = (data['cover'] as { image: string }).image;
    expect(cover).toBe('./anh-hoi-cho.jpg');
    const coverFile = path.join(path.dirname(file), cover);
    const meta = await sharp(coverFile).metadata();
    expect([meta.width, meta.exif]).toEqual([1600, undefined]);
    // Committed, by the person who saved, with the file and its photo.
    expect(head()).not.toBe(before);
    const committed = git(clone, 'log', '--format=%an|%s', '--name-only', `${before}..HEAD`);
    expect(committed).toContain('Nguyễn Thị Biên Tập|Thêm bản tin');
    expect(committed).toContain(rel);
    expect(committed).toContain(`content/bulletins/${YEAR}/${path.basename(cover)}`);
    expect(git(clone, 'status', '--porcelain').trim()).toBe('');
    // The same checks as the build, over the whole content folder.
    expect(checkContentFolder(path.join(clone, 'content')).map((e) => e.message)).toEqual([]);
  });

  test("edits a product's summary: one field changes, the rest of the file stays as it was", async () => {
    const slug = readdirSync(path.join(clone, 'content/products')).find((d) => existsSync(path.join(clone, 'content/products', d, 'index.md')))!;
    const rel = `content/products/${slug}/index.md`;
    const old = readFileSync(path.join(clone, rel), 'utf8');
    const before = head();
    const page = await openEditor(`#/collections/products/entries/${slug}/index`);
    const summary = page.getByLabel('Giới thiệu ngắn');
    await summary.waitFor({ timeout: 60_000 });
    const summaryText = 'Sản phẩm được giới thiệu lại bằng trình biên tập: một câu mới.';
    await summary.fill(summaryText);
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(IMAGES, 'bien-tap-san-pham.png') });
    await publish(page);
    await page.getByText(/Đã xuất bản/).first().waitFor({ timeout: 30_000 });
    await page.context().close();

    expect(head()).not.toBe(before);
    const now = readFileSync(path.join(clone, rel), 'utf8');
    const [a, b] = [old, now].map((t) => yaml.load(frontMatterOf(t)!) as Record<string, unknown>);
    expect(b!['summary']).toBe(summaryText);
    expect({ ...b, summary: '' }).toEqual({ ...a, summary: '' });
    // Only the summary's line(s) changed in the commit: the rest of the file, comments and quoting kept.
    const changed = git(clone, 'diff', '--unified=0', `${before}..HEAD`, '--', rel)
      .split('\n')
      .filter((l) => /^[-+](?![-+])/.test(l));
    expect(changed.every((l) => /^[-+](summary:|\s)/.test(l)), changed.join('\n')).toBe(true);
    expect(changed.filter((l) => l.startsWith('+'))).toEqual([`+summary: "${summaryText}"`]);
  });

  test('refuses to save a bulletin issue without a title, naming the field', async () => {
    const before = head();
    const page = await openEditor('#/collections/bulletins/new');
    await page.getByLabel('Số bản tin').fill('10');
    await page.getByLabel('Tóm tắt').fill('Một bản tin chưa có tiêu đề.');
    await publish(page);
    await page.getByText('Tiêu đề bản tin: chưa điền (bắt buộc).').waitFor({ timeout: 15_000 });
    await expect(page.getByText(/Còn ô bắt buộc chưa điền/).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(IMAGES, 'bien-tap-thieu-tieu-de.png') });
    await page.context().close();
    expect(head()).toBe(before);
  });

  test('asked for nothing from another origin', () => {
    const others = [...requested].filter((u) => !u.startsWith(`${url}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(others).toEqual([]);
    expect([...requested].some((u) => u.startsWith(`${url}/admin/decap-cms.js`))).toBe(true);
  });

  test('the clone builds, and the new issue is on /ban-tin/, in the RSS feed and found by search', async () => {
    // The editor stops first (astro dev and the build share the clone's caches).
    const exited = new Promise((r) => edit.once('exit', r));
    edit.kill('SIGTERM');
    await exited;
    const astro = path.join(clone, 'node_modules/astro/bin/astro.mjs');
    const build = spawnSync(process.execPath, [astro, 'build'], { cwd: clone, encoding: 'utf8', env: { ...process.env, ASTRO_CACHE_DIR: path.join(clone, '.cache-astro') } });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const dist = path.join(clone, 'dist');
    const list = readFileSync(path.join(dist, 'ban-tin/index.html'), 'utf8');
    expect(list.includes(`/ban-tin/${SLUG}/`)).toBe(true);
    expect(list.includes(TITLE_NFC)).toBe(true);
    expect(existsSync(path.join(dist, `ban-tin/${SLUG}/index.html`))).toBe(true);
    expect(readFileSync(path.join(dist, 'ban-tin/rss.xml'), 'utf8').includes(TITLE_NFC)).toBe(true);
    const server = await serveDist(dist);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('hội chợ thủ công mỹ nghệ Biên Hòa cuối năm')}`);
      await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('#search-status')?.textContent ?? ''));
      const hrefs = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs[0]).toBe(`/ban-tin/${SLUG}/`);
      await page.context().close();
    } finally {
      await server.close();
    }
  }, 600_000);
});
