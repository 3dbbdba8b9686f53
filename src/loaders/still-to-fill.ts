// What a content folder still lacks before its site can be published, in
// Vietnamese, one line each: the facts site.yaml must carry (the release gate's
// own list), every "[cần điền …]" left by npm run new-site (file and line), and
// what is still illustrative ("sample: true": files, rows of a year's file, the
// list of administrative units). The build prints it at its end
// (src/integrations/still-to-fill.ts); the release gate refuses the first two.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { missingBeforeRelease } from '../features/site/settings.ts';
import { UNITS_FILE } from '../features/catalogue/units.ts';
import { TO_FILL } from '../lib/to-fill.ts';
import { readCollection } from './check-folder.ts';
import { contentCollections, type CollectionName } from './collections.ts';
import { parseYaml } from './parse.ts';
import { readSiteSettings } from './site-settings.ts';


// The list of administrative units (its format: docs/adopt.md), named where its checks are.
export { UNITS_FILE };

export interface StillToFill {
  /** Facts site.yaml lacks that a state agency's site must carry. */
  missing: string[];
  /** Each "[cần điền]" still in a content file: "<file>, dòng <n>: <the line>". */
  placeholders: string[];
  /** What is illustrative, by collection: "products: 4/4 tệp (a, b, …)". */
  samples: string[];
}

/** The text files of a content folder, relative paths in name order. */
function textFiles(dir: string, rel = ''): string[] {
  const here = path.join(dir, rel);
  return readdirSync(here, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) return e.name.startsWith('.') || e.name === 'node_modules' ? [] : textFiles(dir, child);
      return /\.(ya?ml|mdx?)$/.test(e.name) ? [child] : [];
    });
}

/** Up to `max` names, then how many more. */
function someOf(names: readonly string[], max = 5): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} tệp khác`;
}

/** Every "[cần điền]" outside comments, with its file and line. */
export function placeholdersIn(contentDir: string): string[] {
  return textFiles(contentDir).flatMap((rel) => {
    const file = path.join(contentDir, rel);
    return readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .flatMap((line, i) => {
        const text = line.trim();
        if (text.startsWith('#') || !TO_FILL.test(text)) return [];
        return [`${file}, dòng ${i + 1}: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}`];
      });
  });
}

/** The illustrative entries of each collection, and the units list when it is a sample. */
export function samplesIn(contentDir: string): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(contentCollections(contentDir)) as CollectionName[]) {
    const { entries } = readCollection(contentDir, name);
    const files: string[] = [];
    const rows: string[] = [];
    for (const e of entries) {
      const data = e.data as Record<string, unknown>;
      const file = path.relative(contentDir, e.filePath ?? e.id);
      if (data['sample'] === true) files.push(file);
      const list = (['features', 'events', 'reports', 'spending'] as const).flatMap((k) => (Array.isArray(data[k]) ? (data[k] as Record<string, unknown>[]) : []));
      const samples = list.filter((r) => r['sample'] === true).length;
      if (samples) rows.push(`${samples}/${list.length} dòng trong ${file}`);
    }
    if (files.length) lines.push(`${name}: ${files.length}/${entries.length} tệp (${someOf(files)})`);
    if (rows.length) lines.push(`${name}: ${rows.join('; ')}`);
  }
  if (unitsAreSample(contentDir)) lines.push(`${UNITS_FILE}: danh sách đơn vị hành chính còn là mẫu (sample: true)`);
  return lines;
}

/** Whether the list of administrative units says "sample: true" (false when it is missing or unreadable: the build names its mistakes). */
export function unitsAreSample(contentDir: string): boolean {
  const units = path.join(contentDir, UNITS_FILE);
  if (!existsSync(units)) return false;
  try {
    return (parseYaml(readFileSync(units, 'utf8')) as { sample?: unknown } | null)?.sample === true;
  } catch {
    return false;
  }
}

/** What `contentDir` still lacks (see StillToFill). */
export function stillToFill(contentDir: string): StillToFill {
  const settings = readSiteSettings(contentDir);
  return {
    missing: settings ? missingBeforeRelease(settings.settings, settings.file) : [],
    placeholders: placeholdersIn(contentDir),
    samples: samplesIn(contentDir),
  };
}

/** The list as the build prints it, or no lines when nothing is left. */
export function formatStillToFill(t: StillToFill): string[] {
  const lines: string[] = [];
  const block = (title: string, items: readonly string[]) => {
    if (!items.length) return;
    lines.push(title, ...items.map((i) => `  - ${i}`));
  };
  block(`Còn ${t.placeholders.length} chỗ "[cần điền]" (thay bằng thông tin thật, có nguồn công khai):`, t.placeholders);
  block(`Còn thiếu ${t.missing.length} thông tin trước khi xuất bản:`, t.missing);
  block('Nội dung minh họa (sample: true), thay bằng nội dung thật hoặc xóa trước khi xuất bản:', t.samples);
  return lines;
}
