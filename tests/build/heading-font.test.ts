// Every heading of the built site is drawn with the heading font, never a
// fallback: each character of every h1–h4 (and of every element set in the
// heading font by its class: font-heading, doc-kind) on every built page is in
// the font file the pages load. A staff member's title with a character outside the font's
// repertoire (scripts/lib/heading-font.ts) fails here, naming the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, readPage, textOf } from '../support/dist.ts';

const pages = builtPages();
const home = readPage('/');
const fontUrl = /@font-face\s*{[^}]*?src:\s*url\(([^)]+)\)/.exec(home)?.[1]?.replace(/['"]/g, '');
const font = fontUrl ? (fontkit.create(readFileSync(path.join(DIST, fontUrl))) as fontkit.Font) : undefined;

/** The text of the page's headings: h1–h4 and elements of class font-heading or doc-kind. */
function headingsOf(html: string): string[] {
  return [...html.matchAll(/<(h[1-4])\b[^>]*>([\s\S]*?)<\/\1>|<(\w+)\b[^>]*class="[^"]*\b(?:font-heading|doc-kind)\b[^"]*"[^>]*>([\s\S]*?)<\/\3>/g)].map((m) => textOf(m[2] ?? m[4] ?? ''));
}

describe(`headings of the ${pages.length} built pages`, () => {
  test('the pages load one heading font, and every page the same', () => {
    expect(fontUrl).toMatch(/be-vietnam-pro-700-vi\./);
    const others = pages.filter((p) => !readPage(p).includes(`url(${fontUrl})`));
    expect(others).toEqual([]);
  });

  test('every character of every heading is in that font', () => {
    const lacking: string[] = [];
    let headings = 0;
    for (const url of pages) {
      for (const text of headingsOf(readPage(url))) {
        headings++;
        const chars = [...new Set(text)].filter((c) => c.trim() && !font!.hasGlyphForCodePoint(c.codePointAt(0)!));
        if (chars.length) lacking.push(`${url}: "${text}" (${chars.join(' ')})`);
      }
    }
    expect(headings).toBeGreaterThan(pages.length);
    expect(lacking).toEqual([]);
  });
});
