// What the build needs of the content folder's site.yaml before its content is
// loaded: the words of one province that interface strings name (src/lib/i18n.ts
// fills "{province}", "{provinceName}", "{centre}", "{siteName}" with them), the
// public address (astro.config.mjs) and the look (colours, logo: the stylesheet,
// the share cards). A plain read, not the settings' checks: those run when the
// collection loads and stop the build on a mistake, naming the field; here a value
// of the wrong shape is left out. This module imports nothing of the loaders (whose
// import costs about half a second), so it can be used anywhere, early.
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

/** The site's address and look, as far as they are well formed. */
export interface SiteBasics {
  /** An http(s) address, or undefined. */
  address: string | undefined;
  theme: { logo: string | undefined; colours: Partial<Record<'brand' | 'brandDark' | 'brandSoft' | 'accent', string>> };
}

const cache = new Map<string, SiteWords>();
const basicsCache = new Map<string, SiteBasics>();
const files = new Map<string, Record<string, unknown>>();

const str = (v: unknown) => (typeof v === 'string' ? v.trim().normalize('NFC') : '');
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** The words of the site in `dir` (default: the content folder this build reads). Missing words are empty. */
/** site.yaml's data, read once per folder; {} when missing or not YAML (its collection names the mistake). */
function settingsData(dir: string): Record<string, unknown> {
  let data = files.get(dir);
  if (data) return data;
  const file = ['site.yaml', 'site.yml'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  try {
    data = file ? record(parseYaml(readFileSync(file, 'utf8'))) : {};
  } catch {
    data = {};
  }
  files.set(dir, data);
  return data;
}

/** The public address and the look of the site in `dir`, each only when well formed. */
export function siteBasics(dir: string = contentDir()): SiteBasics {
  let basics = basicsCache.get(dir);
  if (basics) return basics;
  const data = settingsData(dir);
  const address = str(data['address']);
  const theme = record(data['theme']);
  const logo = str(theme['logo']);
  const colours = Object.fromEntries(
    Object.entries(record(theme['colours'])).filter(([name, value]) => ['brand', 'brandDark', 'brandSoft', 'accent'].includes(name) && typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)),
  ) as SiteBasics['theme']['colours'];
  basics = {
    address: /^https?:\/\/[^\s/]+/.test(address) && URL.canParse(address) ? address : undefined,
    theme: { logo: /^[\w./-]+\.svg$/.test(logo) ? logo : undefined, colours },
  };
  basicsCache.set(dir, basics);
  return basics;
}

export function siteWords(dir: string = contentDir()): SiteWords {
  let words = cache.get(dir);
  if (words) return words;
  const data = settingsData(dir);
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
