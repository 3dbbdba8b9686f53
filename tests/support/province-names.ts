// What of Đồng Nai must not appear in another province's site (the example
// province's build, the templates of npm run new-site): the province's names,
// the 2024 plan's number, the 11 district-level units of 2024, the province it
// merged with, and the centre's name, each with and without its accents. The
// names are written here, not read from the code, so that a name the code still
// carries is found; the centre and its parent body are also read from
// content/site.yaml (staff may rename them).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseContentFile } from '../../src/loaders/check-folder.ts';

const DISTRICTS = [
  ['Biên Hòa', 'Biên Hoà', 'Bien Hoa'],
  ['Long Khánh', 'Long Khanh'],
  ['Trảng Bom', 'Trang Bom'],
  ['Thống Nhất', 'Thong Nhat'],
  ['Vĩnh Cửu', 'Vinh Cuu'],
  ['Định Quán', 'Dinh Quan'],
  ['Tân Phú', 'Tan Phu'],
  ['Xuân Lộc', 'Xuan Loc'],
  ['Cẩm Mỹ', 'Cam My'],
  ['Long Thành', 'Long Thanh'],
  ['Nhơn Trạch', 'Nhon Trach'],
].flat();

/** The centre's and its parent body's names as content/site.yaml gives them today. */
function ownNames(): string[] {
  const settings = parseContentFile('content/site.yaml').data as { organisation?: { name?: string; parent?: string } };
  return [settings.organisation?.name, settings.organisation?.parent].filter((n): n is string => !!n);
}

/** Đồng Nai's names, each as it must never be found (case-sensitive; the unaccented forms capitalised as names are). */
export function dongNaiNames(): string[] {
  return [
    ...new Set([
      'Đồng Nai',
      'Dong Nai',
      'Đồng nai',
      'dongnai',
      'DongNai',
      'dong-nai',
      'Bình Phước',
      'Binh Phuoc',
      '195/KH-UBND',
      ...DISTRICTS,
      // The centre's own name, as Đồng Nai writes it (the national texts' generic "Trung tâm Khuyến công
      // và Tư vấn phát triển công nghiệp", lower case, names the kind of centre every province has).
      'Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp',
      ...ownNames(),
    ]),
  ].map((n) => n.normalize('NFC'));
}

/** The built text files an outsider reads: pages, feeds, data, calendars, the editor's config, pictures drawn as SVG, scripts and styles. */
export const TEXT_FILES = /\.(html|xml|json|ics|csv|txt|yml|yaml|svg|js|css|md)$/;

/** Every file under `dir` whose name matches `pattern`, relative to `dir`. */
export function filesUnder(dir: string, pattern: RegExp, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const child = path.join(rel, name);
    return statSync(path.join(dir, child)).isDirectory() ? filesUnder(dir, pattern, child) : pattern.test(name) ? [child] : [];
  });
}

/** Each of `names` found in the text files under `dir`: "<name>" in <file> (…the words around it…). */
export function namesFound(dir: string, names: readonly string[], pattern = TEXT_FILES): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist`);
  const found: string[] = [];
  for (const file of filesUnder(dir, pattern)) {
    const text = readFileSync(path.join(dir, file), 'utf8').normalize('NFC');
    const lower = text.toLowerCase();
    for (const name of names) {
      // "dongnai", "dong-nai": any case (a host name, a package name); the others as written.
      const at = /^[a-z-]+$/.test(name) ? lower.indexOf(name) : text.indexOf(name);
      if (at >= 0) found.push(`"${name}" in ${file} (…${text.slice(Math.max(0, at - 40), at + name.length + 40).replace(/\s+/g, ' ')}…)`);
    }
  }
  return found;
}
