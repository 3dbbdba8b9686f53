// Nothing a staff member writes in a content file runs in a reader's browser or
// at build time, and no link leads nowhere: raw HTML, unsafe addresses, MDX
// code, a component in a .md file, a link to a page the site does not have, the
// new-file command's placeholder sentences, a TV link to a draft bulletin. Each
// stops the build naming the file, the field or line, and what is expected
// (checked in copies of content/ the way the build checks them); one real
// build proves the build stops with the same blocks and writes no page.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { newIssueText } from '../../src/features/bulletins/new-issue.ts';
import { facetValuesOf } from '../../src/features/catalogue/products.ts';
import { checkCollection, readCollection } from '../../src/loaders/check-folder.ts';
import { contentCollections } from '../../src/loaders/collections.ts';
import { bodyOf, frontMatterOf } from '../../src/loaders/parse.ts';
import type { ProductData } from '../support/published.ts';
import { contentFixture, expectNamed, expectSameBlocks, expectStopped, mistakesIn, runAstro, tempDir, type Fixture } from '../support/content-fixture.ts';

/** The build date of these checks: a year after any content, so that every bulletin in content/ is published. */
const YEAR = Math.max(...readdirSync('content/bulletins').filter((f) => /^\d{4}$/.test(f)).map(Number)) + 5;
const TODAY = `${YEAR}-06-15`;
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A copy of content/ checked as on TODAY. */
function fixture(): Fixture {
  vi.stubEnv('BUILD_DATE', TODAY);
  return contentFixture();
}

/** Writes a valid bulletin of TODAY's year (numbers from 901, clear of staff's own) whose text is `body`; returns its path. */
function bulletin(f: Fixture, name: string, body: string, fields: Record<string, unknown> = {}): string {
  const rel = `bulletins/${YEAR}/${name}`;
  const number = 901 + readdirSync(f.dir, { recursive: true }).filter((p) => String(p).startsWith(`bulletins${path.sep}${YEAR}${path.sep}`)).length;
  const data = { title: `Tin thử ${name}`, number, date: TODAY, summary: 'Tóm tắt tin thử.', sample: true, ...fields };
  mkdirSync(f.file(`bulletins/${YEAR}`), { recursive: true });
  f.write(rel, `---\n${yaml.dump(data)}---\n\n${body}\n`);
  return rel;
}
/** The line of the file on which a bulletin's body starts (after its front matter and the blank line). */
const bodyLine = (f: Fixture, rel: string) => (frontMatterOf(readFileSync(f.file(rel), 'utf8')) ?? '').split('\n').length + 3;

/** Rewrites the data of a YAML file, or of a Markdown file's front matter, keeping its text. */
function editData(f: Fixture, rel: string, change: (data: Record<string, unknown>) => void): void {
  f.edit(rel, (text) => {
    const markdown = /\.mdx?$/.test(rel);
    const data = yaml.load(markdown ? (frontMatterOf(text) ?? '') : text) as Record<string, unknown>;
    change(data);
    return markdown ? `---\n${yaml.dump(data)}---\n${bodyOf(text)}` : yaml.dump(data);
  });
}

/** The first product folder, the first plan file, the first TV file, the first events file in content/. */
const firstOf = (folder: string, pattern: RegExp) => readdirSync(`content/${folder}`).filter((n) => pattern.test(n)).sort()[0]!;
const PRODUCT = `products/${firstOf('products', /^[a-z0-9-]+$/)}/index.md`;
const PLAN = `plans/${firstOf('plans', /^\d{4}\.md$/)}`;
const TV = `tv/${firstOf('tv', /^\d{4}\.ya?ml$/)}`;
const EVENTS = `events/${firstOf('events', /^\d{4}\.ya?ml$/)}`;

describe('raw HTML, MDX code and components where they do not belong', () => {
  test('control: a new bulletin of plain Markdown with e-mail, telephone and site links passes', () => {
    const f = fixture();
    bulletin(f, 'thu.md', 'Liên hệ [thư](mailto:lienhe@example.gov.vn), [điện thoại](tel:+84000000000), [kế hoạch](/ke-hoach/2024/#muc-1), a < b & "c", \\<b\\>.');
    expect(mistakesIn(f).map((e) => e.message)).toEqual([]);
  });

  test.each([
    ['<script>alert(1)</script>', /thẻ HTML <script>/],
    ['Ảnh <img src="x.png" onerror="alert(1)">', /thẻ HTML <img>/],
    ['<iframe src="https://example.org/"></iframe>', /thẻ HTML <iframe>/],
    ['<a href="javascript:alert(1)">bấm</a>', /thẻ HTML <a>/],
    ['<style>body { display: none }</style>', /thẻ HTML <style>/],
    ['<form action="https://example.org/"><input name="mk"></form>', /thẻ HTML <form>/],
    ['<object data="x.swf"></object>', /thẻ HTML <object>/],
    ['<svg onload="alert(1)"><script>alert(1)</script></svg>', /thẻ HTML <svg>/],
    ['<meta http-equiv="refresh" content="0;url=https://example.org/">', /thẻ HTML <meta>/],
  ])('a .md bulletin with %s: the file and line are named', (html, what) => {
    const f = fixture();
    const rel = bulletin(f, 'co-html.md', `Đoạn đầu.\n\n${html}`);
    expectNamed(mistakesIn(f), f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 2})`, what);
    expectNamed(mistakesIn(f), f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 2})`, /không được chứa mã HTML viết tay.*viết bằng Markdown/);
  });

  test('a product text and the plan text with HTML are named too (the plan is checked, never changed)', () => {
    const f = fixture();
    f.edit(PRODUCT, (t) => `${t.trimEnd()}\n\n<img src="x.png" onerror="alert(1)">\n`);
    f.edit(PLAN, (t) => `${t.trimEnd()}\n\n<iframe src="https://example.org/"></iframe>\n`);
    const errors = mistakesIn(f);
    const last = (rel: string) => readFileSync(f.file(rel), 'utf8').trimEnd().split('\n').length;
    expectNamed(errors, f.file(PRODUCT), `(nội dung, dòng ${last(PRODUCT)})`, /thẻ HTML <img>/);
    expectNamed(errors, f.file(PLAN), `(nội dung, dòng ${last(PLAN)})`, /thẻ HTML <iframe>/);
  });

  test.each([
    ["import fs from 'node:fs'", /dòng "import fs from 'node:fs'" không được dùng: tệp \.mdx không được nạp \(import\) mã/],
    ['export const tieuDe = "x"', /không được chứa mã lệnh \(export\)/],
    ['Năm nay là {new Date().getFullYear()}.', /biểu thức \{new Date\(\)\.getFullYear\(\)\} không được dùng/],
    ['<script>{"alert(1)"}</script>', /thẻ HTML <script> không được dùng/],
    ['<a href="javascript:alert(1)">bấm</a>', /thẻ HTML <a> không được dùng/],
    ['<Callout title="Lưu ý" onclick="alert(1)">x</Callout>', /thẻ <Callout> không có thuộc tính "onclick"/],
    ['<LinkCard href={"/ke-hoach/2024/"} title="x" kind="plan" />', /thuộc tính href của thẻ <LinkCard> phải là chữ trong dấu ngoặc kép/],
  ])('an .mdx bulletin with %s: the line is named', (line, expected) => {
    const f = fixture();
    const rel = bulletin(f, 'co-ma.mdx', `Đoạn đầu.\n\n${line}\n\n<Callout title="Lưu ý">\nNội dung.\n</Callout>`);
    expectNamed(mistakesIn(f), f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 2})`, expected);
  });

  test('a content component in a .md file: "đổi đuôi tệp thành .mdx"; the same text as .mdx passes', () => {
    const text = 'Đoạn đầu.\n\n<Callout title="Lưu ý">\nLiên hệ Trung tâm.\n</Callout>\n\n<LinkCard href="/ke-hoach/2024/" title="Kế hoạch" kind="plan" />';
    const f = fixture();
    const rel = bulletin(f, 'the-thanh-phan.md', text);
    const errors = mistakesIn(f);
    expectNamed(errors, f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 2})`, /thẻ <Callout> chỉ dùng được trong tệp \.mdx: đổi đuôi tệp thành \.mdx/);
    expectNamed(errors, f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 6})`, /thẻ <LinkCard> chỉ dùng được trong tệp \.mdx: đổi đuôi tệp thành \.mdx/);
    const g = fixture();
    bulletin(g, 'the-thanh-phan.mdx', text);
    expect(mistakesIn(g).map((e) => e.message)).toEqual([]);
  });

  test('the same in a product text', () => {
    const f = fixture();
    f.edit(PRODUCT, (t) => `${t.trimEnd()}\n\n<Callout title="Lưu ý">\nx\n</Callout>\n`);
    const line = readFileSync(f.file(PRODUCT), 'utf8').trimEnd().split('\n').length - 2;
    expectNamed(mistakesIn(f), f.file(PRODUCT), `(nội dung, dòng ${line})`, /đổi đuôi tệp thành \.mdx/);
  });
});

describe('addresses: only https://, http://, the site\'s pages, mailto: and tel:', () => {
  const first = <T>(list: unknown) => (list as T[])[0]!;
  test.each([
    { file: TV, field: 'features.0.recording', set: (d: Record<string, unknown>) => (first<Record<string, unknown>>(d['features'])['recording'] = 'javascript:alert(1)') },
    { file: TV, field: 'features.0.source', set: (d: Record<string, unknown>) => (first<Record<string, unknown>>(d['features'])['source'] = 'data:text/html,<script>alert(1)</script>') },
    { file: TV, field: 'channels.0.currentSource', set: (d: Record<string, unknown>) => (first<Record<string, unknown>>(d['channels'])['currentSource'] = 'file:///etc/passwd') },
    { file: PRODUCT, field: 'producer.website', set: (d: Record<string, unknown>) => ((d['producer'] as Record<string, unknown>)['website'] = 'javascript:alert(1)') },
    { file: PRODUCT, field: 'source', set: (d: Record<string, unknown>) => (d['source'] = 'vbscript:msgbox(1)') },
    { file: EVENTS, field: 'events.0.source', set: (d: Record<string, unknown>) => (first<Record<string, unknown>>(d['events'])['source'] = 'javascript:alert(1)') },
    { file: PLAN, field: 'source', set: (d: Record<string, unknown>) => (d['source'] = 'JAVASCRIPT:alert(1)') },
  ])('$file, $field: a javascript:, data:, file: or vbscript: address is refused', ({ file, field, set }) => {
    const f = fixture();
    editData(f, file, set);
    expectNamed(mistakesIn(f), f.file(file), field, /cần một địa chỉ web đầy đủ, bắt đầu bằng https:\/\/ \(hoặc http:\/\/\), đang là ".*"; địa chỉ javascript:, data:, file: không được dùng/);
  });

  test('a bulletin source "//other.example/" (another site without https://) is refused', () => {
    const f = fixture();
    const rel = bulletin(f, 'nguon.md', 'Nội dung.', { source: '//other.example/' });
    expectNamed(mistakesIn(f), f.file(rel), 'source', /cần một địa chỉ web đầy đủ \(https:\/\/…\) hoặc một trang của trang này/);
  });

  test.each([
    ['[bấm vào đây](javascript:alert(1))', /liên kết "javascript:alert\(1\)": địa chỉ "javascript:" không được dùng/],
    ['<javascript:alert(1)>', /liên kết "javascript:alert\(1\)"/],
    ['[tệp](data:text/html;base64,PHNjcmlwdD4=)', /địa chỉ "data:" không được dùng/],
    ['[máy](file:///C:/Windows)', /địa chỉ "file:" không được dùng/],
    ['[web](//other.example/)', /bắt đầu bằng \/\/ trỏ sang trang web khác/],
    ['![ảnh](https://example.org/anh.png)', /ảnh "https:\/\/example\.org\/anh\.png" ở trang web khác/],
    ['![ảnh](./khong-co-anh.webp)', /không có tệp ảnh "\.\/khong-co-anh\.webp" cạnh tệp lien-ket\.md/],
  ])('a body link %s is refused with its line', (line, expected) => {
    const f = fixture();
    const rel = bulletin(f, 'lien-ket.md', `Đoạn đầu.\n\n${line}`);
    expectNamed(mistakesIn(f), f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 2})`, expected);
  });
});

describe('a link to a page of the site that does not exist', () => {
  test.each([
    ['[kế hoạch](/ke-hoach/2099/)', /liên kết "\/ke-hoach\/2099\/": không có kế hoạch năm 2099 \(cần tệp content\/plans\/2099\.md\)/],
    ['[sp](/san-pham/khong-co/)', /liên kết "\/san-pham\/khong-co\/": không có sản phẩm "khong-co"/],
    ['[tin](/ban-tin/khong-co/)', /không có bản tin "khong-co"/],
    ['[chính sách](/chinh-sach/khong-co/)', /không có chính sách "khong-co"/],
    ['[trang](/trang-khong-co/)', /không có trang "\/trang-khong-co\/" trên trang web này/],
    ['[thiếu gạch](/ban-tin)', /thiếu dấu "\/" ở cuối: viết "\/ban-tin\/"/],
  ])('%s is refused with file and line', (line, expected) => {
    const f = fixture();
    const rel = bulletin(f, 'trang-khong-co.md', `Đoạn đầu.\n\n${line}`);
    expectNamed(mistakesIn(f), f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 2})`, expected);
  });

  test('list pages, static pages, open data, feeds and each collection\'s pages are accepted (from the routes and content)', () => {
    const f = fixture();
    const { entries } = readCollection(f.dir, 'products');
    const product = entries[0]! as { id: string; data: ProductData };
    const group = facetValuesOf(product.data).nhom[0]!;
    const policy = readdirSync(f.file('policies')).find((n) => n.endsWith('.yaml'))!.replace(/\.yaml$/, '');
    const year = PLAN.replace(/^plans\/(\d{4})\.md$/, '$1');
    const links = [
      '/', '/ban-tin/', '/ban-tin/rss.xml', '/san-pham/', '/san-pham/in/', '/du-lieu/', '/du-lieu/san-pham.csv', '/du-lieu/san-pham.json',
      `/du-lieu/tien-do-${year}.csv`, '/chinh-sach/', `/chinh-sach/${policy}/`, '/ke-hoach/', `/ke-hoach/${year}/`, `/ke-hoach/${year}/tien-do/`,
      '/truyen-hinh/', '/truyen-hinh/lich.ics', '/su-kien/', '/tim-kiem/', `/san-pham/${product.id}/`, `/san-pham/nhom/${group}/`,
    ];
    bulletin(f, 'moi-trang.md', links.map((href, i) => `- [trang ${i}](${href})`).join('\n'));
    expect(mistakesIn(f).map((e) => e.message)).toEqual([]);
  });

  test('a link card and a source field are read the same way', () => {
    const f = fixture();
    const rel = bulletin(f, 'the.mdx', '<LinkCard href="/ke-hoach/2099/" title="x" kind="plan" />', { source: '/san-pham/khong-co/' });
    const errors = mistakesIn(f);
    expectNamed(errors, f.file(rel), `LinkCard href (dòng ${bodyLine(f, rel)})`, /không có kế hoạch năm 2099/);
    expectNamed(errors, f.file(rel), 'source', /không có sản phẩm "khong-co"/);
  });
});

describe('bulletins not published yet: drafts and issues scheduled after the build date', () => {
  const LATER = `${YEAR}-07-01`;
  test('a published bulletin linking to a draft or to a later bulletin is refused, saying why', () => {
    const f = fixture();
    bulletin(f, 'ban-nhap.md', 'Nháp.', { draft: true });
    bulletin(f, 'hen-ngay.md', 'Hẹn ngày.', { date: LATER });
    const rel = bulletin(f, 'da-dang.md', 'Xem [bản nháp](/ban-tin/ban-nhap/).\n\nXem [tin sau](/ban-tin/hen-ngay/).');
    const errors = mistakesIn(f);
    expectNamed(errors, f.file(rel), `(nội dung, dòng ${bodyLine(f, rel)})`, /bản tin "ban-nhap" là bản nháp \(draft: true/);
    expectNamed(errors, f.file(rel), `(nội dung, dòng ${bodyLine(f, rel) + 2})`, /bản tin "hen-ngay" hẹn đăng ngày 01\/7\/\d{4}, nên chưa có trang trước ngày đó/);
  });

  test('a bulletin scheduled for the same day or later may link to it; a draft may link to a draft', () => {
    const f = fixture();
    bulletin(f, 'hen-ngay.md', 'Hẹn ngày.', { date: LATER });
    bulletin(f, 'cung-ngay.md', 'Xem [tin cùng ngày](/ban-tin/hen-ngay/).', { date: LATER });
    bulletin(f, 'ban-nhap-1.md', 'Nháp.', { draft: true });
    bulletin(f, 'ban-nhap-2.md', 'Xem [nháp](/ban-tin/ban-nhap-1/).', { draft: true });
    expect(mistakesIn(f).map((e) => e.message)).toEqual([]);
  });

  test('a TV feature linking to a draft bulletin is refused; to a scheduled one, the link waits for its date (build log)', () => {
    const f = fixture();
    bulletin(f, 'ban-nhap.md', 'Nháp.', { draft: true });
    bulletin(f, 'hen-ngay.md', 'Hẹn ngày.', { date: LATER });
    editData(f, TV, (d) => ((d['features'] as { related: unknown[] }[])[0]!.related.push({ kind: 'bulletin', id: 'ban-nhap' })));
    const related = (yaml.load(readFileSync(f.file(TV), 'utf8')) as { features: { related: unknown[] }[] }).features[0]!.related.length - 1;
    expectNamed(mistakesIn(f), f.file(TV), `features.0.related.${related}.id`, /bản tin "ban-nhap" là bản nháp \(draft: true.*xuất bản bản tin đó trước \(draft: false\), hoặc xóa liên kết này/);

    editData(f, TV, (d) => ((d['features'] as { related: { id: string }[] }[])[0]!.related[related]!.id = 'hen-ngay'));
    expect(checkCollection(f.dir, 'tv').map((e) => e.message)).toEqual([]);
    const { entries } = readCollection(f.dir, 'tv');
    const notices = contentCollections(f.dir).tv.rules.notices!(entries as never);
    expect(notices).toEqual([expect.stringMatching(/chuyên đề số \d+: liên kết đến bản tin "hen-ngay" chưa hiện, vì bản tin hẹn đăng ngày 01\/7\/\d{4}; liên kết tự hiện từ lần dựng ngày đó/)]);
  });
});

describe('the new-file command\'s placeholder sentences', () => {
  const file = (draft: boolean) => newIssueText({ title: 'Tin mới', number: 950, date: TODAY }).replace('draft: true', `draft: ${draft}`);
  test('left in an issue that is no longer a draft: summary and the text\'s line are named', () => {
    const f = fixture();
    const rel = `bulletins/${YEAR}/tin-moi.md`;
    mkdirSync(f.file(`bulletins/${YEAR}`), { recursive: true });
    f.write(rel, file(false));
    const line = file(false).split('\n').findIndex((l) => l.startsWith('Viết nội dung bản tin ở đây')) + 1;
    const errors = mistakesIn(f);
    expectNamed(errors, f.file(rel), 'summary', /câu mẫu "Viết ở đây hai, ba câu tóm tắt bản tin\." của tệp mới \(npm run new\) vẫn còn; thay bằng nội dung thật/);
    expectNamed(errors, f.file(rel), `(nội dung, dòng ${line})`, /câu mẫu "Viết nội dung bản tin ở đây\." .* vẫn còn/);
  });

  test('a draft may keep them', () => {
    const f = fixture();
    mkdirSync(f.file(`bulletins/${YEAR}`), { recursive: true });
    f.write(`bulletins/${YEAR}/tin-moi.md`, file(true));
    expect(mistakesIn(f).map((e) => e.message)).toEqual([]);
  });
});

describe('a real build', () => {
  test('stops on a script, an MDX import and a javascript: link with the fast check\'s blocks, writing no page', () => {
    const f = fixture();
    bulletin(f, 'co-script.md', 'Đoạn.\n\n<script>alert(1)</script>');
    bulletin(f, 'co-import.mdx', "import fs from 'node:fs'\n\nĐoạn.");
    bulletin(f, 'co-lien-ket.md', '[bấm](javascript:alert(1))');
    const errors = checkCollection(f.dir, 'bulletins');
    expect(errors).toHaveLength(3);
    const out = path.join(tempDir('kc-dist-'), 'dist');
    const run = runAstro(f, ['build', '--outDir', out], { BUILD_DATE: TODAY });
    expectStopped(run, f.file(`bulletins/${YEAR}/co-script.md`), `(nội dung, dòng ${bodyLine(f, `bulletins/${YEAR}/co-script.md`) + 2})`, /thẻ HTML <script>/);
    expectSameBlocks(run, errors);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});
