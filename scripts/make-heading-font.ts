// Writes the heading font (scripts/lib/heading-font.ts says what it holds and why):
// Be Vietnam Pro 700 cut to the Vietnamese repertoire, as one WOFF2 file.
// Run after changing the repertoire or the font package, then commit the file:
//   npm run fonts:heading
import { writeFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { HEADING_FONT_FILE, HEADING_REPERTOIRE, headingFontSource, makeHeadingFont } from './lib/heading-font.ts';

const source = headingFontSource();
const whole = fontkit.create(source) as fontkit.Font;
const missing = [...new Set(HEADING_REPERTOIRE)].filter((c) => !whole.hasGlyphForCodePoint(c.codePointAt(0)!));
if (missing.length) throw new Error(`The typeface has no glyph for: ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}`);
const font = await makeHeadingFont(source);
writeFileSync(HEADING_FONT_FILE, font);
console.log(`${HEADING_FONT_FILE}: ${[...new Set(HEADING_REPERTOIRE)].length} characters, ${font.length} bytes`);
