// What a content folder still lacks before its site can be published, in
// Vietnamese, one line each: the facts site.yaml must carry (the release gate's
// own list), every "[cần điền …]" left by npm run new-site (file and line), and
// what is still illustrative ("sample: true": files, rows of a year's file, the
// list of administrative units). The build prints it at its end
// (src/integrations/still-to-fill.ts); the release gate refuses the first two.
// In a build, the samples come from what the content loaders read anyway
// (checked.ts records them: samplesOf), so that no file is read twice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { missingBeforeRelease } from '../features/site/settings.ts';
import { UNITS_FILE } from '../features/catalogue/units.ts';
import { TO_FILL } from '../lib/to-fill.ts';
import { readCollection } from './check-folder.ts';
import { contentCollections, type CollectionName } from './collections.ts';
import { parseYaml } from './parse.ts';
import { samplesOf } from './found-samples.ts';
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

/** Every "[cần điền]" outside comments in one file's text, with the file and line. */
function placeholdersInText(file: string, text: string): string[] {
  if (!TO_FILL.test(text)) return [];
  return text.split(/\r?\n/).flatMap((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || !TO_FILL.test(trimmed)) return [];
    return [`${file}, dòng ${i + 1}: ${trimmed.length > 120 ? `${trimmed.slice(0, 119)}…` : trimmed}`];
  });
}

/** Every "[cần điền]" outside comments, with its file and line. */
export function placeholdersIn(contentDir: string): string[] {
  return textFiles(contentDir).flatMap((rel) => {
    const file = path.join(contentDir, rel);
    return placeholdersInText(file, readFileSync(file, 'utf8'));
  });
}

/**
 * The same, each file read without holding the process (the build's process goes on with
 * its own work between the files: 0.6 s of reading with 10,000 products).
 */
export async function placeholdersInFolder(contentDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const rel of textFiles(contentDir)) {
    const file = path.join(contentDir, rel);
    found.push(...placeholdersInText(file, await readFile(file, 'utf8')));
  }
  return found;
}

/**
 * The illustrative entries of each collection, and the units list when it is a sample.
 * `known`: a collection's lines already worked out (by the build's loaders); any other
 * collection is read and checked here.
 */
export function samplesIn(contentDir: string, known: (collection: string) => readonly string[] | undefined = () => undefined): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(contentCollections(contentDir)) as CollectionName[]) {
    lines.push(...(known(name) ?? samplesOf(name, readCollection(contentDir, name).entries, contentDir)));
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

/** What site.yaml lacks that a state agency's site must carry (none when it is missing: the build names that). */
export function missingIn(contentDir: string): string[] {
  const settings = readSiteSettings(contentDir);
  return settings ? missingBeforeRelease(settings.settings, settings.file) : [];
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
