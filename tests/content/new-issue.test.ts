// A new issue added the way docs/huong-dan-bien-tap.md says: the command, then
// summary and text filled in, then draft: false. After a build it is first in
// the archive, first in the feed and on the home page. An issue left as a
// draft is nowhere in the build: not in pages, feed or sitemap. The new issue's
// year is the one after the newest bulletins in content/, and the counts follow
// the bulletins there, so the test holds as staff publish more.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { contentFixture, type Fixture, runAstro, tempDir } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';

const out = tempDir('kc-dist-');
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
/** The years that have bulletins (content/bulletins/<year>/). */
const years = readdirSync('content/bulletins').filter((f) => /^\d{4}$/.test(f)).map(Number);
/** The new issue's year: after every bulletin in content/. */
const YEAR = Math.max(...years) + 1;
const TODAY = `${YEAR}-01-05`;
/** Older illustrative issues go in the year before the oldest bulletin. */
const OLD_YEAR = Math.min(...years) - 1;
const OLD_ISSUES = 15;
let fixture: Fixture;
let created: string;
/** Issues a build publishes: every bulletin that is not a draft. */
let published = 0;

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
  mkdirSync(fixture.file(`bulletins/${OLD_YEAR}`));
  created = newIssue('Đồng Nai tổ chức hội thảo công nghệ mới');
  fixture.edit(`bulletins/${YEAR}/dong-nai-to-chuc-hoi-thao-cong-nghe-moi.md`, (text) =>
    text
      .replace(/summary: >-\n.*\n/, 'summary: >-\n  Tóm tắt của bản tin thử nghiệm về hội thảo công nghệ.\n')
      .replace(/\nViết nội dung bản tin ở đây.*\n/, '\nNội dung bản tin thử nghiệm.\n')
      .replace('sample: false', 'sample: true')
      .replace('draft: true', 'draft: false'),
  );
  // A second issue, left as the command writes it: a draft.
  newIssue('Bản nháp chưa xuất bản');
  // Older illustrative issues, so that the archive needs a second page.
  for (let n = 1; n <= OLD_ISSUES; n++)
    fixture.write(
      `bulletins/${OLD_YEAR}/tin-cu-${n}.md`,
      `---\ntitle: Tin cũ ${n}\nnumber: ${n}\ndate: "${OLD_YEAR}-03-${String(n).padStart(2, '0')}"\nsummary: Tin minh họa cũ.\nsample: true\n---\n\nNội dung.\n`,
    );
  published = allFiles(fixture.file('bulletins'))
    .filter((f) => /^[^_].*\.mdx?$/.test(path.basename(f)))
    .filter((f) => fixture.data<{ draft?: boolean }>(path.relative(fixture.dir, f)).draft !== true).length;
  // The build runs the day the issue is written.
  const { status, output } = runAstro(fixture, ['build', '--outDir', out], { BUILD_DATE: TODAY });
  if (status !== 0) throw new Error(output);
}, 240_000);

test('the command names the file from the title, with the next free number of the year', () => {
  expect(created).toContain(`bulletins/${YEAR}/dong-nai-to-chuc-hoi-thao-cong-nghe-moi.md`);
  expect(created).toContain(`số 1 năm ${YEAR}`);
  const draft = readFileSync(fixture.file(`bulletins/${YEAR}/ban-nhap-chua-xuat-ban.md`), 'utf8');
  expect(draft).toMatch(/^number: 2 /m);
  expect(draft).toMatch(new RegExp(`^date: "${TODAY}"`, 'm'));
});

test('the new issue is first on /ban-tin/, with its page', () => {
  const first = /<h3[^>]*><a href="([^"]+)"/.exec(page('ban-tin'))![1];
  expect(first).toBe('/ban-tin/dong-nai-to-chuc-hoi-thao-cong-nghe-moi/');
  const text = textOf(page('ban-tin/dong-nai-to-chuc-hoi-thao-cong-nghe-moi'));
  expect(text).toContain(`Số 1/${YEAR}`);
  expect(text).toContain('Nội dung bản tin thử nghiệm.');
});

test('the new issue is first in the feed', () => {
  const feed = readFileSync(path.join(out, 'ban-tin/rss.xml'), 'utf8');
  const first = /<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/.exec(feed)!;
  expect(first[1]).toBe('Đồng Nai tổ chức hội thảo công nghệ mới');
  expect(new URL(first[2]!).pathname).toBe('/ban-tin/dong-nai-to-chuc-hoi-thao-cong-nghe-moi/');
  // RSS dates: the start of that day in Việt Nam, e.g. "Mon, 05 Jan 2026 00:00:00 +0700".
  const day = new Date(Date.UTC(YEAR, 0, 5)).toUTCString().replace(' GMT', ' +0700');
  expect(feed).toContain(`<pubDate>${day}</pubDate>`);
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

test('more than 20 issues: pages of 20, the oldest on the last page, the second page in the sitemap', () => {
  const links = (p: string) => [...page(p).matchAll(/<h3[^>]*><a href="(\/ban-tin\/[^"]+)"/g)].map((m) => m[1]!);
  const pages = Math.ceil(published / 20);
  expect(published).toBeGreaterThan(20);
  expect(links('ban-tin')).toHaveLength(20);
  const last = `ban-tin/trang/${pages}`;
  expect(links(last)).toHaveLength(published - 20 * (pages - 1));
  expect(links(last).at(-1)).toBe('/ban-tin/tin-cu-1/');
  expect(page('ban-tin')).toContain('href="/ban-tin/trang/2/"');
  const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/ban-tin/trang/2/</loc>');
});
