// What a new province's content folder still lacks: the "[cần điền]" marks
// npm run new-site leaves (not facts, so they need no source, but each one is
// listed with its file and line, and comments explaining the mark are not).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSiteSettings } from '../../src/features/site/settings.ts';
import { isToFill } from '../../src/lib/to-fill.ts';
import { formatStillToFill, placeholdersIn } from '../../src/loaders/still-to-fill.ts';

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

  test('prints nothing when nothing is left', () => {
    expect(formatStillToFill({ missing: [], placeholders: [], samples: [] })).toEqual([]);
  });
});
