// Real builds of a copy of content/ on two days (BUILD_DATE), for what only a
// build shows:
// - a bulletin dated after the build date is nowhere on the first day (its page,
//   the archive, home, RSS, sitemap, search, the TV schedule's link to it) and the
//   build log lists it ("đã hẹn ngày đăng"); the next day it is everywhere;
// - a bulletin whose text holds <, & and " (and escaped tags) shows them as text:
//   its page has no element from them, and the search page (Chromium) shows them
//   once, neither escaped twice nor run as markup;
// - the open-data CSV writes formula-like cells with a quote in front.
// Dates follow content: the first day is in the year after the newest bulletins.
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';
import { bodyOf, frontMatterOf } from '../../src/loaders/parse.ts';
import { contentFixture, runAstro, tempDir, type Fixture } from '../support/content-fixture.ts';
import { parseCsv } from '../support/csv.ts';
import { textOf } from '../support/dist.ts';

const YEAR = Math.max(...readdirSync('content/bulletins').filter((f) => /^\d{4}$/.test(f)).map(Number)) + 1;
const DAY = `${YEAR}-03-10`;
const NEXT = `${YEAR}-03-11`;
/** The scheduled issue, and the issue whose text holds characters HTML gives a meaning to. */
const SCHEDULED = { slug: 'hen-ngay-dang-thu', title: `Bản tin hẹn ngày lapnhieuhen ${YEAR}` };
const SPECIAL = { slug: 'ky-tu-dac-biet-thu', title: 'Ký tự đặc biệt: giá < 5 triệu & "ưu đãi" kytudacbiet' };
/** A product copied from the first one, with a name and a phone number a spreadsheet would run. */
const PRODUCT_NAME = '=HYPERLINK("https://example.org/","bấm vào đây")';
const PHONE = '+84 000 000 0000';

let fixture: Fixture;
const out = { [DAY]: '', [NEXT]: '' };
const log = { [DAY]: '', [NEXT]: '' };
const file = (day: string, rel: string) => readFileSync(path.join(out[day]!, rel), 'utf8');
const page = (day: string, p: string) => file(day, path.join(p, 'index.html'));
const exists = (day: string, rel: string) => readdirSync(out[day]!, { recursive: true }).map(String).includes(rel);
const sitemap = (day: string) => readdirSync(out[day]!).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => file(day, f)).join('\n');

const issue = (fields: Record<string, unknown>, body: string) => `---\n${yaml.dump(fields)}---\n\n${body}\n`;

beforeAll(() => {
  fixture = contentFixture();
  mkdirSync(fixture.file(`bulletins/${YEAR}`), { recursive: true });
  fixture.write(
    `bulletins/${YEAR}/${SCHEDULED.slug}.md`,
    issue({ title: SCHEDULED.title, number: 901, date: NEXT, summary: 'Tin thử đăng theo hẹn ngày.', sample: false, source: 'https://khuyencongvatuvancongnghiepdongnai.gov.vn/' }, 'Nội dung tin hẹn ngày đăng.'),
  );
  fixture.write(
    `bulletins/${YEAR}/${SPECIAL.slug}.md`,
    issue(
      { title: SPECIAL.title, number: 902, date: `${YEAR}-03-01`, summary: 'Tóm tắt: a < b & "c" kytudacbiet.', sample: true },
      'Đoạn kytudacbiet: a < b & c "trích dẫn", \\<b\\>không đậm\\</b\\> và \\<script\\>alert(1)\\</script\\>.',
    ),
  );
  // The first TV feature links to the scheduled issue.
  const tv = readdirSync(fixture.file('tv')).find((f) => /^\d{4}\.ya?ml$/.test(f))!;
  fixture.edit(`tv/${tv}`, (text) => {
    const data = yaml.load(text) as { features: { related: { kind: string; id: string }[] }[] };
    data.features[0]!.related.push({ kind: 'bulletin', id: SCHEDULED.slug });
    return yaml.dump(data);
  });
  // A product whose name and phone start as formulas would.
  const first = readdirSync(fixture.file('products')).sort()[0]!;
  const copy = 'cong-thuc-thu';
  cpSync(fixture.file(`products/${first}`), fixture.file(`products/${copy}`), { recursive: true });
  fixture.edit(`products/${copy}/index.md`, (text) => {
    const data = yaml.load(frontMatterOf(text)!) as { name: string; producer: Record<string, unknown>; sample: boolean; source?: string };
    data.name = PRODUCT_NAME;
    data.producer['phone'] = PHONE;
    data.sample = true;
    delete data.source;
    return `---\n${yaml.dump(data)}---\n${bodyOf(text)}`;
  });
  for (const day of [DAY, NEXT]) {
    out[day] = path.join(tempDir('kc-dist-'), 'dist');
    const run = runAstro(fixture, ['build', '--outDir', out[day]!], { BUILD_DATE: day });
    if (run.status !== 0) throw new Error(run.output);
    log[day] = run.output;
  }
}, 300_000);

describe(`on ${DAY}, the day before the scheduled issue`, () => {
  test('the build log says it is scheduled, and that the TV link to it waits', () => {
    expect(log[DAY]).toMatch(new RegExp(`đã hẹn ngày đăng: bản tin số 901 "${SCHEDULED.title}" \\(.*${SCHEDULED.slug}\\.md\\) ngày 11/3/${YEAR}`));
    expect(log[DAY]).toMatch(new RegExp(`chuyên đề số \\d+: liên kết đến bản tin "${SCHEDULED.slug}" chưa hiện, vì bản tin hẹn đăng ngày 11/3/${YEAR}`));
  });
  test('it has no page and is in no list, feed, sitemap or TV link', () => {
    expect(exists(DAY, `ban-tin/${SCHEDULED.slug}/index.html`)).toBe(false);
    expect(textOf(page(DAY, ''))).not.toContain(SCHEDULED.title);
    expect(textOf(page(DAY, 'ban-tin'))).not.toContain(SCHEDULED.title);
    expect(file(DAY, 'ban-tin/rss.xml')).not.toContain(SCHEDULED.slug);
    expect(sitemap(DAY)).not.toContain(`/ban-tin/${SCHEDULED.slug}/`);
    expect(page(DAY, 'truyen-hinh')).not.toContain(`href="/ban-tin/${SCHEDULED.slug}/"`);
  });
});

describe(`on ${NEXT}, its date`, () => {
  test('the build log no longer lists it, nor the TV link', () => {
    expect(log[NEXT]).toContain(`/ban-tin/${SCHEDULED.slug}/`);
    expect(log[NEXT]).not.toMatch(new RegExp(`(đã hẹn ngày đăng|chưa hiện).*${SCHEDULED.slug}`));
  });
  test('it has its page and is on the home page, the archive, the feed, the sitemap and the TV schedule', () => {
    expect(textOf(page(NEXT, `ban-tin/${SCHEDULED.slug}`))).toContain('Nội dung tin hẹn ngày đăng.');
    expect(textOf(page(NEXT, ''))).toContain(SCHEDULED.title);
    expect(textOf(page(NEXT, 'ban-tin'))).toContain(SCHEDULED.title);
    expect(file(NEXT, 'ban-tin/rss.xml')).toContain(`/ban-tin/${SCHEDULED.slug}/</link>`);
    expect(sitemap(NEXT)).toContain(`/ban-tin/${SCHEDULED.slug}/</loc>`);
    expect(page(NEXT, 'truyen-hinh')).toContain(`href="/ban-tin/${SCHEDULED.slug}/"`);
  });
});

test('text with <, & and " is shown as text: the page has no element made from it', () => {
  const html = page(DAY, `ban-tin/${SPECIAL.slug}`);
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  expect(textOf(article)).toContain('a < b & c "trích dẫn", <b>không đậm</b> và <script>alert(1)</script>.');
  expect(article).not.toMatch(/<(b|script)\b/);
});

test('the open-data CSV: the formula-like name and the phone number are written with a quote in front', () => {
  const [header, ...rows] = parseCsv(file(DAY, 'du-lieu/san-pham.csv').slice(1));
  const row = rows.find((r) => r[header!.indexOf('ma')] === 'cong-thuc-thu')!;
  expect(row[header!.indexOf('ten')]).toBe(`'${PRODUCT_NAME}`);
  expect(row[header!.indexOf('dien_thoai')]).toBe(`'${PHONE}`);
  const json = JSON.parse(file(DAY, 'du-lieu/san-pham.json')) as Record<string, string>[];
  expect(json.find((r) => r['ma'] === 'cong-thuc-thu')).toMatchObject({ ten: PRODUCT_NAME, dien_thoai: PHONE });
  expect(textOf(page(DAY, 'du-lieu'))).toMatch(/được ghi thêm một dấu nháy đơn \(\'\) ở đầu/);
});

describe('search in Chromium', () => {
  let browser: Browser;
  const servers: { url: string; close: () => Promise<void> }[] = [];
  beforeAll(async () => {
    browser = await launchChromium(inject('chromium'));
    for (const day of [DAY, NEXT]) servers.push(await serveDist(out[day]!));
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });
  /** The results of the search page for `q` on the build of `day`: each one's title and excerpt as a reader sees them, and the elements inside. */
  async function results(day: string, q: string) {
    const tab = await browser.newPage();
    await tab.goto(`${servers[day === DAY ? 0 : 1]!.url}/tim-kiem/?q=${encodeURIComponent(q)}`);
    await tab.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const found = await tab.$$eval('#search-results > li', (items) =>
      items.map((li) => ({
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        title: li.querySelector('h2')?.textContent ?? '',
        excerpt: li.querySelector('p.mt-1')?.textContent ?? '',
        elements: [...li.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
      })),
    );
    await tab.close();
    return found;
  }

  test('<, & and " in a page\'s title and text are shown once, as written; nothing from the text is markup', async () => {
    const found = await results(DAY, 'kytudacbiet');
    const hit = found.find((r) => r.href === `/ban-tin/${SPECIAL.slug}/`)!;
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit.title).toBe(SPECIAL.title);
    expect(hit.excerpt).toMatch(/a < b & "c"|a < b & c "trích dẫn"|giá < 5 triệu & "ưu đãi"/);
    expect(found.map((r) => `${r.title} ${r.excerpt}`).join('\n')).not.toMatch(/&lt;|&gt;|&amp;|&quot;/);
    // Only the result list's own elements: a picture, the section line, the linked title, the excerpt, the marks.
    expect(found.flatMap((r) => r.elements).filter((t) => !['img', 'div', 'p', 'h2', 'a', 'mark'].includes(t))).toEqual([]);
  });

  test('the scheduled issue is found only from its date', async () => {
    expect((await results(DAY, 'lapnhieuhen')).map((r) => r.href)).not.toContain(`/ban-tin/${SCHEDULED.slug}/`);
    expect((await results(NEXT, 'lapnhieuhen')).map((r) => r.href)).toContain(`/ban-tin/${SCHEDULED.slug}/`);
  });
});
