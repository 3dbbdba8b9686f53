// Mistakes in the files behind /gioi-thieu/, /en/, /chinh-sach/cach-dang-ky/ and
// /kha-nang-tiep-can/ stop the build like any content file's: named with file,
// field and line, in Vietnamese, checked the way the build checks them. Then one
// real build with the contacts filled in content/site.yaml: they show on
// /lien-he/ (tel:, mailto:, the map as a link), in every page's footer and on
// /en/, and the lines saying they are unpublished are gone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentFixture, expectNamed, mistakesIn, runAstro, type Fixture } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';

describe('content/about/gioi-thieu.yaml', () => {
  test.each([
    ['a statement naming a document not listed', (t: string) => t.replace('        source: ttlt-16-2011\n        cite: Điều 2 khoản 1', '        source: ttlt-16\n        cite: Điều 2 khoản 1'), /sections\.0\.statements\.1\.source/, /không có văn bản mã "ttlt-16".*"nd-45-2012"/],
    ['a statement without its source', (t: string) => t.replace('        source: ttlt-16-2011\n        cite: Điều 2 khoản 1\n', '        cite: Điều 2 khoản 1\n'), /sections\.0\.statements\.1\.source/, /thiếu trường bắt buộc/],
    ['a document’s address that is a page this site does not have', (t: string) => t.replace('    address: /ke-hoach/2024/', '    address: /ke-hoach/2099/'), /documents\.ke-hoach-2024\.address/, /không có kế hoạch năm 2099/],
    ['a document’s address that is not a web address', (t: string) => t.replace('    address: http://sct.dongnai.gov.vn/en/Pages/gioithieu.aspx?CatID=3', '    address: sct.dongnai.gov.vn'), /documents\.so-cong-thuong\.address/, /https:\/\//],
    ['two sections with one id', (t: string) => t.replace('  - id: nhiem-vu', '  - id: trung-tam'), /sections\.1\.id/, /mã mục "trung-tam" đã dùng ở mục thứ 1/],
    ['a section with no statement', (t: string) => t.replace(/(  - id: to-chuc\n    heading: [^\n]+\n)    statements:\n(?:      [^\n]*\n)+/, '$1    statements: []\n'), /sections\.3\.statements/, /cần ít nhất 1 mục/],
  ])('%s', (_, change, field, expected) => {
    const fixture = contentFixture();
    fixture.edit('about/gioi-thieu.yaml', change);
    const errors = mistakesIn(fixture);
    const file = fixture.file('about/gioi-thieu.yaml');
    const error = errors.find((e) => e.file === file);
    expect(error, errors.map((e) => e.message).join('\n')).toBeDefined();
    const problem = error!.problems.find((p) => field.test(p.field));
    expect(problem, error!.message).toBeDefined();
    expect(`trường "${problem!.field}": ${problem!.message}`).toMatch(expected);
    expect(problem!.line, 'the line of the field').toBeGreaterThan(0);
  });

  test('a file in content/about/ that is no page of the site is named', () => {
    const fixture = contentFixture();
    fixture.write('about/lich-su.yaml', readFileSync(fixture.file('about/gioi-thieu.yaml'), 'utf8'));
    expectNamed(mistakesIn(fixture), fixture.file('about/lich-su.yaml'), '(tên tệp)', /không ứng với trang nào.*gioi-thieu\.yaml \(trang \/gioi-thieu\/\).*en\.yaml \(trang \/en\/\)/);
  });
});

describe('content/cach-dang-ky.yaml', () => {
  test.each([
    ['a step with neither statements nor an "ask" line', (t: string) => t.replace(/(  byWhen:\n)(?:    [^\n]*\n|      [^\n]*\n|        [^\n]*\n)+/, '$1    statements: []\n'), 'steps.byWhen', /ít nhất một câu có nguồn.*"ask"/],
    ['a step misspelt', (t: string) => t.replace('  byWhen:', '  khiNao:'), 'steps.khiNao', /không có trong mẫu/],
    ['a note naming a document not listed', (t: string) => t.replace(/(notes:\n  - text: [^\n]+\n    source: )qd-2646-2025/, '$1nd-235-2025'), 'notes.0.source', /không có văn bản mã "nd-235-2025"/],
    ['a document’s address that is a bulletin this site does not have', (t: string) => t.replace('/ban-tin/hop-nhat-tinh-dong-nai-va-binh-phuoc/', '/ban-tin/khong-co-tin-nay/'), 'documents.hop-nhat-2025.address', /không có bản tin "khong-co-tin-nay"/],
  ])('%s', (_, change, field, expected) => {
    const fixture = contentFixture();
    fixture.edit('cach-dang-ky.yaml', change);
    expectNamed(mistakesIn(fixture), fixture.file('cach-dang-ky.yaml'), field, expected);
  });

  test('a policy file named like the page of the steps would never be published, and is named', () => {
    const fixture = contentFixture();
    fixture.write('policies/cach-dang-ky.yaml', readFileSync(fixture.file('policies/may-moc-thiet-bi.yaml'), 'utf8'));
    expectNamed(mistakesIn(fixture), fixture.file('policies/cach-dang-ky.yaml'), '(tên tệp)', /trùng địa chỉ của một trang có sẵn \(\/chinh-sach\/cach-dang-ky\/\)/);
  });
});

describe('content/kha-nang-tiep-can.yaml', () => {
  test.each([
    ['a review date that is no date', (t: string) => t.replace('reviewed: "2026-12-01"', 'reviewed: "2026-13-01"'), 'reviewed', /không phải một ngày có thật/],
    ['a source that is a script', (t: string) => t.replace('source: https://www.w3.org/TR/WCAG22/', 'source: javascript:alert(1)'), 'sections.0.items.0.source', /javascript:/],
    ['two sections with one id', (t: string) => t.replace('  - id: kiem-tra', '  - id: chuan'), 'sections.1.id', /mã mục "chuan" đã dùng/],
  ])('%s', (_, change, field, expected) => {
    const fixture = contentFixture();
    fixture.edit('kha-nang-tiep-can.yaml', change);
    expectNamed(mistakesIn(fixture), fixture.file('kha-nang-tiep-can.yaml'), field, expected);
  });
});

// One real build: the centre's contacts filled in, as staff would once they have a public source.
// The values are made up for this test only (a test folder, never published).
describe('contacts filled in content/site.yaml (a real build)', () => {
  const FILLED = {
    address: 'Số 1 đường Thử Nghiệm, phường Thử, tỉnh Đồng Nai',
    phone: '0251 3000 000',
    email: 'lienhe@thu-nghiem.example',
    hours: 'Thứ Hai đến Thứ Sáu, 7 giờ 30 – 17 giờ',
    map: 'https://ban-do.example/?q=trung-tam',
  };
  let fixture: Fixture;
  let out: string;
  let output = '';
  let status: number | null = null;
  const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');

  beforeAll(() => {
    fixture = contentFixture();
    fixture.edit('site.yaml', (t) => {
      let s = t;
      for (const [fact, value] of Object.entries(FILLED)) s = s.replace(`  ${fact}: ""`, `  ${fact}: "${value}"`);
      return s.replace('sources:\n', `sources:\n${Object.keys(FILLED).map((f) => `  ${f}: "https://nguon.example/${f}"`).join('\n')}\n`);
    });
    out = path.join(fixture.root, 'dist');
    ({ status, output } = runAstro(fixture, ['build', '--outDir', out]));
  }, 600_000);

  test('the build succeeds', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  test('/lien-he/ shows each fact with its source, a tel: and a mailto: link, the map as a link; nothing says "chưa được công bố" any more', () => {
    const html = page('lien-he');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('href="tel:+842513000000"');
    expect(main).toContain(`href="mailto:${FILLED.email}"`);
    expect(main).toContain(`href="${FILLED.map}"`);
    expect(textOf(main)).toContain(FILLED.address);
    expect(textOf(main)).toContain(FILLED.hours);
    for (const f of Object.keys(FILLED)) expect(main).toContain(`href="https://nguon.example/${f}"`);
    const list = main.slice(main.indexOf('class="contact-list'), main.indexOf('</dl>'));
    expect(textOf(`<x ${list}`)).not.toMatch(/chưa được công bố/);
    expect(main).not.toMatch(/<iframe/);
  });

  test('every page’s footer carries the address, the phone and the e-mail', () => {
    for (const p of ['', 'san-pham', 'chinh-sach/cach-dang-ky']) {
      const html = p ? page(p) : readFileSync(path.join(out, 'index.html'), 'utf8');
      const foot = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
      expect(foot, p).toContain('href="tel:+842513000000"');
      expect(foot, p).toContain(`href="mailto:${FILLED.email}"`);
      expect(textOf(foot), p).toContain(FILLED.address);
      expect(textOf(foot), p).not.toMatch(/chưa được công bố/);
    }
  });

  test('/en/ shows them too, with English labels; the accessibility statement gives the e-mail to report a problem', () => {
    const en = page('en');
    expect(textOf(en)).toMatch(/Phone\s*0251 3000 000/);
    expect(en).toContain(`href="mailto:${FILLED.email}"`);
    const list = en.slice(en.indexOf('class="contact-list'), en.indexOf('</dl>'));
    expect(textOf(`<x ${list}`)).not.toMatch(/not yet published/);
    expect(page('kha-nang-tiep-can')).toContain(`href="mailto:${FILLED.email}"`);
  });
});
