// Byte budgets (deterministic) for the first view of every template on a phone:
// the HTML (with its inlined CSS), the CSS it links, the fonts its CSS declares
// and its scripts, all gzip-compressed as a server would send them (fonts are
// already compressed). Pictures are counted in Chromium (tests/browser/first-view.test.ts).
// Checked on the representative pages of each template (tests/support/templates.ts:
// the first, the last, the longest, one illustrative and one sourced), so a new
// template is measured without a change here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, readPage } from '../support/dist.ts';
import { representativePages } from '../support/templates.ts';

const KB = 1024;
/** The whole first view of a template, without its pictures. */
const BUDGET = 40 * KB;
const JS_BUDGET = 2 * KB;
/**
 * The printable brochure (/san-pham/in/ and its volumes) holds every product of
 * the catalogue, each with its QR code, by design: it grows with the catalogue.
 * Its fixed part (cover, contents, back page, styles, font) keeps the 40 KB
 * budget; each product's block adds at most this much, on average.
 */
const BROCHURE_ITEM_BUDGET = 1 * KB;
const BROCHURE_ITEM = /<article class="brochure-item[\s\S]*?<\/article>/g;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const asset = (url: string) => readFileSync(path.join(DIST, url.split('?')[0]!));

function firstView(urlPath: string) {
  const html = readPage(urlPath);
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const css = [html.match(/<style[^>]*>([\s\S]*?)<\/style>/g)?.join('') ?? '', ...cssFiles.map((f) => asset(f).toString())].join('');
  // Each @font-face's first (woff2) source: the font a current browser fetches.
  const fonts = [...css.matchAll(/@font-face\s*{[^}]*?src:\s*url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/['"]/g, ''));
  const preloads = [...html.matchAll(/<link[^>]+rel="preload"[^>]+href="([^"]+)"[^>]*as="font"/g)].map((m) => m[1]!);
  const scriptFiles = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const js = gz([...scriptFiles.map((f) => asset(f).toString()), ...inlineScripts].join('\n'));
  const bytes = {
    html: gz(html),
    css: cssFiles.reduce((sum, f) => sum + gz(asset(f)), 0),
    fonts: fonts.reduce((sum, f) => sum + asset(f).length, 0),
    js: scriptFiles.length + inlineScripts.length ? js : 0,
  };
  // The brochure's product blocks, counted apart: what they add to the compressed page.
  const items = html.match(BROCHURE_ITEM)?.length ?? 0;
  const itemBytes = items ? bytes.html - gz(html.replace(BROCHURE_ITEM, '')) : 0;
  const total = bytes.html + bytes.css + bytes.fonts + bytes.js;
  return { ...bytes, total, fixed: total - itemBytes, items, itemBytes, fontFiles: new Set(fonts), preloads };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe.each(representativePages().map((p) => ({ ...p, v: firstView(p.url) })))('first view of $template ($url, $why)', ({ v }) => {
  if (!v.items)
    test(`at most 40 KB gzip in all (is ${kb(v.total)}: HTML and CSS ${kb(v.html + v.css)}, fonts ${kb(v.fonts)}, JavaScript ${kb(v.js)})`, () => {
      expect(v.total).toBeLessThanOrEqual(BUDGET);
    });
  else {
    test(`the brochure without its ${v.items} product blocks at most 40 KB gzip (is ${kb(v.fixed)}; ${kb(v.total)} in all)`, () => {
      expect(v.fixed).toBeLessThanOrEqual(BUDGET);
    });
    test(`a product block of the brochure at most 1 KB gzip on average (is ${kb(v.itemBytes / v.items)})`, () => {
      expect(v.itemBytes / v.items).toBeLessThanOrEqual(BROCHURE_ITEM_BUDGET);
    });
  }
  test(`JavaScript at most 2 KB gzip (is ${kb(v.js)})`, () => {
    expect(v.js).toBeLessThanOrEqual(JS_BUDGET);
  });
  test('one font file, the heading font cut for Vietnamese, preloaded at the address the CSS asks for', () => {
    expect([...v.fontFiles]).toHaveLength(1);
    const [font] = v.fontFiles;
    expect(font).toMatch(/\/be-vietnam-pro-700-vi\.[\w-]+\.woff2$/);
    // A preload of another address than the CSS's would be fetched twice.
    expect(v.preloads).toEqual([font]);
  });
});
