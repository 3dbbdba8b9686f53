// What a new province's content folder still lacks: the "[cần điền]" marks
// npm run new-site leaves (not facts, so they need no source, but each one is
// listed with its file and line, and comments explaining the mark are not).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSiteSettings } from '../../src/features/site/settings.ts';
import { isToFill } from '../../src/lib/to-fill.ts';
import { foundSamples, forgetSamples, recordSamples, samplesOf } from '../../src/loaders/found-samples.ts';
import { formatStillToFill, placeholdersIn, placeholdersInFolder, samplesIn } from '../../src/loaders/still-to-fill.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kc-to-fill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the mark', () => {
  test.each(['[cần điền]', 'Khuyến công [cần điền: tên tỉnh]', '"[cần điền] số hiệu"'])('%s is a placeholder', (value) => expect(isToFill(value)).toBe(true));
  test.each(['Khuyến công Minh Họa', 'cần điền', '[cần bổ sung]', 7])('%s is not', (value) => expect(isToFill(value)).toBe(false));
});

describe('site.yaml', () => {
  const settings = (organisation: Record<string, string>) =>
    ({ organisation: { area: 'Tỉnh …', ...organisation }, sources: {} }) as unknown as Parameters<typeof checkSiteSettings>[0];
  test('a placeholder name needs no source; a real name does', () => {
    expect(checkSiteSettings(settings({ name: '[cần điền: tên Trung tâm Khuyến công]', parent: '[cần điền: Sở Công Thương tỉnh …]' }))).toEqual([]);
    expect(checkSiteSettings(settings({ name: 'Trung tâm Khuyến công tỉnh Minh Họa', parent: '[cần điền]' })).map((p) => p.field)).toEqual(['sources.name']);
  });
});

describe('the list of places to fill', () => {
  test('names each file and line, skips comments, reads Markdown bodies too', () => {
    mkdirSync(path.join(dir, 'plans'), { recursive: true });
    writeFileSync(path.join(dir, 'site.yaml'), '# Mọi chữ "[cần điền]" là chỗ còn trống.\nname: "Khuyến công [cần điền: tên tỉnh]"\naddress: ""\n');
    writeFileSync(path.join(dir, 'plans', '2026.md'), '---\nyear: 2026\n---\n\nĐoạn một.\n\n[cần điền] Chép toàn văn vào đây.\n');
    expect(placeholdersIn(dir)).toEqual([
      `${path.join(dir, 'plans', '2026.md')}, dòng 7: [cần điền] Chép toàn văn vào đây.`,
      `${path.join(dir, 'site.yaml')}, dòng 2: name: "Khuyến công [cần điền: tên tỉnh]"`,
    ]);
  });

  test('read while the build goes on, the same places in the same order', async () => {
    expect(await placeholdersInFolder(dir)).toEqual(placeholdersIn(dir));
    expect((await placeholdersInFolder(dir)).length).toBe(2);
  });

  test('prints nothing when nothing is left', () => {
    expect(formatStillToFill({ missing: [], placeholders: [], samples: [] })).toEqual([]);
  });
});

describe('what is illustrative', () => {
  const root = path.join(dir, 'project');
  const folder = path.join(root, 'content');
  const entry = (filePath: string, data: Record<string, unknown>) => ({ id: filePath, filePath, data });

  test('files with sample: true and rows with it, each named from the content folder', () => {
    // The loaders name files from the project's root.
    const entries = [
      entry('content/products/a/index.md', { sample: true }),
      entry('content/products/b/index.md', {}),
      entry('content/events/2024.yaml', { events: [{ sample: true }, { sample: true }, {}] }),
    ];
    expect(samplesOf('products', entries, folder, root)).toEqual(['products: 1/3 tệp (products/a/index.md)', 'products: 2/3 dòng trong events/2024.yaml']);
    expect(samplesOf('products', [entry('content/products/b/index.md', {})], folder, root)).toEqual([]);
  });

  test('more than five files: five named, then how many more', () => {
    const entries = Array.from({ length: 7 }, (_, i) => entry(path.join(folder, `products/p${i}/index.md`), { sample: true }));
    expect(samplesOf('products', entries, folder)).toEqual(['products: 7/7 tệp (products/p0/index.md, products/p1/index.md, products/p2/index.md, products/p3/index.md, products/p4/index.md và 2 tệp khác)']);
  });

  test('a collection the build\'s loaders recorded is not read again; the others are', () => {
    // A products file that does not even parse: read again, it would be no entry at all.
    mkdirSync(path.join(folder, 'products', 'x'), { recursive: true });
    writeFileSync(path.join(folder, 'products', 'x', 'index.md'), '---\n: [\n---\n');
    mkdirSync(path.join(folder, 'policies'), { recursive: true });
    forgetSamples();
    recordSamples(folder, 'products', ['products: 1/1 tệp (products/x/index.md)']);
    const found = foundSamples(path.join(root, './content'));
    expect(found('products')).toEqual(['products: 1/1 tệp (products/x/index.md)']);
    expect(found('policies')).toBeUndefined();
    expect(samplesIn(folder, found)).toEqual(['products: 1/1 tệp (products/x/index.md)']);
    expect(samplesIn(folder)).toEqual([]);
    forgetSamples();
    expect(foundSamples(folder)('products')).toBeUndefined();
  });
});
