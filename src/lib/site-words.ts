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
import { COLOUR_NAMES, COLOUR_VALUE, LOGO_FILE, type ColourName } from './theme-values.ts';

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
  theme: { logo: string | undefined; colours: Partial<Record<ColourName, string>> };
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim().normalize('NFC') : '');
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** What is read of each folder's site.yaml, once. */
const read = new Map<string, { words: SiteWords; basics: SiteBasics }>();

/** site.yaml of `dir`, read once: its words and its basics. A missing or broken file gives empty values (its collection names the mistake). */
function settingsOf(dir: string): { words: SiteWords; basics: SiteBasics } {
  const known = read.get(dir);
  if (known) return known;
  const file = ['site.yaml', 'site.yml'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  let data: Record<string, unknown> = {};
  try {
    data = file ? record(parseYaml(readFileSync(file, 'utf8'))) : {};
  } catch {
    // left empty
  }
  const province = record(data['province']);
  const theme = record(data['theme']);
  const address = str(data['address']);
  const logo = str(theme['logo']);
  const colours = record(theme['colours']);
  const settings = {
    words: {
      province: str(province['full']),
      provinceName: str(province['name']),
      centre: str(record(data['organisation'])['name']),
      siteName: str(data['name']),
    },
    basics: {
      address: /^https?:\/\/[^\s/]+/.test(address) && URL.canParse(address) ? address : undefined,
      theme: {
        logo: LOGO_FILE.test(logo) ? logo : undefined,
        colours: Object.fromEntries(COLOUR_NAMES.flatMap((name) => (typeof colours[name] === 'string' && COLOUR_VALUE.test(colours[name]) ? [[name, colours[name]]] : []))),
      },
    },
  };
  read.set(dir, settings);
  return settings;
}

/** The words of the site in `dir` (default: the content folder this build reads). Missing words are empty. */
export const siteWords = (dir: string = contentDir()): SiteWords => settingsOf(dir).words;

/** The public address and the look of the site in `dir`, each only when well formed. */
export const siteBasics = (dir: string = contentDir()): SiteBasics => settingsOf(dir).basics;
