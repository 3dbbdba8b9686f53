// The heading font (scripts/lib/heading-font.ts): one WOFF2 file cut from Be
// Vietnam Pro 700 to a fixed Vietnamese repertoire. Read here with fontkit, not
// with the harfbuzz subsetter that made it. The repertoire must hold every
// Vietnamese letter with every tone (built here from vowels and tone marks, not
// copied from the repertoire), the file exactly the repertoire, each character
// drawn with a visible glyph; and what headings show today (the interface
// strings, the content's titles) must be in it.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { HEADING_FONT_FILE, HEADING_REPERTOIRE, headingFontSource } from '../../scripts/lib/heading-font.ts';
import { contentCollections, type CollectionName } from '../../src/loaders/collections.ts';
import { readCollection } from '../../src/loaders/check-folder.ts';
import { ui } from '../../src/lib/i18n.ts';

const font = fontkit.create(readFileSync(HEADING_FONT_FILE)) as fontkit.Font;
/** The characters a font maps to a glyph (its character map also lists U+FFFF, the end of its last range, mapped to none). */
const charactersOf = (f: fontkit.Font) => new Set(f.characterSet.filter((c) => f.glyphForCodePoint(c).id !== 0));
const inFont = charactersOf(font);
/** The whole typeface the file is cut from. */
const inTypeface = charactersOf(fontkit.create(headingFontSource()) as fontkit.Font);
const repertoire = new Set([...HEADING_REPERTOIRE].map((c) => c.codePointAt(0)!));
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
/** The characters of `text` the font lacks, each once, named with its code point ("ñ U+00F1"). */
const missing = (text: string) => [...new Set(text.normalize('NFC'))].filter((c) => !inFont.has(c.codePointAt(0)!) && !/[\n\r\t]/.test(c)).map((c) => `${c} ${hex(c)}`);

// The 12 vowels of Vietnamese and its 5 tone marks (and no mark: ngang).
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = { ngang: '', huyền: '\u0300', sắc: '\u0301', hỏi: '\u0309', ngã: '\u0303', nặng: '\u0323' };
const CONSONANTS = [...'bcdđghklmnpqrstvx', ...'fjwz'];
const letters = VOWELS.flatMap((v) => Object.values(TONES).map((tone) => (v + tone).normalize('NFC'))).flatMap((l) => [l, l.toUpperCase()]);

describe('the repertoire', () => {
  test(`holds every Vietnamese vowel with every tone, in both cases (${letters.length} letters), each one precomposed character`, () => {
    expect(letters).toHaveLength(12 * 6 * 2);
    expect(letters.filter((l) => [...l].length !== 1), 'letters with no precomposed form').toEqual([]);
    expect(letters.filter((l) => !repertoire.has(l.codePointAt(0)!))).toEqual([]);
  });

  test('holds every consonant (đ and Đ too), every digit, the đồng sign and the punctuation of Vietnamese text', () => {
    const others = [...CONSONANTS, ...CONSONANTS.map((c) => c.toUpperCase()), ...'0123456789', '₫', ...' .,;:!?…–—-‘’“”"\'()[]/%&+=*#@', '\u00a0'];
    expect(others.filter((c) => !repertoire.has(c.codePointAt(0)!))).toEqual([]);
  });

  test('holds the combining tone marks, for text typed decomposed', () => {
    expect(Object.values(TONES).filter(Boolean).filter((m) => !repertoire.has(m.codePointAt(0)!))).toEqual([]);
  });

  test('a letter outside it (ñ, ß) is not in the font: the font is cut, not whole', () => {
    expect(missing('ñß')).toEqual(['ñ U+00F1', 'ß U+00DF']);
  });
});

describe(`the committed font (${HEADING_FONT_FILE})`, () => {
  test('holds exactly the repertoire (after a change of the repertoire: npm run fonts:heading)', () => {
    const extra = [...inFont].filter((c) => !repertoire.has(c)).map((c) => hex(String.fromCodePoint(c)));
    const absent = [...repertoire].filter((c) => !inFont.has(c)).map((c) => hex(String.fromCodePoint(c)));
    expect({ extra, absent }).toEqual({ extra: [], absent: [] });
  });

  test('draws every letter, digit and sign of the repertoire with a visible glyph (not the empty .notdef)', () => {
    const visible = [...HEADING_REPERTOIRE].filter((c) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(c));
    expect(visible.length).toBeGreaterThan(250);
    const blank = visible.filter((c) => {
      const glyph = font.glyphForCodePoint(c.codePointAt(0)!);
      return glyph.id === 0 || glyph.path.commands.length === 0;
    });
    expect(blank.map((c) => `${c} ${hex(c)}`)).toEqual([]);
  });

  test('is the bold weight of Be Vietnam Pro, with kerning and mark positioning kept', () => {
    expect(font.familyName).toBe('Be Vietnam Pro');
    expect(font['OS/2'].usWeightClass).toBe(700);
    expect(font.availableFeatures).toEqual(expect.arrayContaining(['kern', 'mark', 'mkmk']));
  });

  test('tone marks typed decomposed are moved over their vowel by the font (mark positioning), not left after it', () => {
    // "ệ" as e + circumflex + dot below: the marks take no width and are shifted back over the e.
    const run = font.layout('e\u0302\u0323');
    expect(run.advanceWidth).toBe(font.layout('e').advanceWidth);
    expect(run.positions.slice(1).map((p) => p.xOffset < 0)).toEqual([true, true]);
  });
});

describe('what headings show today is in the font', () => {
  test('every character of the interface strings (src/lib/i18n.ts) that the typeface has', () => {
    // Two instructions (body text, in the system font) show an arrow, which the typeface has not:
    // no cut of it could hold one. Headings are checked as built in tests/build/heading-font.test.ts.
    expect(missing(Object.values(ui).join('')).filter((c) => inTypeface.has(c.codePointAt(0)!))).toEqual([]);
  });

  test('every title and name in the content folder, and every heading of a Markdown body', () => {
    const texts: string[] = [];
    const collect = (value: unknown, key = ''): void => {
      if (typeof value === 'string' && /^(title|name|kind)$/.test(key)) texts.push(value);
      else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    for (const name of Object.keys(contentCollections('content')) as CollectionName[]) {
      const { entries, failures } = readCollection('content', name);
      expect(failures.map((f) => f.message)).toEqual([]);
      for (const entry of entries) {
        collect(entry.data);
        for (const m of (entry.body ?? '').matchAll(/^#{1,6}[ \t]+(.+)$/gm)) texts.push(m[1]!);
      }
    }
    expect(texts.length).toBeGreaterThan(50);
    expect(missing(texts.join(''))).toEqual([]);
  });
});
