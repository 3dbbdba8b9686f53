// The catalogue pages, static facet pages, product pages and open data, in dist/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, exists, readPage, textOf, jsonLdOf } from '../support/dist.ts';
import { parseCsv } from '../support/csv.ts';

const productDirs = readdirSync('content/products').filter((d) => exists(`san-pham/${d}/index.html`) || true);
const rows = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/san-pham.json'), 'utf8')) as Record<string, string | number | boolean>[];
const byId = new Map(rows.map((r) => [r['ma'] as string, r]));
const cardsOf = (html: string) => [...html.matchAll(/<li[^>]*data-product[\s\S]*?<\/li>/g)].map((m) => m[0]);
const idOfCard = (card: string) => /href="\/san-pham\/([^/]+)\/"/.exec(card)![1]!;

const LEVEL_LABELS: Record<string, string> = { huyen: 'Cấp huyện', tinh: 'Cấp tỉnh', 'khu-vuc': 'Cấp khu vực', 'quoc-gia': 'Cấp quốc gia' };
/** "Thành phố Biên Hòa" → "bien-hoa", written out here independently of src/lib. */
const asciiDistrict = (d: string) =>
  d.replace(/^(Huyện|Thành phố) /, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/ /g, '-');

/** A small RFC 4180 reader, to read the CSV the way a spreadsheet does. */

describe('/san-pham/', () => {
  const html = readPage('/san-pham/');
  const cards = cardsOf(html);

  test('lists every product folder, each once', () => {
    expect(productDirs.length).toBeGreaterThanOrEqual(30);
    expect(cards.map(idOfCard).sort()).toEqual([...productDirs].sort());
  });

  test('each card shows name, producer, district, group and level', () => {
    for (const card of cards) {
      const row = byId.get(idOfCard(card))!;
      const text = textOf(card);
      for (const key of ['ten', 'co_so', 'huyen', 'ten_nhom', 'cap_cao_nhat']) expect(text, idOfCard(card)).toContain(String(row[key]));
    }
  });

  test('most entries are provincial 2024, some regional, as the plan expects', () => {
    const tinh2024 = rows.filter((r) => String(r['cong_nhan']).includes('Cấp tỉnh 2024')).length;
    const kv2024 = rows.filter((r) => String(r['cong_nhan']).includes('Cấp khu vực 2024')).length;
    expect(tinh2024).toBeGreaterThanOrEqual(28);
    expect(kv2024).toBeGreaterThanOrEqual(8);
  });

  test('illustrative entries are said to be illustrative', () => {
    expect(textOf(html)).toMatch(/Nội dung minh họa: \d+ trong \d+ sản phẩm/);
    for (const card of cards) expect(textOf(card).includes('Minh họa'), idOfCard(card)).toBe(byId.get(idOfCard(card))!['minh_hoa'] === true);
  });

  test('JavaScript only for the instant filter, at most 5 KB gzip', () => {
    const scripts = [...html.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(gzipSync(scripts.join('')).length).toBeLessThanOrEqual(5 * 1024);
  });

  test('images have width and height, and only the first is not lazy', () => {
    const imgs = [...html.matchAll(/<img [^>]+>/g)].map((m) => m[0]);
    expect(imgs.length).toBe(cards.length);
    for (const img of imgs) expect(img).toMatch(/width="\d+" height="\d+"/);
    expect(imgs.filter((i) => !i.includes('loading="lazy"'))).toHaveLength(1);
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
  });
});

describe('static facet pages work without JavaScript', () => {
  const facetLinks = [...readPage('/san-pham/').matchAll(/href="(\/san-pham\/(nhom|cap|huyen|nam)\/[^"]+\/)"[^>]*>[^<]*<\/a>\s*<span[^>]*> \((\d+)\)/g)].map(
    (m) => ({ href: m[1]!, kind: m[2]!, count: Number(m[3]) }),
  );

  test('there is a page per group, level, district and year', () => {
    const kinds = new Set(facetLinks.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['cap', 'huyen', 'nam', 'nhom']);
    expect(facetLinks.filter((f) => f.kind === 'nhom')).toHaveLength(4);
  });

  test.each(facetLinks.map((f) => [f.href, f]))('%s lists exactly the products its count says, all with that value', (_, f) => {
    const html = readPage(f.href);
    const ids = cardsOf(html).map(idOfCard);
    expect(ids).toHaveLength(f.count);
    const value = f.href.split('/')[3]!;
    for (const id of ids) {
      const row = byId.get(id)!;
      const has = {
        nhom: row['nhom'] === value,
        cap: String(row['cong_nhan']).includes(LEVEL_LABELS[value]!),
        nam: String(row['cong_nhan']).includes(value),
        huyen: asciiDistrict(String(row['huyen'])) === value,
      }[f.kind as 'nhom' | 'cap' | 'nam' | 'huyen'];
      expect(has, `${id} on ${f.href}`).toBe(true);
    }
    expect(html).not.toMatch(/<script type="module"/);
  });
});

describe('product pages', () => {
  test.each(rows.map((r) => [r['ma'] as string, r]))('/san-pham/%s/: text, producer, recognitions, JSON-LD', (id, row) => {
    const html = readPage(`/san-pham/${id}/`);
    const text = textOf(html.slice(html.indexOf('<main'), html.indexOf('</main>')));
    expect(text).toContain(String(row['ten']));
    expect(text).toContain(String(row['co_so']));
    expect(text).toContain(String(row['huyen']).replace(/^(Huyện|Thành phố)/, (k) => k.toLowerCase()));
    expect(text.includes('Nội dung minh họa:')).toBe(row['minh_hoa']);
    const ld = jsonLdOf(html).nodes.find((n) => n['@type'] === 'Product')!;
    expect(ld.name).toBe(row['ten']);
    expect(ld.manufacturer['@type']).toBe('Organization');
    expect(ld.manufacturer.name).toBe(row['co_so']);
    expect(ld.url).toMatch(/^https?:\/\/[^/]+\/san-pham\//);
    expect(ld.image).toMatch(/^https?:\/\/[^/]+\/_astro\/.+\.webp$/);
    const first = /<img [^>]+>/.exec(html.slice(html.indexOf('<main')))![0];
    expect(first).not.toContain('loading="lazy"');
    expect(first).toMatch(/alt="[^"]{10,}"/);
  });

  test('related products are of the same group', () => {
    const html = readPage('/san-pham/cha-gio-gia-kiem/');
    const related = html.slice(html.indexOf('id="lien-quan"'));
    const ids = cardsOf(related).map(idOfCard);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(byId.get(id)!['nhom']).toBe(byId.get('cha-gio-gia-kiem')!['nhom']);
    expect(ids).not.toContain('cha-gio-gia-kiem');
  });

  test('the one entry from a public source names its source', () => {
    const text = textOf(readPage('/san-pham/ghe-xich-du-may/'));
    expect(text).toContain('Nguồn thông tin: khuyencongvatuvancongnghiepdongnai.gov.vn');
    expect(text).not.toContain('Nội dung minh họa:');
  });
});

describe('open data', () => {
  test('JSON has the same products as the pages', () => {
    expect(rows.map((r) => r['ma']).sort()).toEqual([...productDirs].sort());
  });

  test('CSV: UTF-8 with BOM, the same rows and values as the JSON', () => {
    const csv = readFileSync(path.join(DIST, 'du-lieu/san-pham.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(body).toHaveLength(rows.length);
    body.forEach((cells, i) => expect(cells).toEqual(header!.map((k) => String(rows[i]![k]))));
  });

  test('/du-lieu/ documents every field', () => {
    const text = textOf(readPage('/du-lieu/'));
    for (const key of Object.keys(rows[0]!)) expect(text).toContain(key);
  });
});

test('the plan page shows how many real 2024 products the catalogue holds per target', () => {
  const text = textOf(readPage('/ke-hoach/2024/'));
  const real2024Tinh = rows.filter((r) => r['minh_hoa'] === false && String(r['cong_nhan']).includes('Cấp tỉnh 2024')).length;
  expect(text).toMatch(
    new RegExp(`cấp tỉnh Mục II\\.3\\.a Danh mục hiện có ${real2024Tinh} sản phẩm được công nhận năm 2024 ở cấp này \\(không tính nội dung minh họa\\)\\. · Xem danh mục dự kiến 28–30`),
  );
});
