// The plan page publishes the whole 2024 plan word for word, with its figures
// in Vietnamese formats. Checked against the public source kept in fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPage, textOf } from '../support/dist.ts';
import { plans } from '../support/published.ts';

const source = readFileSync('tests/fixtures/ke-hoach-195-KH-UBND-2024.txt', 'utf8').normalize('NFC');

/** Every line of the source as a reader sees it: Markdown emphasis, heading and list marks removed. */
function sourceLines(): string[] {
  return source
    .split('\n')
    .map((line) =>
      line
        .replace(/\*\*/g, '')
        .replace(/^#+\s*/, '')
        .replace(/^- /, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    // The printed form leaves a blank for the hand-written number ("195 /KH-UBND");
    // the page writes the number as one word. The only difference allowed.
    .map((line) => line.replace(/^Số: (\d+) \//, 'Số: $1/'));
}

const html = readPage('/ke-hoach/2024/');
const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const text = textOf(main);
const fullText = text.slice(text.indexOf('Toàn văn kế hoạch Số:'));

describe('/ke-hoach/2024/ holds the whole plan word for word', () => {
  const lines = sourceLines();

  test('the source has the expected shape (guards the fixture itself)', () => {
    expect(lines.length).toBe(88);
    expect(lines[0]).toBe('Số: 195/KH-UBND');
    expect(lines.at(-1)).toBe('Nguyễn Thị Hoàng');
  });

  test('the full text section exists', () => {
    expect(fullText.length).toBeGreaterThan(10_000);
  });

  test.each(sourceLines().map((line, i) => [i + 1, line]))('line %i is on the page: %s', (_, line) => {
    expect(fullText).toContain(line);
  });

  test('lines appear in the order of the source', () => {
    let at = 0;
    for (const line of lines) {
      const found = fullText.indexOf(line, at);
      expect(found, `"${line}" out of order`).toBeGreaterThanOrEqual(at);
      at = found + line.length;
    }
  });
});

describe('figures in Vietnamese formats', () => {
  test('the budget, its sources and the computed shares (as a screen reader reads the table: the column names repeated for phones are hidden from it)', () => {
    const text = textOf(main.replace(/<span class="cell-label" aria-hidden="true">[^<]*<\/span>/g, ''));
    expect(text).toContain('7.165.488.080 đồng');
    expect(text).toContain('5.611.735.330');
    expect(text).toContain('1.553.752.750');
    expect(text).toMatch(/Nguồn kinh phí khuyến công địa phương 5\.611\.735\.330 78,32 %/);
    expect(text).toMatch(/\(nguồn khác\) 1\.553\.752\.750 21,68 %/);
    expect(text).toContain('Tổng cộng 7.165.488.080 100 %');
  });

  test('the chart has a text alternative with the same figures', () => {
    const svg = /<svg role="img" aria-labelledby="([^"]+)"[\s\S]*?<\/svg>/.exec(main);
    expect(svg).not.toBeNull();
    const desc = /<desc[^>]*>([^<]+)<\/desc>/.exec(svg![0])![1]!;
    expect(desc).toContain('5.611.735.330 đồng, chiếm 78,32 %');
    expect(desc).toContain('1.553.752.750 đồng, chiếm 21,68 %');
  });

  test('dates: machine-readable and Vietnamese', () => {
    expect(main).toContain('<time datetime="2024-06-04">04/6/2024</time>');
    expect(text).toContain('Đồng Nai, ngày 04 tháng 6 năm 2024');
  });

  test('targets as a table, ranges with an en dash', () => {
    expect(text).toMatch(/Sản phẩm được công nhận sản phẩm CNNT tiêu biểu cấp tỉnh Mục II\.3\.a (?:[^·]*· Xem danh mục )?dự kiến 28–30 sản phẩm/);
    expect(text).toMatch(/Cơ sở công nghiệp nông thôn được hỗ trợ ứng dụng máy móc thiết bị tiên tiến Mục II\.2 07 cơ sở/);
    expect(text).toMatch(/Bản tin Khuyến công Mục II\.4\.c 1\.600 bản/);
  });

  test('the missing appendix is said, not invented', () => {
    expect(text).toContain('không kèm phụ lục đó');
  });
});

describe('reading on a phone', () => {
  test('a table of contents links to every section of the text', () => {
    const toc = /<nav class="toc[\s\S]*?<\/nav>/.exec(main)![0];
    const hrefs = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'chi-tieu',
        'kinh-phi',
        'toan-van',
        'can-cu',
        'i-muc-dich-yeu-cau',
        'ii-nhiem-vu-ke-hoach',
        'iii-giai-phap-thuc-hien',
        'iv-kinh-phi-thuc-hien',
        'v-to-chuc-thuc-hien',
        'noi-nhan',
      ]),
    );
    for (const id of hrefs) expect(main).toContain(`id="${id}"`);
  });

  test('the page is in Vietnamese and titled', () => {
    expect(html).toMatch(/<html lang="vi"/);
    expect(html).toContain('<title>Kế hoạch khuyến công tỉnh Đồng Nai năm 2024 | Khuyến công Đồng Nai</title>');
  });
});

describe.each(plans().map((p) => [p.data.year, p.data] as const))('/ke-hoach/%i/ says where its original document is', (year, plan) => {
  const html = /<dd data-plan-source>[\s\S]*?<\/dd>/.exec(readPage(`/ke-hoach/${year}/`))![0];
  const source = textOf(html);
  test(plan.source ? 'a link to its public copy' : 'no public copy: where to ask for one (the contacts page)', () => {
    if (plan.source) {
      expect(html).toContain(`href="${plan.source}"`);
    } else {
      expect(source).toContain('Chưa có bản công khai trên mạng');
      expect(html).toContain('href="/lien-he/"');
    }
  });
});
