import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from '../support/csv.ts';
import { addressLine, brochureVolumes, countRecognised, districtSlug, facets, filterBy, relatedProducts, sortProducts, telHref, topRecognition, type ProductLike } from '../../src/features/catalogue/products.ts';
import { type ProductData } from '../../src/schemas/product.ts';

function product(id: string, over: Partial<ProductData> = {}): ProductLike {
  return {
    id,
    data: {
      name: id,
      group: 'thu-cong-my-nghe',
      productSet: false,
      producer: { name: 'Cơ sở A', kind: 'co-so', commune: 'xã Hưng Lộc', district: 'Huyện Thống Nhất' },
      recognitions: [{ level: 'tinh', year: 2024 }],
      summary: 's',
      sample: false,
      ...over,
    },
  };
}

describe('facets', () => {
  const list = [
    product('a'),
    product('b', { group: 'san-pham-khac', recognitions: [{ level: 'tinh', year: 2023 }, { level: 'khu-vuc', year: 2024 }] }),
    product('c', { producer: { name: 'x', kind: 'ho-kinh-doanh', commune: 'y', district: 'Thành phố Biên Hòa' } }),
  ];

  test('counts per value; a product recognised twice is in both levels and both years', () => {
    const f = facets(list, ['Thành phố Biên Hòa', 'Huyện Thống Nhất']);
    expect(f.nhom.map((v) => [v.value, v.count])).toEqual([['thu-cong-my-nghe', 2], ['san-pham-khac', 1]]);
    expect(f.cap.map((v) => [v.value, v.count])).toEqual([['tinh', 3], ['khu-vuc', 1]]);
    expect(f.nam.map((v) => [v.value, v.count])).toEqual([['2024', 3], ['2023', 1]]);
    expect(f.huyen.map((v) => [v.value, v.count])).toEqual([['bien-hoa', 1], ['thong-nhat', 2]]);
  });

  test("units come in the units file's order, units without products are left out, and a unit the file lacks comes last", () => {
    const units = ['Huyện Xuân Lộc', 'Huyện Thống Nhất', 'Thành phố Biên Hòa'];
    expect(facets(list, units).huyen.map((v) => v.label)).toEqual(['Huyện Thống Nhất', 'Thành phố Biên Hòa']);
    expect(facets(list, ['Thành phố Biên Hòa']).huyen.map((v) => v.label)).toEqual(['Thành phố Biên Hòa', 'Huyện Thống Nhất']);
  });

  test('a town renamed a city (one address) is one facet value, named by both names, counting the products of both', () => {
    const town = product('d', { producer: { name: 'x', kind: 'co-so', commune: 'y', district: 'Thị xã Đồi Cát' } });
    const city = product('e', { producer: { name: 'x', kind: 'co-so', commune: 'y', district: 'Thành phố Đồi Cát' } });
    const f = facets([town, city], ['Thị xã Đồi Cát', 'Thành phố Đồi Cát']).huyen;
    expect(f.map((v) => [v.value, v.label, v.count])).toEqual([['doi-cat', 'Thị xã Đồi Cát / Thành phố Đồi Cát', 2]]);
    expect(filterBy([town, city], 'huyen', 'doi-cat').map((p) => p.id)).toEqual(['d', 'e']);
  });

  test('values nobody has are not offered', () => {
    expect(facets(list).cap.find((v) => v.value === 'quoc-gia')).toBeUndefined();
  });

  test('filtering by a facet value', () => {
    expect(filterBy(list, 'cap', 'khu-vuc').map((p) => p.id)).toEqual(['b']);
    expect(filterBy(list, 'huyen', 'thong-nhat').map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('derived values', () => {
  test('district slugs drop the kind of unit and the diacritics', () => {
    expect(districtSlug('Huyện Thống Nhất')).toBe('thong-nhat');
    expect(districtSlug('Thành phố Biên Hòa')).toBe('bien-hoa');
  });

  test('the highest recognition wins, then the latest year', () => {
    expect(topRecognition([{ level: 'tinh', year: 2024 }, { level: 'khu-vuc', year: 2023 }])).toEqual({ level: 'khu-vuc', year: 2023 });
  });

  test('real entries are listed before illustrative ones', () => {
    const list = [product('z', { sample: true, recognitions: [{ level: 'quoc-gia', year: 2024 }] }), product('a')];
    expect(sortProducts(list).map((p) => p.id)).toEqual(['a', 'z']);
  });

  test('counts toward a target leave illustrative entries out', () => {
    const list = [product('a'), product('b', { sample: true }), product('c', { recognitions: [{ level: 'tinh', year: 2023 }] })];
    expect(countRecognised(list, 2024, 'tinh')).toBe(1);
    expect(countRecognised(list, 2024, 'khu-vuc')).toBe(0);
  });

  test('related products are of the same group, never the product itself', () => {
    const list = [product('a'), product('b'), product('c', { group: 'san-pham-khac' })];
    expect(relatedProducts(list[0]!, list).map((p) => p.id)).toEqual(['b']);
  });

  test('related products: same district first, then the others, each in list order, at most four', () => {
    const elsewhere = { name: 'x', kind: 'co-so', commune: 'y', district: 'Thành phố Biên Hòa' } as const;
    const list = [
      product('me'),
      product('far-national', { producer: elsewhere, recognitions: [{ level: 'quoc-gia', year: 2024 }] }),
      product('near-b'),
      product('near-a'),
      product('far-b', { producer: elsewhere }),
      product('far-a', { producer: elsewhere }),
      product('other-group', { group: 'san-pham-khac' }),
    ];
    expect(relatedProducts(list[0]!, list).map((p) => p.id)).toEqual(['near-a', 'near-b', 'far-national', 'far-a']);
    expect(relatedProducts(list[6]!, list)).toEqual([]);
  });

  test('sorting puts higher levels, then later years first, then names in Vietnamese order', () => {
    const list = [
      product('Đèn', { recognitions: [{ level: 'tinh', year: 2023 }] }),
      product('Bình', { recognitions: [{ level: 'tinh', year: 2023 }] }),
      product('Dao', { recognitions: [{ level: 'tinh', year: 2023 }] }),
      product('Gốm', { recognitions: [{ level: 'tinh', year: 2024 }] }),
      product('Ấm', { recognitions: [{ level: 'huyen', year: 2024 }, { level: 'khu-vuc', year: 2020 }] }),
    ].map((p) => ({ ...p, data: { ...p.data, name: p.id } }));
    expect(sortProducts(list).map((p) => p.id)).toEqual(['Ấm', 'Gốm', 'Bình', 'Dao', 'Đèn']);
  });

  test('tap-to-call numbers are international', () => {
    expect(telHref('0251 3822 123')).toBe('tel:+842513822123');
    expect(telHref('+84 251.3822.123')).toBe('tel:+842513822123');
  });

  test('addresses read as Vietnamese addresses are written', () => {
    expect(addressLine(product('a').data.producer)).toBe('xã Hưng Lộc, huyện Thống Nhất, tỉnh Đồng Nai');
  });
});

describe('CSV for Excel', () => {
  const csv = toCsv(['ma', 'ten'], [{ ma: 'a', ten: 'Gốm "Biên Hòa", men lam' }, { ma: 'b', ten: 'hai\ndòng' }]);
  test('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFFma,ten\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  test('quotes fields holding commas, quotes or line breaks', () => {
    expect(csv).toContain('a,"Gốm ""Biên Hòa"", men lam"\r\n');
    expect(csv).toContain('b,"hai\ndòng"\r\n');
  });
  test('a text a spreadsheet would run as a formula is read back with a quote in front; numbers and true/false as they are', () => {
    const risky = ['=HYPERLINK("https://example.org","bấm")', '+84 000 000 0000', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '＝1+1'];
    const rows = risky.map((text, i) => ({ ma: `r${i}`, ten: text, so: -5, dung: true }));
    const [header, ...cells] = parseCsv(toCsv(['ma', 'ten', 'so', 'dung'], rows).slice(1));
    expect(header).toEqual(['ma', 'ten', 'so', 'dung']);
    expect(cells.map((c) => c[1])).toEqual(risky.map((text) => `'${text}`));
    expect(cells.map((c) => [c[2], c[3]])).toEqual(risky.map(() => ['-5', 'true']));
    expect(parseCsv(toCsv(['ten'], [{ ten: 'Gốm - men lam' }, { ten: 'a=b' }]).slice(1))).toEqual([['ten'], ['Gốm - men lam'], ['a=b']]);
  });
});

describe('the brochure in volumes', () => {
  const many = (n: number, group: ProductData['group']) => Array.from({ length: n }, (_, i) => product(`${group}-${i}`, { group }));
  test('each group is cut into volumes of at most the size, numbered in order, never mixing groups', () => {
    const volumes = brochureVolumes([...many(3, 'thu-cong-my-nghe'), ...many(5, 'san-pham-khac')], 2);
    expect(volumes.map((v) => [v.number, v.group, v.first, v.last, v.groupTotal])).toEqual([
      [1, 'thu-cong-my-nghe', 1, 2, 3],
      [2, 'thu-cong-my-nghe', 3, 3, 3],
      [3, 'san-pham-khac', 1, 2, 5],
      [4, 'san-pham-khac', 3, 4, 5],
      [5, 'san-pham-khac', 5, 5, 5],
    ]);
  });
});
