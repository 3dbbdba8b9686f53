// The administrative units file (content/don-vi-hanh-chinh.yaml) and the
// products that name its units, checked in copies of content/ the way the build
// checks them (checkContentFolder, checkCollection). The real build's parity
// for a product's unit is proven in product-mistakes.test.ts.
import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkCollection, readCollection } from '../../src/loaders/check-folder.ts';
import { contentFixture, expectNamed, mistakesIn } from '../support/content-fixture.ts';

const UNITS = 'don-vi-hanh-chinh.yaml';
const PRODUCT = 'products/tui-giay-kraft/index.md';

describe('the units file', () => {
  test('control: the real file and every real product pass, and the file is a collection of its own', () => {
    const fixture = contentFixture();
    expect(mistakesIn(fixture).map((e) => e.message)).toEqual([]);
    const { entries } = readCollection(fixture.dir, 'units');
    expect(entries).toHaveLength(1);
    expect((entries[0]!.data as { units: unknown[] }).units.length).toBeGreaterThan(0);
  });

  test('a unit written twice: named at its second place, with its line; the products are not blamed for it', () => {
    const fixture = contentFixture();
    fixture.edit(UNITS, (t) => t.replace(/^units:\n/m, 'units:\n  - name: "Huyện Thống Nhất"\n'));
    const errors = mistakesIn(fixture);
    expect(errors.map((e) => e.file)).toEqual([fixture.file(UNITS)]);
    const later = errors[0]!.problems.find((p) => p.field.startsWith('units.') && p.field.endsWith('.name'))!;
    expect(later.message).toMatch(/"Huyện Thống Nhất" đã có ở đơn vị thứ 1/);
    expect(later.line).toBeGreaterThan(1);
    expect(errors[0]!.message).toContain(`Lỗi nội dung trong tệp ${fixture.file(UNITS)}:`);
  });

  test('a unit that ends before it starts', () => {
    const fixture = contentFixture();
    fixture.edit(UNITS, (t) => t.replace(/^units:\n/m, 'units:\n  - name: "Xã Thử Nghiệm"\n    from: "2025-07-01"\n    until: "2025-01-01"\n'));
    expectNamed(mistakesIn(fixture), fixture.file(UNITS), 'units.0.until', /ngày cuối "2025-01-01" ở trước ngày đầu "2025-07-01"/);
  });

  test('a real list without its source', () => {
    const fixture = contentFixture();
    fixture.edit(UNITS, (t) => t.replace(/^source: .*\n/m, ''));
    expectNamed(mistakesIn(fixture), fixture.file(UNITS), 'source', /danh sách thật .* cần nguồn công khai/);
  });

  test('a date that is not a day, and a field the format does not have', () => {
    const fixture = contentFixture();
    fixture.edit(UNITS, (t) => t.replace('until: "2025-06-30"', 'until: "30/6/2025"').replace(/^sample: false\n/m, 'sample: false\nnguon: "x"\n'));
    const errors = checkCollection(fixture.dir, 'units');
    expectNamed(errors, fixture.file(UNITS), 'units.0.until', /"30\/6\/2025" không phải một ngày có thật; cần dạng "YYYY-MM-DD"/);
    expect(errors[0]!.problems.map((p) => p.field)).toContain('nguon');
  });

  test('no units file: each product naming a unit is told where the list belongs', () => {
    const fixture = contentFixture();
    rmSync(fixture.file(UNITS));
    expectNamed(mistakesIn(fixture), fixture.file(PRODUCT), 'producer.district', new RegExp(`thư mục nội dung chưa có tệp ${UNITS.replace('.', '\\.')}`));
  });
});

describe("a product's unit, by the year of its first recognition", () => {
  test('a unit that ended on 30/6/2025 is right for a product first recognised in 2025', () => {
    const fixture = contentFixture();
    fixture.edit(PRODUCT, (t) => t.replace('year: 2024', 'year: 2025'));
    expect(checkCollection(fixture.dir, 'products').map((e) => e.message)).toEqual([]);
  });

  test('a product first recognised earlier keeps its old unit when a later recognition comes after the change', () => {
    const fixture = contentFixture();
    fixture.edit(PRODUCT, (t) => t.replace(/^recognitions:\n/m, 'recognitions:\n  - level: khu-vuc\n    year: 2026\n'));
    expect(checkCollection(fixture.dir, 'products').map((e) => e.message)).toEqual([]);
  });

  test('a new unit added with "from" (and a source) is right for a product recognised after it began, and its old unit no longer is', () => {
    const fixture = contentFixture();
    fixture.edit(UNITS, (t) => t.replace(/^changes:\n/m, '  - name: "Xã Thử Nghiệm Mới"\n    from: "2025-07-01"\n\nchanges:\n'));
    fixture.edit(PRODUCT, (t) => t.replace('year: 2024', 'year: 2026').replace('district: "Huyện Nhơn Trạch"', 'district: "Xã Thử Nghiệm Mới"'));
    expect(checkCollection(fixture.dir, 'products').map((e) => e.message)).toEqual([]);
    fixture.edit(PRODUCT, (t) => t.replace('year: 2026', 'year: 2024'));
    expectNamed(checkCollection(fixture.dir, 'products'), fixture.file(PRODUCT), 'producer.district', /"Xã Thử Nghiệm Mới" không còn \(hoặc chưa có\) vào năm 2024.*đơn vị này có từ ngày 01\/7\/2025/);
  });
});
