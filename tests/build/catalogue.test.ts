// The catalogue pages, static facet pages, product pages and open data, in
// dist/, against the products in content/products/.
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, listPages, readPage, textOf, jsonLdOf } from '../support/dist.ts';
import { parseCsv } from '../support/csv.ts';
import { products, type ProductData } from '../support/published.ts';
import { GROUPS, LEVELS } from '../../src/schemas/product.ts';
import Ajv2020 from 'ajv/dist/2020.js';

const all = products();
const bySlug = new Map(all.map((p) => [p.slug, p.data]));
const rows = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/san-pham.json'), 'utf8')) as Record<string, string | number | boolean>[];
const cardsOf = (html: string) => [...html.matchAll(/<li[^>]*data-product[\s\S]*?<\/li>/g)].map((m) => m[0]);
const idOfCard = (card: string) => /href="\/san-pham\/([^/]+)\/"/.exec(card)![1]!;
/** The product cards of a list, over all its pages. */
const cardsOfList = (base: string) => listPages(base).flatMap((p) => cardsOf(readPage(p)));
const vi = new Intl.NumberFormat('vi-VN');
/** A product's photos of itself: its drawings (illustrative: true) left out. */
const realPhotosOf = (p: ProductData) => (p.photos ?? []).filter((photo) => !photo.illustrative);
/** Where a drawing's file name would appear if one were published as a product's picture. */
const drawingNames = (p: ProductData) => p.photos.filter((photo) => photo.illustrative).map((photo) => String(photo.src).replace(/^.*\//, '').replace(/\.\w+$/, ''));

/** "Thành phố Biên Hòa" → "bien-hoa", written out here independently of src/lib. */
const asciiDistrict = (d: string) =>
  d.replace(/^(Huyện|Thành phố) /, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/ /g, '-');
/** The facet values a product should be listed under (a product recognised at two levels is under both). */
const facetValues = (p: ProductData): Record<string, string[]> => ({
  nhom: [p.group],
  cap: p.recognitions.map((r) => r.level),
  huyen: [asciiDistrict(p.producer.district)],
  nam: p.recognitions.map((r) => String(r.year)),
});

describe('/san-pham/', () => {
  const pages = listPages('/san-pham/');
  const html = readPage('/san-pham/');
  const cards = cardsOfList('/san-pham/');

  test('lists every product of content/products once, over its pages', () => {
    expect(all.length).toBeGreaterThan(0);
    expect(cards.map(idOfCard).sort()).toEqual(all.map((p) => p.slug).sort());
  });

  test('each card shows name, producer, district, group and highest level', () => {
    for (const card of cards) {
      const p = bySlug.get(idOfCard(card))!;
      const highest = (Object.keys(LEVELS) as (keyof typeof LEVELS)[]).filter((l) => p.recognitions.some((r) => r.level === l)).at(-1)!;
      for (const value of [p.name, p.producer.name, p.producer.district, GROUPS[p.group], LEVELS[highest]]) expect(textOf(card), idOfCard(card)).toContain(value);
    }
  });

  test('illustrative entries are said to be illustrative, on the list and on each card', () => {
    const samples = all.filter((p) => p.data.sample).length;
    if (samples) expect(textOf(html)).toContain(`Nội dung minh họa: ${vi.format(samples)} trong ${vi.format(all.length)} sản phẩm`);
    else expect(textOf(html)).not.toContain('Nội dung minh họa:');
    for (const card of cards) expect(textOf(card).includes('Minh họa'), idOfCard(card)).toBe(bySlug.get(idOfCard(card))!.sample);
  });

  test('JavaScript only for the instant filter (when the whole catalogue is on one page), at most 5 KB gzip', () => {
    const scripts = [...html.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(pages.length === 1 ? 1 : 0);
    expect(gzipSync(scripts.join('')).length).toBeLessThanOrEqual(5 * 1024);
  });

  // Each card shows the product's first photo, or, when it has none but drawings (illustrative: true), the neutral card.
  test('a card shows the product’s photo (width and height set, lazy but for the first card) or “Chưa có ảnh sản phẩm”, never a drawing', () => {
    const listed = cardsOf(html);
    for (const [i, card] of listed.entries()) {
      const p = bySlug.get(idOfCard(card))!;
      const img = /<img [^>]+>/.exec(card)?.[0];
      if (realPhotosOf(p).length) {
        expect(img, idOfCard(card)).toMatch(/width="\d+" height="\d+"/);
        expect(img!.includes('loading="lazy"'), idOfCard(card)).toBe(i > 0);
        expect(card).toMatch(/<source[^>]+type="image\/avif"/);
      } else {
        expect(img, `${idOfCard(card)} has no photo of its own: no picture`).toBeUndefined();
        expect(card).toContain('role="img" aria-label="Chưa có ảnh sản phẩm"');
      }
    }
  });
});

describe('static facet pages work without JavaScript', () => {
  const facetLinks = [...readPage('/san-pham/').matchAll(/href="(\/san-pham\/(nhom|cap|huyen|nam)\/[^"]+\/)"[^>]*>[^<]*<\/a>\s*<span[^>]*> \(([\d.]+)\)/g)].map(
    (m) => ({ href: m[1]!, kind: m[2]!, value: m[1]!.split('/')[3]!, count: Number(m[3]!.replace(/\./g, '')) }),
  );

  test('there is a page per group, level, district and year that some product has, and no other', () => {
    for (const kind of ['nhom', 'cap', 'huyen', 'nam']) {
      const expected = new Set(all.flatMap((p) => facetValues(p.data)[kind]!));
      expect(new Set(facetLinks.filter((f) => f.kind === kind).map((f) => f.value)), kind).toEqual(expected);
    }
  });

  test.each(facetLinks.map((f) => [f.href, f]))('%s lists exactly the products with that value, as many as its link says', (_, f) => {
    const ids = cardsOfList(f.href).map(idOfCard);
    expect(ids).toHaveLength(f.count);
    expect(ids.sort()).toEqual(all.filter((p) => facetValues(p.data)[f.kind]!.includes(f.value)).map((p) => p.slug).sort());
    expect(readPage(f.href)).not.toMatch(/<script type="module"/);
  });
});

describe('product pages', () => {
  test.each(all.map((p) => [p.slug, p.data]))('/san-pham/%s/: text, producer, recognitions, source, JSON-LD', (slug, p) => {
    const html = readPage(`/san-pham/${slug}/`);
    const text = textOf(html.slice(html.indexOf('<main'), html.indexOf('</main>')));
    expect(text).toContain(p.name);
    expect(text).toContain(p.producer.name);
    expect(text).toContain(p.producer.district.replace(/^(Huyện|Thành phố)/, (k) => k.toLowerCase()));
    for (const r of p.recognitions) expect(text).toContain(String(r.year));
    expect(text.includes('Nội dung minh họa:')).toBe(p.sample);
    if (p.source) {
      expect(text).toContain(`Nguồn thông tin: ${new URL(p.source).host}`);
      expect(html).toContain(`href="${p.source.replace(/&/g, '&amp;')}"`);
    }
    const ld = jsonLdOf(html).nodes.find((n) => n['@type'] === 'Product')!;
    expect(ld.name).toBe(p.name);
    expect(ld.manufacturer['@type']).toBe('Organization');
    expect(ld.manufacturer.name).toBe(p.producer.name);
    expect(ld.url).toMatch(/^https?:\/\/[^/]+\/san-pham\//);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const photo = realPhotosOf(p)[0];
    const og = /<meta property="og:image"[^>]*>/.exec(html)![0];
    if (photo) {
      expect(ld.image).toMatch(/^https?:\/\/[^/]+\/_astro\/.+\.webp$/);
      const first = /<img [^>]+>/.exec(main)![0];
      expect(first).not.toContain('loading="lazy"');
      expect(first).toContain(`alt="${photo.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
      expect(og).toMatch(/data-og-photo="\/_astro\//);
    } else {
      // No photo of its own: the neutral card on the page, on its share card and in its search result; no image in JSON-LD.
      expect(ld.image).toBeUndefined();
      expect(main).toContain('role="img" aria-label="Chưa có ảnh sản phẩm"');
      expect(og).toContain('data-og-photo="/chua-co-anh.png"');
      expect(main).toContain('<span data-pagefind-meta="image">/chua-co-anh.png</span>');
      expect(main).toContain('<span data-pagefind-meta="image_alt">Chưa có ảnh sản phẩm</span>');
    }
    // Its drawings are shown nowhere on its page, as a picture or a share card.
    for (const name of drawingNames(p)) expect(html, `${slug}: drawing ${name}`).not.toMatch(new RegExp(`/_astro/${name}\\.`));
  });

  test.each(all.map((p) => [p.slug, p.data]))('/san-pham/%s/: related products are up to 4 others of its group', (slug, p) => {
    const html = readPage(`/san-pham/${slug}/`);
    const others = all.filter((o) => o.data.group === p.group && o.slug !== slug);
    const at = html.indexOf('id="lien-quan"');
    const ids = at < 0 ? [] : cardsOf(html.slice(at)).map(idOfCard);
    expect(ids).toHaveLength(Math.min(4, others.length));
    for (const id of ids) expect(bySlug.get(id)!.group, id).toBe(p.group);
    expect(ids).not.toContain(slug);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('open data', () => {
  test('JSON has one row per product, with the product’s own data', () => {
    expect(rows.map((r) => r['ma']).sort()).toEqual(all.map((p) => p.slug).sort());
    for (const row of rows) {
      const p = bySlug.get(String(row['ma']))!;
      expect(row).toMatchObject({
        ten: p.name,
        nhom: p.group,
        ten_nhom: GROUPS[p.group],
        co_so: p.producer.name,
        huyen: p.producer.district,
        minh_hoa: p.sample,
        nguon: p.source ?? '',
        // Which province's catalogue the row is from, when several provinces' files are merged.
        tinh: province,
      });
      expect(String(row['cong_nhan']).split('; ').sort()).toEqual(p.recognitions.map((r) => `${LEVELS[r.level]} ${r.year}`).sort());
    }
  });

  const province = (yaml.load(readFileSync('content/site.yaml', 'utf8')) as { province: { full: string } }).province.full;

  test('CSV: UTF-8 with BOM, the same rows and values as the JSON (formula-like texts quoted)', () => {
    const csv = readFileSync(path.join(DIST, 'du-lieu/san-pham.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(body).toHaveLength(rows.length);
    // A text starting as a spreadsheet formula would (=, +, -, @, tab, CR) is written with a quote in front.
    const asWritten = (v: unknown) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v));
    body.forEach((cells, i) => expect(cells).toEqual(header!.map((k) => asWritten(rows[i]![k]))));
  });

  test('/du-lieu/ documents every field', () => {
    const text = textOf(readPage('/du-lieu/'));
    for (const key of Object.keys(rows[0]!)) expect(text).toContain(key);
  });

  describe('san-pham.schema.json: the JSON file described for other sites to collect it', () => {
    const schema = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/san-pham.schema.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);

    test('linked from /du-lieu/, with its own absolute address', () => {
      expect(readPage('/du-lieu/')).toContain('href="/du-lieu/san-pham.schema.json"');
      expect(schema['$id']).toMatch(/^https?:\/\/[^/]+\/du-lieu\/san-pham\.schema\.json$/);
    });
    test('the published san-pham.json is valid against it (a standard JSON Schema validator)', () => {
      expect(validate(rows), JSON.stringify(validate.errors)).toBe(true);
    });
    test('it says what every field means, and refuses a row with a field missing, an unknown group, a year written as text, or an extra field', () => {
      const items = (schema['items'] as { properties: Record<string, { description?: string }> }).properties;
      for (const key of Object.keys(rows[0]!)) expect(items[key]?.description, key).toBeTruthy();
      const row = rows[0]!;
      const { ten: _, ...noName } = row;
      for (const bad of [noName, { ...row, nhom: 'do-choi' }, { ...row, nam_gan_nhat: String(row['nam_gan_nhat']) }, { ...row, gia: 1 }])
        expect(validate([bad]), JSON.stringify(bad).slice(0, 80)).toBe(false);
    });
  });
});

test('the plan page shows how many real 2024 products the catalogue holds per target', () => {
  const text = textOf(readPage('/ke-hoach/2024/'));
  const real2024Tinh = all.filter((p) => !p.data.sample && p.data.recognitions.some((r) => r.level === 'tinh' && r.year === 2024)).length;
  expect(text).toMatch(
    new RegExp(`cấp tỉnh Mục II\\.3\\.a Danh mục hiện có ${real2024Tinh} sản phẩm được công nhận năm 2024 ở cấp này \\(không tính nội dung minh họa\\)\\. · Xem danh mục dự kiến 28–30`),
  );
});
