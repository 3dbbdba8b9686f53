// Mistakes staff can make in a product folder stop the build's content step,
// naming the file and the field.
import { copyFileSync, cpSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentFixture, errorBlockFor, runAstro, type Fixture } from '../support/content-fixture.ts';

const FILE = 'products/gio-may-tre-dan/index.md';

function sync(prepare: (f: Fixture) => void, env: Record<string, string> = {}) {
  const fixture = contentFixture();
  prepare(fixture);
  return { ...runAstro(fixture, ['sync'], env), dir: fixture.dir };
}

describe('product content mistakes', () => {
  // Each mistake sits in a file of its own; one build must name every one of them.
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
      mistake: 'a recognition year after the build year',
      file: 'products/nhang-tram-tu-nhien/index.md',
      change: (t: string) => t.replace('year: 2024', 'year: 2031'),
      field: 'recognitions.0.year',
      expected: /năm 2031 ở sau năm hiện tại/,
    },
  ];
  const run = sync((f) => cases.forEach((c) => f.edit(c.file, c.change)));

  test('the build stops', () => {
    expect(run.status).not.toBe(0);
  });

  test.each(cases)('$mistake: named with its file and field', ({ file, field, expected }) => {
    const block = errorBlockFor(run.output, path.join(run.dir, file));
    expect(block, `no error block for ${file}`).not.toBe('');
    expect(block).toContain(`trường "${field}"`);
    expect(block).toMatch(expected);
  });

  test('two products with the same slug (index.md and index.mdx in one folder)', () => {
    const { status, output, dir } = sync((f) => copyFileSync(path.join(f.dir, FILE), path.join(f.dir, FILE.replace('.md', '.mdx'))));
    expect(status).not.toBe(0);
    expect(output).toContain('trường "(tên thư mục)"');
    expect(output).toMatch(/trùng địa chỉ "gio-may-tre-dan"/);
    expect(output).toContain(path.join(dir, 'products/gio-may-tre-dan/index.md'));
  });

  test('a folder name that is not a plain slug', () => {
    const { status, output } = sync((f) => renameSync(path.join(f.dir, 'products/gio-may-tre-dan'), path.join(f.dir, 'products/Giỏ mây')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/tên thư mục "Giỏ mây" phải viết thường, không dấu.*"gio-may"/);
  });

  test('a folder named like a page of the catalogue (/san-pham/in/)', () => {
    const { status, output } = sync((f) => {
      mkdirSync(path.join(f.dir, 'products/in'));
      cpSync(path.join(f.dir, 'products/gio-may-tre-dan'), path.join(f.dir, 'products/in'), { recursive: true });
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/"in" là địa chỉ dành riêng/);
  });

  test('control: the unchanged products pass, with the build year fixed in the past too', () => {
    expect(sync(() => {}).status).toBe(0);
    const { status, output } = sync(() => {}, { BUILD_DATE: '2023-06-01' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/năm 2024 ở sau năm hiện tại \(2023\)/);
  });
});
