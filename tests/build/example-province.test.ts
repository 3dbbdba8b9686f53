// The kit serves any province: the example province (examples/tinh-minh-hoa/,
// fictional, every entry illustrative) is built from its own content folder
// with the site's code unchanged. Its pages show its own name, units, contacts,
// colours and logo, and no built text file holds anything of Đồng Nai.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentFixture, runAstro, tempDir } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';
import { dongNaiNames, namesFound } from '../support/province-names.ts';

const EXAMPLE = 'examples/tinh-minh-hoa';
const out = tempDir('kc-example-dist-');
const html = (urlPath: string) => readFileSync(path.join(out, urlPath, 'index.html'), 'utf8');
const page = (urlPath: string) => textOf(html(urlPath));
/** The text of a page's element (the first <tag …>…</tag>). */
const part = (source: string, tag: string) => textOf(new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`).exec(source)?.[0] ?? '');

// The example's own facts, as its content folder states them (written here: the test reads the pages, not the code).
const NAME = 'Khuyến công Minh Họa';
const CENTRE = 'Trung tâm Khuyến công tỉnh Minh Họa';
const PARENT = 'Sở Công Thương tỉnh Minh Họa';
const SUPERIOR = 'Ủy ban nhân dân tỉnh Minh Họa';
const PHONE = '000 0000 0000';
const EMAIL = 'lienhe@khuyencong.minhhoa.example';
const ADDRESS = 'Số 1 đường Mẫu, phường Minh Họa';
const COLOURS = ['#1f5f3a', '#143f27', '#e7f3ec', '#8c3a00'];
/** A stroke of the example's logo (logo.svg): the letter M, found wherever the header shows the logo. */
const LOGO_PATH = 'M14 46V18h7l11 14 11-14h7v28h-7V29L32 42 21 29v17z';

let output = '';
beforeAll(() => {
  const fixture = contentFixture(EXAMPLE);
  const run = runAstro(fixture, ['build', '--outDir', out]);
  output = run.output;
  if (run.status !== 0) throw new Error(`the example province's build failed:\n${run.output}`);
}, 300_000);

describe('its own name, units and contacts', () => {
  test('the home page names the example province, says it is illustrative, and shows its plan', () => {
    const home = page('');
    expect(home).toContain(NAME);
    expect(home).toContain('tỉnh Minh Họa');
    expect(home).toContain('Trang ví dụ của một tỉnh không có thật');
    expect(home).toContain('Kế hoạch năm 2025 qua các con số');
  });

  test('the header shows the example logo, not the default mark', () => {
    const header = /<header[\s>][\s\S]*?<\/header>/.exec(html(''))?.[0] ?? '';
    expect(header).toContain(NAME);
    // Inline, or as a picture file the header points to.
    const pictures = [...header.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => readFileSync(path.join(out, decodeURI(m[1]!.split('?')[0]!)), 'utf8'));
    expect([header, ...pictures].some((s) => s.includes(LOGO_PATH)), 'the header shows neither inline nor as a file the example logo.svg').toBe(true);
  });

  test('an old entry keeps its district of the time and shows the unit of today', () => {
    const product = page('san-pham/non-la-song-mau');
    expect(product).toContain('Nón lá Sông Mẫu');
    expect(product).toContain('Huyện Sông Mẫu');
    expect(product).toContain('Xã Sông Mẫu');
    expect(product).toContain('Nội dung minh họa');
  });

  test('a new entry shows its new unit', () => {
    expect(page('san-pham/may-say-nong-san-mini')).toContain('Phường Minh Họa');
  });

  test("the catalogue shows the reorganisation's note with old and new names", () => {
    const catalogue = page('san-pham');
    expect(catalogue).toContain('Huyện Đồi Thử');
    expect(catalogue).toContain('Xã Sông Mẫu');
    expect(catalogue).toContain('tỉnh Minh Họa không còn cấp huyện');
  });

  test('the contacts page gives its centre, address, phone and e-mail', () => {
    const contacts = page('lien-he');
    for (const fact of [CENTRE, ADDRESS, PHONE, EMAIL]) expect(contacts).toContain(fact);
  });

  test('the footer names its centre, parent body and the body above it, with its contacts', () => {
    for (const url of ['', 'san-pham/non-la-song-mau']) {
      const footer = part(html(url), 'footer');
      for (const fact of [CENTRE, PARENT, SUPERIOR, PHONE, EMAIL]) expect(footer, `footer of /${url}`).toContain(fact);
    }
  });

  test('its TV schedule is on its own channel, its plan is its own', () => {
    expect(page('truyen-hinh')).toContain('Đài Phát thanh và Truyền hình Minh Họa');
    const plan = page('ke-hoach/2025');
    expect(plan).toContain('01/KH-UBND');
    expect(plan).toContain('Ủy ban nhân dân tỉnh Minh Họa');
    expect(plan).toContain('Nội dung minh họa');
  });

  test("the styles carry the example's colours", () => {
    const styles = html('').toLowerCase();
    for (const colour of COLOURS) expect(styles, colour).toContain(colour);
  });

  test('the build lists what is still illustrative at its end', () => {
    expect(output).toContain('Việc còn lại trước khi xuất bản');
    expect(output).toContain('products: 4/4 tệp');
    expect(output).toContain('don-vi-hanh-chinh.yaml: danh sách đơn vị hành chính còn là mẫu');
  });
});

test("its open data is its own, valid against the schema beside it, ready to merge with other provinces' files", () => {
  const read = (file: string) => JSON.parse(readFileSync(path.join(out, 'du-lieu', file), 'utf8'));
  const rows = read('san-pham.json') as Record<string, unknown>[];
  const schema = read('san-pham.schema.json') as { items: { properties: { huyen: { enum: string[] } } } };
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(rows), JSON.stringify(validate.errors)).toBe(true);
  expect(rows.map((r) => r['ma']).sort()).toEqual(['may-say-nong-san-mini', 'mut-gung-doi-thu', 'non-la-song-mau', 'tuong-ot-ben-mau']);
  for (const row of rows) {
    expect(row['tinh']).toBe('tỉnh Minh Họa');
    expect(row['trang']).toBe(`https://khuyencong.minhhoa.example/san-pham/${String(row['ma'])}/`);
    expect(row['minh_hoa']).toBe(true);
  }
  // Its own units, past and present, are the values "huyen" may take.
  expect([...schema.items.properties.huyen.enum].sort()).toEqual(['Huyện Sông Mẫu', 'Huyện Đồi Thử', 'Phường Minh Họa', 'Thành phố Minh Họa', 'Xã Sông Mẫu', 'Xã Đồi Thử'].sort());
});

test('nothing of Đồng Nai in any built text file (pages, feeds, data, calendars, the editor, scripts, styles)', () => {
  expect(namesFound(out, dongNaiNames())).toEqual([]);
});
