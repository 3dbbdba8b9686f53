// The heading font: Be Vietnam Pro 700 cut down to the characters Vietnamese
// text needs, in one WOFF2 file that every page preloads. Cut from a fixed,
// complete repertoire (not from the site's current text), so that a title a
// staff member writes tomorrow is drawn with the same font: every Vietnamese
// letter with every tone, in both cases, precomposed (the site's text is NFC)
// and as combining marks, đ/Đ, digits, punctuation, ₫ and a few common symbols.
// Made by `npm run fonts:heading` (scripts/make-heading-font.ts) and committed;
// tests/unit/heading-font.test.ts checks the file against this repertoire and
// tests/build/heading-font.test.ts every heading of the built site against the file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/** The committed font file, from the project's root (global.css and BaseLayout.astro use it). */
export const HEADING_FONT_FILE = 'src/styles/fonts/be-vietnam-pro-700-vi.woff2';

/**
 * The whole font (every character the typeface has) it is cut from: the same
 * release (1.002) as the files of @fontsource/be-vietnam-pro, which ships only
 * per-script pieces (latin, vietnamese, latin-ext) that cannot be merged back.
 */
export const HEADING_FONT_SOURCE = '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf';

const range = (from: number, to: number) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/**
 * Every character the heading font holds. Only characters the typeface has
 * (make-heading-font.ts refuses any other), so that the file holds exactly this.
 */
export const HEADING_REPERTOIRE = [
  // Basic Latin: letters, digits, punctuation, space.
  range(0x20, 0x7e),
  // No-break space, soft hyphen and common symbols: ¢ £ ¥ § © « ® ° ± ² ³ µ ¶ · ¹ » ¼ ½ ¾ × ÷
  '\u00a0\u00ad¢£¥§©«®°±²³µ¶·¹»¼½¾×÷',
  // Vietnamese vowels of Latin-1: à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals.
  'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý',
  // ă đ ĩ ũ ơ ư and their capitals.
  'ĂăĐđĨĩŨũƠơƯư',
  // Latin Extended Additional: Ạ ạ … Ỹ ỹ, every vowel with a tone not found above.
  range(0x1ea0, 0x1ef9),
  // Combining marks, for text typed decomposed: grave, acute, circumflex, tilde, breve, hook above, horn, dot below.
  '\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323',
  // Dashes, quotes, bullet, ellipsis, per mille, angle quotes, minus, đồng sign, euro, trade mark, comparisons.
  '–—‘’‚“”„†•…‰‹›−₫€™≈≠≤≥',
].join('');

/** OpenType features kept: kerning, mark positioning (tones over letters), composition, Vietnamese forms, ligatures. */
export const HEADING_FONT_FEATURES = ['kern', 'mark', 'mkmk', 'ccmp', 'locl', 'liga'];

/** The whole typeface's file (TrueType), from node_modules. */
export function headingFontSource(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve(HEADING_FONT_SOURCE));
}

/**
 * The heading font cut to `repertoire`, as WOFF2, without hinting: headings are
 * large (17 px and up), where hinting changes little and cost 13 KB here.
 */
export function makeHeadingFont(source: Buffer, repertoire: string = HEADING_REPERTOIRE): Promise<Buffer> {
  return subsetFont(source, repertoire, { targetFormat: 'woff2', noHinting: true, keepFeatures: HEADING_FONT_FEATURES });
}
