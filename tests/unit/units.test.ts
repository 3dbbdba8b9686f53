// The administrative units file (don-vi-hanh-chinh.yaml): its own checks, the
// check of a product's unit against it (by the year of first recognition), the
// units' page addresses, and what a product's place gives the search index.
import { describe, expect, test } from 'vitest';
import { checkUnitsFile, districtProblem, existedIn, searchPlace, unitSlug } from '../../src/features/catalogue/units.ts';
import { indexFields } from '../../src/search/fields.ts';
import { unitsSchema, type AdminUnit } from '../../src/schemas/units.ts';
import { explainSchemaFailure } from '../../src/loaders/rules.ts';

const FILE = 'content/don-vi-hanh-chinh.yaml';
/** A province's units before and after a reorganisation on 1/7/2025 (illustrative names). */
const UNITS: AdminUnit[] = [
  { name: 'Huyện Sông Xanh', until: '2025-06-30' },
  { name: 'Thành phố Đồi Cát', until: '2025-06-30' },
  { name: 'Phường Đồi Cát', from: '2025-07-01' },
  { name: 'Xã Bến Đò', from: '2025-07-01' },
];
const file = (units: AdminUnit[], extra: Record<string, unknown> = {}) => unitsSchema.parse({ source: 'https://example.gov.vn/nghi-quyet', units, ...extra });

describe('the units file', () => {
  test('a file as the format says passes', () => {
    expect(checkUnitsFile(file(UNITS, { changes: [{ date: '2025-07-01', text: 'Sắp xếp', source: 'https://example.gov.vn/a' }] }))).toEqual([]);
  });

  test('a name given twice, even with other case or accents, is named at its second place', () => {
    const problems = checkUnitsFile(file([...UNITS, { name: 'huyện Sông  Xanh' }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('units.4.name');
    expect(problems[0]!.message).toMatch(/"huyện Sông {2}Xanh" đã có ở đơn vị thứ 1 \("Huyện Sông Xanh"\); mỗi đơn vị chỉ ghi một lần/);
  });

  test('a unit that ends before it starts', () => {
    const problems = checkUnitsFile(file([{ name: 'Xã Bến Đò', from: '2025-07-01', until: '2025-06-30' }]));
    expect(problems).toEqual([{ field: 'units.0.until', message: expect.stringMatching(/ngày cuối "2025-06-30" ở trước ngày đầu "2025-07-01"/) }]);
  });

  test('a real list without a source; an illustrative one needs none', () => {
    const unsourced = unitsSchema.parse({ units: UNITS });
    expect(checkUnitsFile(unsourced)).toEqual([{ field: 'source', message: expect.stringMatching(/danh sách thật .* cần nguồn công khai \("source"\).*"sample: true"/) }]);
    expect(checkUnitsFile(unitsSchema.parse({ units: UNITS, sample: true }))).toEqual([]);
  });

  test('a ward named after a former city has a page of its own; a town renamed a city shares its page; two places at once on one page are refused', () => {
    expect(unitSlug('Thành phố Đồi Cát')).toBe('doi-cat');
    expect(unitSlug('Phường Đồi Cát')).toBe('phuong-doi-cat');
    // Thị xã until the day before Thành phố begins: one place renamed.
    const renamed = [{ name: 'Thị xã Đồi Cát', until: '2019-12-31' }, { ...UNITS[1]!, from: '2020-01-01' }];
    expect(checkUnitsFile(file(renamed))).toEqual([]);
    const problems = checkUnitsFile(file([{ name: 'Thị xã Đồi Cát', until: '2020-06-30' }, { ...UNITS[1]!, from: '2020-01-01' }]));
    expect(problems).toEqual([
      { field: 'units.1.name', message: expect.stringMatching(/"Thành phố Đồi Cát" và "Thị xã Đồi Cát" \(đơn vị thứ 1\) có cùng địa chỉ trang \/san-pham\/huyen\/doi-cat\/ mà cùng tồn tại một lúc; nếu là một nơi đổi tên/) },
    ]);
  });

  test('the schema: dates must be real days, a unit needs a name, no field the format lacks', () => {
    const fields = (data: unknown) => explainSchemaFailure(unitsSchema, data).map((p) => p.field);
    expect(fields({ source: 'https://a.vn/x', units: [{ name: 'Xã A', until: '2025-02-30' }] })).toEqual(['units.0.until']);
    expect(fields({ source: 'https://a.vn/x', units: [{ until: '2025-06-30' }] })).toEqual(['units.0.name']);
    expect(fields({ source: 'https://a.vn/x', units: [{ name: 'Xã A', den: '2025-06-30' }] })).toEqual(['units.0.den']);
    expect(fields({ source: 'https://a.vn/x', units: [] })).toEqual(['units']);
  });
});

describe("a product's unit, by the year of its first recognition", () => {
  test('year granularity: a unit that ended on 30/6/2025 existed in 2025, not in 2026; one from 1/7/2025 not in 2024', () => {
    expect(existedIn(UNITS[0]!, 2025)).toBe(true);
    expect(existedIn(UNITS[0]!, 2026)).toBe(false);
    expect(existedIn(UNITS[2]!, 2024)).toBe(false);
    expect(existedIn(UNITS[2]!, 2025)).toBe(true);
    expect(existedIn({}, 1990)).toBe(true);
  });

  test('a unit of its year passes', () => {
    expect(districtProblem('Huyện Sông Xanh', 2021, UNITS, FILE)).toBeNull();
    expect(districtProblem('Huyện Sông Xanh', 2025, UNITS, FILE)).toBeNull();
    expect(districtProblem('Xã Bến Đò', 2026, UNITS, FILE)).toBeNull();
  });

  test('an unknown name: the message names the units file and lists the units of that year', () => {
    const message = districtProblem('Huyện Núi Đỏ', 2024, UNITS, FILE)!;
    expect(message).toContain('"Huyện Núi Đỏ" không có trong danh sách đơn vị hành chính (tệp content/don-vi-hanh-chinh.yaml)');
    expect(message).toContain('các đơn vị có vào năm 2024: "Huyện Sông Xanh", "Thành phố Đồi Cát"');
    expect(message).not.toContain('Phường Đồi Cát');
  });

  test('a name written without accents, or without its kind of unit, is pointed at the unit meant', () => {
    expect(districtProblem('Huyen Song Xanh', 2024, UNITS, FILE)).toContain('có phải "Huyện Sông Xanh"?');
    expect(districtProblem('Sông Xanh', 2024, UNITS, FILE)).toContain('có phải "Huyện Sông Xanh"?');
    expect(districtProblem('Núi Đỏ', 2024, UNITS, FILE)).not.toContain('có phải');
  });

  test('a unit that no longer existed: says when it existed and what to write instead', () => {
    const message = districtProblem('Huyện Sông Xanh', 2026, UNITS, FILE)!;
    expect(message).toContain('"Huyện Sông Xanh" không còn (hoặc chưa có) vào năm 2026, năm sản phẩm được công nhận lần đầu');
    expect(message).toContain('đơn vị này có đến ngày 30/6/2025');
    expect(message).toContain('các đơn vị có vào năm 2026: "Phường Đồi Cát", "Xã Bến Đò"');
    expect(message).toContain('"producer.current"');
  });

  test('a unit that did not exist yet', () => {
    expect(districtProblem('Phường Đồi Cát', 2024, UNITS, FILE)).toContain('đơn vị này có từ ngày 01/7/2025');
  });
});

describe("a product's place in the search index", () => {
  const producer = { district: 'Huyện Định Quán', current: { commune: 'xã Phú Vinh', province: 'tỉnh Đồng Nai' } };

  test('the unit when recognised and, when written, today’s commune and province', () => {
    expect(searchPlace(producer)).toBe('Huyện Định Quán, xã Phú Vinh, tỉnh Đồng Nai');
    expect(searchPlace({ district: 'Huyện Định Quán' })).toBe('Huyện Định Quán');
    expect(searchPlace({ district: 'Huyện Định Quán', current: { address: 'ấp 1' } })).toBe('Huyện Định Quán');
  });

  test('the page tells the index both names, and both typed without accents (đ as d) are in the weighted place field', () => {
    const place = indexFields({ title: 'Khô cá kìm', section: 'Sản phẩm', place: searchPlace(producer) }).meta.find(([k]) => k === 'place')![1];
    // Pagefind folds accents itself (gốm ~ gom) but not đ: the folded words must be written out for "dinh quan", "dong nai".
    for (const words of ['phu vinh', 'dinh quan', 'dong nai']) expect(place).toContain(words);
    for (const words of ['xã Phú Vinh', 'Huyện Định Quán', 'tỉnh Đồng Nai']) expect(place).toContain(words);
  });
});
