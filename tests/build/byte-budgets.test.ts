// Byte budgets (deterministic) for the first view of key pages on a phone:
// the HTML, the CSS it links, the fonts its CSS declares and its scripts,
// all gzip-compressed as a server would send them (fonts are already compressed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, readPage } from '../support/dist.ts';

const KB = 1024;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const asset = (url: string) => readFileSync(path.join(DIST, url.split('?')[0]!));

function firstView(urlPath: string) {
  const html = readPage(urlPath);
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const css = [html.match(/<style[^>]*>([\s\S]*?)<\/style>/g)?.join('') ?? '', ...cssFiles.map((f) => asset(f).toString())].join('');
  // Each @font-face's first (woff2) source: the font a current browser fetches.
  const fonts = [...css.matchAll(/@font-face\s*{[^}]*?src:\s*url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/['"]/g, ''));
  const scriptFiles = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const js = gz([...scriptFiles.map((f) => asset(f).toString()), ...inlineScripts].join('\n'));
  const bytes = {
    html: gz(html),
    css: cssFiles.reduce((sum, f) => sum + gz(asset(f)), 0),
    fonts: fonts.reduce((sum, f) => sum + asset(f).length, 0),
    js: scriptFiles.length + inlineScripts.length ? js : 0,
  };
  return { ...bytes, total: bytes.html + bytes.css + bytes.fonts + bytes.js, fontCount: fonts.length };
}

describe.each(['/', '/ke-hoach/2024/', '/truyen-hinh/'])('first view of %s', (page) => {
  const v = firstView(page);
  test(`at most 60 KB gzip in all (is ${(v.total / KB).toFixed(1)} KB)`, () => {
    expect(v.total).toBeLessThanOrEqual(60 * KB);
  });
  test(`JavaScript at most 2 KB gzip (is ${(v.js / KB).toFixed(1)} KB)`, () => {
    expect(v.js).toBeLessThanOrEqual(2 * KB);
  });
  test('fonts: one weight of Be Vietnam Pro, latin and vietnamese subsets only', () => {
    expect(v.fontCount).toBe(2);
  });
});
