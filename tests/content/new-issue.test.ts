// A new issue added the way docs/huong-dan-bien-tap.md says: the command, then
// summary and text filled in, then draft: false. After a build it is first in
// the archive, first in the feed and on the home page. An issue left as a
// draft is nowhere in the build: not in pages, feed or sitemap.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { contentFixture, type Fixture, runAstro, tempDir } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';

const out = tempDir('kc-dist-');
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
const TODAY = '2026-01-05';
let fixture: Fixture;
let created: string;

/** `npm run new -- ban-tin "<title>"`, as the guide says, over the fixture's content. */
function newIssue(title: string): string {
  const result = spawnSync('npm', ['run', '-s', 'new', '--', 'ban-tin', title], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixture.dir, BUILD_DATE: TODAY },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

beforeAll(() => {
  fixture = contentFixture();
  mkdirSync(path.join(fixture.dir, 'bulletins/2023'));
  created = newIssue('Đồng Nai tổ chức hội thảo công nghệ mới');
  fixture.edit('bulletins/2026/dong-nai-to-chuc-hoi-thao-cong-nghe-moi.md', (text) =>
    text
      .replace(/summary: >-\n.*\n/, 'summary: >-\n  Tóm tắt của bản tin thử nghiệm về hội thảo công nghệ.\n')
      .replace(/\nViết nội dung bản tin ở đây.*\n/, '\nNội dung bản tin thử nghiệm.\n')
      .replace('sample: false', 'sample: true')
      .replace('draft: true', 'draft: false'),
  );
  // A second issue, left as the command writes it: a draft.
  newIssue('Bản nháp chưa xuất bản');
  // Older illustrative issues, so that the archive needs a second page (25 published issues).
  for (let n = 1; n <= 15; n++)
    fixture.write(
      `bulletins/2023/tin-cu-${n}.md`,
      `---\ntitle: Tin cũ ${n}\nnumber: ${n}\ndate: "2023-03-${String(n).padStart(2, '0')}"\nsummary: Tin minh họa cũ.\nsample: true\n---\n\nNội dung.\n`,
    );
  const { status, output } = runAstro(fixture, ['build', '--outDir', out]);
  if (status !== 0) throw new Error(output);
}, 240_000);

test('the command names the file from the title, with the next free number of the year', () => {
  expect(created).toContain('bulletins/2026/dong-nai-to-chuc-hoi-thao-cong-nghe-moi.md');
  expect(created).toContain('số 1 năm 2026');
  const draft = readFileSync(path.join(fixture.dir, 'bulletins/2026/ban-nhap-chua-xuat-ban.md'), 'utf8');
  expect(draft).toMatch(/^number: 2 /m);
  expect(draft).toMatch(/^date: "2026-01-05"/m);
});

test('the new issue is first on /ban-tin/, with its page', () => {
  const first = /<h3[^>]*><a href="([^"]+)"/.exec(page('ban-tin'))![1];
  expect(first).toBe('/ban-tin/dong-nai-to-chuc-hoi-thao-cong-nghe-moi/');
  const text = textOf(page('ban-tin/dong-nai-to-chuc-hoi-thao-cong-nghe-moi'));
  expect(text).toContain('Số 1/2026');
  expect(text).toContain('Nội dung bản tin thử nghiệm.');
});

test('the new issue is first in the feed', () => {
  const feed = readFileSync(path.join(out, 'ban-tin/rss.xml'), 'utf8');
  const first = /<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/.exec(feed)!;
  expect(first[1]).toBe('Đồng Nai tổ chức hội thảo công nghệ mới');
  expect(new URL(first[2]!).pathname).toBe('/ban-tin/dong-nai-to-chuc-hoi-thao-cong-nghe-moi/');
  expect(feed).toContain('<pubDate>Mon, 05 Jan 2026 00:00:00 +0700</pubDate>');
});

test('the new issue is on the home page', () => {
  expect(textOf(page(''))).toContain('Đồng Nai tổ chức hội thảo công nghệ mới');
});

test('the draft is nowhere in the build: pages, feed, sitemap', () => {
  const mentions = allFiles(out).filter((f) => {
    const body = readFileSync(f, 'utf8');
    return body.includes('ban-nhap-chua-xuat-ban') || body.includes('Bản nháp chưa xuất bản');
  });
  expect(mentions).toEqual([]);
});

test('more than 20 issues: pages of 20, the oldest on the second page, both in the sitemap', () => {
  const links = (p: string) => [...page(p).matchAll(/<h3[^>]*><a href="(\/ban-tin\/[^"]+)"/g)].map((m) => m[1]!);
  expect(links('ban-tin')).toHaveLength(20);
  expect(links('ban-tin/trang/2')).toHaveLength(5);
  expect(links('ban-tin/trang/2').at(-1)).toBe('/ban-tin/tin-cu-1/');
  expect(page('ban-tin')).toContain('href="/ban-tin/trang/2/"');
  const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/ban-tin/trang/2/</loc>');
});
