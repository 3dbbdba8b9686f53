// Mistakes staff can make in a product folder stop the build's content step,
// naming the file and the field. Checked in copies of content/ the way the
// build checks them; one real build proves that the build stops with the same
// blocks, every faulty file at once.
import { copyFileSync, cpSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkCollection } from '../../src/loaders/check-folder.ts';
import { asOf, contentFixture, expectNamed, expectSameBlocks, expectStopped, mistakesIn, runAstro, type Fixture } from '../support/content-fixture.ts';

const FILE = 'products/gio-may-tre-dan/index.md';
/** A recognition year that has not come yet, whenever the test runs. */
const FUTURE = new Date().getFullYear() + 5;
/** A year after the district tier ended (content/don-vi-hanh-chinh.yaml: every district until 30/6/2025). */
const AFTER_DISTRICTS = 2026;

/** A copy of content/ prepared by `prepare`, and the mistakes the build would stop on. */
function checkWith(prepare: (f: Fixture) => void) {
  const fixture = contentFixture();
  prepare(fixture);
  return { fixture, errors: mistakesIn(fixture) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('product content mistakes', () => {
  // Each mistake sits in a file of its own; one check (and one build) must name every one of them.
  const cases = [
    {
      mistake: 'an unknown group',
      file: 'products/gio-may-tre-dan/index.md',
      change: (t: string) => t.replace('group: thu-cong-my-nghe', 'group: thu-cong'),
      field: 'group',
      expected: /chỉ được là một trong: "thu-cong-my-nghe"/,
    },
    {
      mistake: 'an unknown level',
      file: 'products/chuoi-say-deo/index.md',
      change: (t: string) => t.replace('level: tinh', 'level: tỉnh'),
      field: 'recognitions.0.level',
      expected: /chỉ được là một trong: "huyen", "tinh", "khu-vuc", "quoc-gia"/,
    },
    {
      mistake: 'a missing name',
      file: 'products/kho-ca-kim/index.md',
      change: (t: string) => t.replace(/^name: .*\n/m, ''),
      field: 'name',
      expected: /thiếu trường bắt buộc/,
    },
    {
      mistake: 'a missing producer',
      file: 'products/gach-khong-nung/index.md',
      change: (t: string) => t.replace(/^producer:\n(  .*\n)+/m, ''),
      field: 'producer',
      expected: /thiếu trường bắt buộc/,
    },
    {
      mistake: 'a photo file that does not exist',
      file: 'products/may-say-nong-san/index.md',
      change: (t: string) => t.replace('./minh-hoa.webp', './anh-san-pham.jpg'),
      field: 'photos.0.src',
      expected: /không tìm thấy tệp ảnh "\.\/anh-san-pham\.jpg"/,
    },
    {
      mistake: 'a photo without alt text',
      file: 'products/tieu-den-sach/index.md',
      change: (t: string) => t.replace(/^    alt: .*\n/m, ''),
      field: 'photos.0.alt',
      expected: /thiếu trường bắt buộc/,
    },
    {
      // The group's drawing would stand for this product (the same vase for a swing chair and a basket).
      mistake: 'a drawing (minh-hoa.webp) listed as a photo of the product, without illustrative: true',
      file: 'products/mut-chom-chom/index.md',
      change: (t: string) => t.replace(/^    illustrative: true\n/m, ''),
      field: 'photos.0.illustrative',
      expected: /"\.\/minh-hoa\.webp" là hình vẽ minh họa theo nhóm .*ghi thêm "illustrative: true".*đổi tên tệp/,
    },
    {
      mistake: 'a recognition year after the build year',
      file: 'products/nhang-tram-tu-nhien/index.md',
      change: (t: string) => t.replace('year: 2024', `year: ${FUTURE}`),
      field: 'recognitions.0.year',
      expected: new RegExp(`năm ${FUTURE} ở sau năm hiện tại`),
    },
    {
      // The kind of unit left out: the list names "Huyện Trảng Bom".
      mistake: 'a unit not in the units file',
      file: 'products/hop-go-dung-tra/index.md',
      change: (t: string) => t.replace('district: "Huyện Trảng Bom"', 'district: "Trảng Bom"'),
      field: 'producer.district',
      expected: /"Trảng Bom" không có trong danh sách đơn vị hành chính \(tệp [^)]*don-vi-hanh-chinh\.yaml\); có phải "Huyện Trảng Bom"\?.*các đơn vị có vào năm 2024: .*"Huyện Trảng Bom"/,
    },
    {
      mistake: 'a district named for a product first recognised after the district tier ended',
      file: 'products/tui-giay-kraft/index.md',
      change: (t: string) => t.replace('year: 2024', `year: ${AFTER_DISTRICTS}`),
      field: 'producer.district',
      expected: new RegExp(`"Huyện Nhơn Trạch" không còn \\(hoặc chưa có\\) vào năm ${AFTER_DISTRICTS}, năm sản phẩm được công nhận lần đầu: theo tệp [^,]*don-vi-hanh-chinh\\.yaml, đơn vị này có đến ngày 30/6/2025`),
    },
  ];

  describe(`${cases.length} mistakes in ${cases.length} products`, () => {
    const { fixture, errors } = checkWith((f) => cases.forEach((c) => f.edit(c.file, c.change)));

    test('one check names each faulty file once, and no other file', () => {
      expect(errors.map((e) => e.file).sort()).toEqual(cases.map((c) => fixture.file(c.file)).sort());
    });

    test.each(cases)('$mistake: named with its file and field', ({ file, field, expected }) => {
      expectNamed(errors, fixture.file(file), field, expected);
    });

    test('the real build stops and prints the same blocks as the fast check', () => {
      const run = runAstro(fixture, ['build', '--outDir', `${fixture.root}/dist`]);
      for (const c of cases) expectStopped(run, fixture.file(c.file), c.field, c.expected);
      const fast = checkCollection(fixture.dir, 'products');
      expect(fast).toHaveLength(cases.length);
      expectSameBlocks(run, fast);
    });

    test('checked in a worker thread beside Astro\'s loader (as a national catalogue is), the build stops with the same blocks', () => {
      const run = runAstro(fixture, ['build', '--outDir', `${fixture.root}/dist`], { KC_CHECK_WORKER_FROM: '1' });
      expect(run.output).toContain('[check-worker] products');
      for (const c of cases) expectStopped(run, fixture.file(c.file), c.field, c.expected);
      expectSameBlocks(run, checkCollection(fixture.dir, 'products'));
    });
  });

  test('two products with the same slug (index.md and index.mdx in one folder)', () => {
    const mdx = FILE.replace('.md', '.mdx');
    const { fixture, errors } = checkWith((f) => copyFileSync(f.file(FILE), f.file(mdx)));
    expectNamed(errors, fixture.file(mdx), '(tên thư mục)', /trùng địa chỉ "gio-may-tre-dan"/);
    // The message points at the other file of that address.
    expect(errors.find((e) => e.file === fixture.file(mdx))?.message).toContain(fixture.file(FILE));
  });

  test('a folder name that is not a plain slug', () => {
    const { fixture, errors } = checkWith((f) => renameSync(f.file('products/gio-may-tre-dan'), f.file('products/Giỏ mây')));
    expectNamed(errors, fixture.file('products/Giỏ mây/index.md'), '(tên thư mục)', /tên thư mục "Giỏ mây" phải viết thường, không dấu.*"gio-may"/);
  });

  test('a folder named like a page of the catalogue (/san-pham/in/)', () => {
    const { fixture, errors } = checkWith((f) => {
      mkdirSync(f.file('products/in'));
      cpSync(f.file('products/gio-may-tre-dan'), f.file('products/in'), { recursive: true });
    });
    expectNamed(errors, fixture.file('products/in/index.md'), '(tên thư mục)', /"in" là địa chỉ dành riêng/);
  });

  test('a product without any photo (no photos field) is accepted: its pages say "Chưa có ảnh"', () => {
    const { errors } = checkWith((f) => f.edit(FILE, (t) => t.replace(/^photos:\n(  .*\n)+/m, '')));
    expect(errors).toEqual([]);
  });

  test('control: the unchanged products pass', () => {
    expect(checkWith(() => {}).errors.map((e) => e.message)).toEqual([]);
  });

  test('with the build year fixed in the past (BUILD_DATE), every later recognition is named', () => {
    vi.stubEnv('BUILD_DATE', '2023-06-01');
    const { fixture, errors } = checkWith((f) => asOf(f, '2023-06-01'));
    // Expected from the products' own files: each recognition after 2023.
    const files = readdirSync(fixture.file('products'), { recursive: true, encoding: 'utf8' }).filter((f) => /^[^/]+\/index\.mdx?$/.test(f));
    const later = files.map((f) => `products/${f}`).flatMap((file) => {
      const { recognitions = [] } = fixture.data<{ recognitions?: { year: number }[] }>(file);
      return recognitions.flatMap((r, i) => (r.year > 2023 ? [{ file, field: `recognitions.${i}.year`, year: r.year }] : []));
    });
    expect(later.length, 'the real content has no recognition after 2023 to test with').toBeGreaterThan(0);
    for (const { file, field, year } of later) expectNamed(errors, fixture.file(file), field, new RegExp(`năm ${year} ở sau năm hiện tại \\(2023\\)`));
    expect(new Set(errors.map((e) => e.file))).toEqual(new Set(later.map((l) => fixture.file(l.file))));
  });
});
