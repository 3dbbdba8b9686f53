// The words of one province that interface strings name (src/lib/i18n.ts fills
// "{province}", "{provinceName}", "{centre}", "{siteName}" with them), read from
// the content folder's site.yaml. A plain read, not the settings' checks: those
// run when the collection loads and stop the build on a mistake; this module
// imports nothing of the loaders, so the strings can be used anywhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir.ts';
import { parseYaml } from '../loaders/parse.ts';

export interface SiteWords {
  /** "tỉnh Đồng Nai": as written in a sentence (province.full). */
  province: string;
  /** "Đồng Nai": the name alone (province.name). */
  provinceName: string;
  /** The organisation that runs the site (organisation.name). */
  centre: string;
  /** The site's name (name). */
  siteName: string;
}

const cache = new Map<string, SiteWords>();

const str = (v: unknown) => (typeof v === 'string' ? v.trim().normalize('NFC') : '');
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** The words of the site in `dir` (default: the content folder this build reads). Missing words are empty. */
export function siteWords(dir: string = contentDir()): SiteWords {
  let words = cache.get(dir);
  if (words) return words;
  const file = ['site.yaml', 'site.yml'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  let data: Record<string, unknown> = {};
  try {
    data = file ? record(parseYaml(readFileSync(file, 'utf8'))) : {};
  } catch {
    // A mistake in the file: its collection stops the build and names it.
  }
  const province = record(data['province']);
  words = {
    province: str(province['full']),
    provinceName: str(province['name']),
    centre: str(record(data['organisation'])['name']),
    siteName: str(data['name']),
  };
  cache.set(dir, words);
  return words;
}
