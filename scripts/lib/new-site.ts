// A starting content folder for another province (npm run new-site): the
// templates under scripts/new-site/mau/ copied with this year filled in. Every
// fact to be written from a public source is left as "[cần điền …]" (the build
// lists each one at its end, the release gate refuses them) and every example
// entry is marked "sample: true". Used by scripts/new-site.ts and its test.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The templates: a content folder whose names and texts hold {{NAM}} (the year) and {{HOM_NAY}} (today). */
export const TEMPLATES = fileURLToPath(new URL('../new-site/mau/', import.meta.url));

/** Why `folder` cannot receive a new site, or null. */
export function targetProblem(folder: string): string | null {
  if (!existsSync(folder)) return null;
  if (!statSync(folder).isDirectory()) return `"${folder}" là một tệp, không phải thư mục; chọn tên một thư mục mới`;
  if (readdirSync(folder).length) return `thư mục "${folder}" đã có tệp; chọn một thư mục mới hoặc thư mục trống (lệnh không ghi đè nội dung có sẵn)`;
  return null;
}

/** A template's text or name with the year and today's date filled in. */
export function fillIn(text: string, today: string): string {
  return text.replaceAll('{{NAM}}', today.slice(0, 4)).replaceAll('{{HOM_NAY}}', today);
}

/** Writes the starting folder into `folder` (which must be missing or empty) for `today` ("YYYY-MM-DD"); returns the files written, relative to it. */
export function writeNewSite(folder: string, today: string): string[] {
  const problem = targetProblem(folder);
  if (problem) throw new Error(problem);
  const written: string[] = [];
  const walk = (from: string, rel: string) => {
    for (const entry of readdirSync(from, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const source = path.join(from, entry.name);
      const target = fillIn(path.join(rel, entry.name), today);
      if (entry.isDirectory()) walk(source, target);
      else {
        mkdirSync(path.join(folder, path.dirname(target)), { recursive: true });
        if (/\.(ya?ml|mdx?|svg)$/.test(entry.name)) writeFileSync(path.join(folder, target), fillIn(readFileSync(source, 'utf8'), today).normalize('NFC'));
        else copyFileSync(source, path.join(folder, target));
        written.push(target);
      }
    }
  };
  walk(TEMPLATES, '');
  return written;
}
