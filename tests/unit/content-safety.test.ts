// Nothing from a content file runs in a reader's browser or at build time:
// which addresses content may use (src/lib/urls.ts), what a Markdown or MDX text
// may hold (src/features/site/content-body.ts, checked while content loads),
// and the guard the renderer itself runs (src/features/site/render-guard.ts),
// tried through satteri, the processor the site renders with.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkBody, CONTENT_COMPONENTS, type BodyRules } from '../../src/features/site/content-body.ts';
import { contentGuard } from '../../src/features/site/render-guard.ts';
import { asciiHeadingIds } from '../../src/lib/heading-ids.ts';
import { urlKind, urlProblem } from '../../src/lib/urls.ts';

describe('addresses content may use', () => {
  test.each([
    ['https://baodongnai.com.vn/kinh-te/tin.html', 'web'],
    ['HTTP://example.org', 'web'],
    ['/ke-hoach/2024/', 'site'],
    ['/ke-hoach/2024/#ii-nhiem-vu', 'site'],
    ['mailto:lienhe@example.gov.vn', 'mail'],
    ['tel:+84000000000', 'tel'],
    ['#muc-1', 'fragment'],
    ['./anh-bia.webp', 'file'],
  ])('%s is %s', (url, kind) => {
    expect(urlKind(url)).toBe(kind);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example/x',
    'https://user@evil.example/',
    'https://',
    '',
  ])('%j is refused', (url) => {
    expect(urlKind(url)).toBeNull();
    expect(urlProblem(url, ['web', 'site', 'mail', 'tel'], 'liên kết')).toMatch(/^liên kết ".*": .*; chỉ dùng địa chỉ web đầy đủ/s);
  });

  test('the message names the scheme and what may be used instead', () => {
    expect(urlProblem('javascript:alert(1)', ['web'], 'địa chỉ')).toBe(
      'địa chỉ "javascript:alert(1)": địa chỉ "javascript:" không được dùng (trình duyệt có thể chạy mã hoặc mở tệp trên máy người đọc); chỉ dùng địa chỉ web đầy đủ (https://… hoặc http://…)',
    );
    expect(urlProblem('/ban-tin/', ['web'], 'địa chỉ')).toMatch(/ở đây không dùng trang của trang này/);
  });
});

/** Rules as in a bulletin: components allowed, every site link leading somewhere except /khong-co/. */
const rules = (format: 'md' | 'mdx'): BodyRules => ({
  format,
  components: true,
  siteLink: (href) => (href.startsWith('/khong-co/') ? 'không có trang "/khong-co/"' : null),
  componentFile: (specifier, name) => specifier === `../../../src/components/bulletin/${name}.astro`,
});
const FRONT = '---\ntitle: Tin\n---\n\n';
/** The problems of a text written after a three-line front matter: its first line is line 5 of the file. */
const problemsOf = (format: 'md' | 'mdx', body: string) => checkBody(`${FRONT}${body}\n`, rules(format));

describe('raw HTML in a Markdown (.md) text is refused, naming the line', () => {
  test.each([
    ['<script>alert(1)</script>', /thẻ HTML <script>/],
    ['Ảnh <img src="x" onerror="alert(1)"> lỗi', /thẻ HTML <img>/],
    ['<iframe src="https://example.org"></iframe>', /thẻ HTML <iframe>/],
    ['<a href="javascript:alert(1)">bấm</a>', /thẻ HTML <a>/],
    ['<p onclick="alert(1)">đoạn</p>', /thẻ HTML <p>/],
    ['<style>body { display: none }</style>', /thẻ HTML <style>/],
    ['<form action="https://example.org"><input name="x"></form>', /thẻ HTML <form>/],
    ['<object data="x.swf"></object>', /thẻ HTML <object>/],
    ['<svg><script>alert(1)</script></svg>', /thẻ HTML <svg>/],
    ['<meta http-equiv="refresh" content="0;url=https://example.org">', /thẻ HTML <meta>/],
    ['<!-- ghi chú --><script>alert(1)</script>', /chú thích HTML/],
  ])('%s', (html, what) => {
    const problems = problemsOf('md', `Đoạn đầu.\n\n${html}`);
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(['(nội dung, dòng 7)']));
    expect(problems[0]!.message).toMatch(what);
    expect(problems[0]!.message).toMatch(/không được chứa mã HTML viết tay.*viết bằng Markdown/);
  });

  test('an escaped < is text, and so is a < in a sentence', () => {
    expect(problemsOf('md', 'Giá \\<5 triệu; a < b & "c"; \\<script\\>')).toEqual([]);
  });

  test('a content component in a .md file: "đổi đuôi tệp thành .mdx", with its line', () => {
    const problems = problemsOf('md', 'Đoạn.\n\n<Callout title="Lưu ý">\nNội dung.\n</Callout>\n\nVà <LinkCard href="/ke-hoach/2024/" title="x" kind="plan" />');
    expect(problems).toEqual([
      { field: '(nội dung, dòng 7)', message: expect.stringMatching(/^thẻ <Callout> chỉ dùng được trong tệp \.mdx: đổi đuôi tệp thành \.mdx/) },
      { field: '(nội dung, dòng 11)', message: expect.stringMatching(/^thẻ <LinkCard> chỉ dùng được trong tệp \.mdx: đổi đuôi tệp thành \.mdx/) },
    ]);
  });

  test('where components are not given (the plan), the message does not suggest .mdx', () => {
    const [problem] = checkBody(`${FRONT}<Figure caption="x">\n\nảnh\n\n</Figure>\n`, { ...rules('md'), components: false });
    expect(problem!.message).toMatch(/không dùng được ở đây/);
    expect(problem!.message).not.toMatch(/đổi đuôi/);
  });
});

describe('an MDX text holds only the content components, with plain attributes', () => {
  test('the components, their attributes as strings, and imports of their own files pass', () => {
    const text = [
      "import Callout from '../../../src/components/bulletin/Callout.astro'",
      '',
      '<Callout title="Lưu ý">',
      'Liên hệ Trung tâm; viết \\{ và \\< như chữ thường.',
      '</Callout>',
      '',
      '<Figure caption="Gian hàng">',
      '',
      '![Gian hàng](./gian-hang.webp)',
      '',
      '</Figure>',
      '',
      '<LinkCard href="/ke-hoach/2024/" title="Kế hoạch" kind="plan" text="Mục II." />',
    ].join('\n');
    expect(problemsOf('mdx', text)).toEqual([]);
  });

  test.each([
    ["import fs from 'node:fs'", /dòng "import fs from 'node:fs'" không được dùng: tệp \.mdx không được nạp \(import\) mã/],
    ["import Callout from './Callout.astro'", /không được nạp \(import\) mã.*có sẵn, không cần import/],
    ['export const x = 1', /dòng "export const x = 1" không được dùng: tệp \.mdx không được chứa mã lệnh/],
    ['Hôm nay {new Date().getFullYear()}', /biểu thức \{new Date\(\)\.getFullYear\(\)\} không được dùng.*viết \\\{/],
    ['{/* ghi chú */}', /biểu thức .* không được dùng/],
    ['<script>alert(1)</script>', /thẻ HTML <script> không được dùng/],
    ['<div onClick="alert(1)">x</div>', /thẻ HTML <div> không được dùng/],
    ['<a href="javascript:alert(1)">x</a>', /thẻ HTML <a> không được dùng/],
    ['<Tabs>x</Tabs>', /không có thành phần <Tabs>; chỉ dùng được <Callout>, <Figure>, <LinkCard>/],
    ['<Callout title={danger()}>x</Callout>', /thuộc tính title của thẻ <Callout> phải là chữ trong dấu ngoặc kép/],
    ['<Callout {...props}>x</Callout>', /thẻ <Callout> có phần \{…\}/],
    ['<Callout onclick="alert(1)">x</Callout>', /thẻ <Callout> không có thuộc tính "onclick"; các thuộc tính dùng được: title/],
  ])('%s', (line, expected) => {
    const problems = problemsOf('mdx', `Đoạn.\n\n${line}`);
    expect(problems.map((p) => p.field)).toContain('(nội dung, dòng 7)');
    expect(problems.map((p) => p.message).join('\n')).toMatch(expected);
  });

  test('each component takes exactly the attributes its Props declare', () => {
    for (const [name, attributes] of Object.entries(CONTENT_COMPONENTS)) {
      const source = readFileSync(`src/components/bulletin/${name}.astro`, 'utf8');
      const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
      expect([...props.matchAll(/^\s*(\w+)\??:/gm)].map((m) => m[1]).sort(), name).toEqual([...attributes].sort());
    }
  });
});

describe('links and pictures in a text', () => {
  test.each([
    ['md', '[bấm](javascript:alert(1))', /liên kết "javascript:alert\(1\)": địa chỉ "javascript:" không được dùng/],
    ['md', '<javascript:alert(1)>', /liên kết "javascript:alert\(1\)"/],
    ['md', '[x](data:text/html;base64,PHNjcmlwdD4=)', /địa chỉ "data:" không được dùng/],
    ['md', '[r]: vbscript:msgbox(1)\n\nA reference link: [x][r]', /địa chỉ "vbscript:" không được dùng/],
    ['md', '[x](//evil.example/)', /bắt đầu bằng \/\/ trỏ sang trang web khác/],
    ['md', '[x](/khong-co/)', /liên kết "\/khong-co\/": không có trang/],
    ['md', '![x](https://example.org/anh.png)', /ảnh "https:\/\/example\.org\/anh\.png" ở trang web khác: trang không tải ảnh từ nơi khác/],
    ['mdx', '![x](data:image/png;base64,AAAA)', /ảnh "data:image\/png;base64,AAAA": địa chỉ "data:" không được dùng/],
    ['mdx', '[bấm](javascript:alert(1))', /liên kết "javascript:alert\(1\)"/],
  ] as const)('%s: %s', (format, line, expected) => {
    const problems = problemsOf(format, `Đoạn.\n\n${line}`);
    expect(problems).toEqual([{ field: '(nội dung, dòng 7)', message: expect.stringMatching(expected) }]);
  });

  test('web, site, e-mail, telephone and in-page links pass, and a picture beside the file', () => {
    const text = '[a](https://example.org/x) [b](/ban-tin/) [c](mailto:lienhe@example.gov.vn) [d](tel:+84000000000) [e](#muc-1) ![f](./anh.webp)';
    expect(problemsOf('md', text)).toEqual([]);
    expect(problemsOf('mdx', text)).toEqual([]);
  });
});

/** Renders a text with satteri as the site does, with or without the guard. */
function render(source: string, file: string, guard = true): string {
  const hastPlugins = guard ? [asciiHeadingIds, contentGuard] : [asciiHeadingIds];
  return markdownToHtml(source, { features: { smartPunctuation: false }, hastPlugins, fileURL: pathToFileURL(path.resolve(file)) }).html;
}
const renderMdx = (source: string, file: string) => mdxToJs(source, { hastPlugins: [contentGuard], fileURL: pathToFileURL(path.resolve(file)) });

describe('the guard at render time (a file that reached the renderer unchecked)', () => {
  test.each([
    '<script>alert(1)</script>',
    'x <img src="x" onerror="alert(1)">',
    '<iframe src="https://example.org"></iframe>',
    '[bấm](javascript:alert(1))',
    '<javascript:alert(1)>',
    '![x](https://example.org/anh.png)',
    '<style>*{}</style>',
  ])('Markdown %j stops the rendering, naming the file', (source) => {
    expect(() => render(source, 'content/bulletins/2024/thu.md')).toThrow(/^Nội dung không an toàn trong tệp content\/bulletins\/2024\/thu\.md: /);
  });

  test.each([
    "import fs from 'node:fs'\n\nx",
    'export const x = 1\n\nx',
    '{alert(1)}',
    'Hôm nay {1 + 1}',
    '<div onClick="x">a</div>',
    '<script>{"alert(1)"}</script>',
    '<Callout title={x}>a</Callout>',
    '<LinkCard href="javascript:alert(1)" title="x" kind="plan" />',
    '[bấm](javascript:alert(1))',
  ])('MDX %j stops the rendering', async (source) => {
    await expect(async () => renderMdx(source, 'content/bulletins/2024/thu.mdx')).rejects.toThrow(/^Nội dung không an toàn trong tệp content\/bulletins\/2024\/thu\.mdx: /);
  });

  test('the content components and their own imports render', () => {
    const source = "import Callout from '../../../src/components/bulletin/Callout.astro'\n\n<Callout title=\"a\">b</Callout>\n\n<LinkCard href=\"/ke-hoach/2024/\" title=\"x\" kind=\"plan\" />\n";
    expect(renderMdx(source, 'content/bulletins/2024/thu.mdx').code).toContain('Callout');
  });

  test('every plan text is rendered exactly as without the guard (published word for word)', () => {
    const plans = readdirSync('content/plans').filter((f) => /^[^_].*\.md$/.test(f));
    expect(plans.length).toBeGreaterThan(0);
    for (const name of plans) {
      const file = path.join('content/plans', name);
      const source = readFileSync(file, 'utf8');
      expect(render(source, file)).toBe(render(source, file, false));
    }
  });

  test('the site renders Markdown and MDX with the guard (astro.config.mjs)', async () => {
    const config = (await import('../../astro.config.mjs')).default as { markdown: { processor: { options: { hastPlugins: unknown[] } } } };
    expect(config.markdown.processor.options.hastPlugins).toContain(contentGuard);
  });
});
