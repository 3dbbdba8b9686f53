// Nothing from a content file runs in a reader's browser: in every built page,
// no event attribute, no embedded frame or object, no address that a browser
// would run or open locally, and scripts only of the site's own two kinds
// (structured data, and the module scripts of search and the catalogue filter,
// never on a page made from a content file's text).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bulletins, plans, products } from '../support/published.ts';
import { DIST, listDist } from '../support/dist.ts';
import { NOT_PAGES } from '../../src/lib/built-pages.ts';

// The web editor (/admin/) is no page of the site and runs no content: tests/build/editor.test.ts checks its page.
const pages = listDist().filter((f) => f.endsWith('.html') && !NOT_PAGES.some((d) => f.startsWith(`${d}${path.sep}`)));
const urlOf = (file: string) => `/${file.split(path.sep).join('/').replace(/index\.html$/, '')}`;
/** Pages whose main text comes from a content file (bulletins, products, plans). */
const textPages = new Set([...bulletins(), ...products(), ...plans()].map((e) => e.page));

test('there are pages made from content files among the built pages', () => {
  expect(pages.map(urlOf).filter((p) => textPages.has(p)).length).toBe(textPages.size);
});

test.each(pages)('%s', (file) => {
  const html = readFileSync(path.join(DIST, file), 'utf8');
  expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi), 'event attributes').toBeNull();
  // The one http-equiv the site writes is its own Content-Security-Policy (astro.config.mjs); a refresh or anything else is not.
  expect(html.match(/<(iframe|frame|object|embed|applet|base|portal)\b[^>]*>|<meta(?![^>]*http-equiv="content-security-policy")[^>]+http-equiv[^>]*>/gi), 'frames, objects, refresh').toBeNull();
  const addresses = [...html.matchAll(/\s(?:href|src|action|formaction|poster|data)="\s*([^"]*)"/gi)].map((m) => m[1]!);
  expect(addresses.filter((a) => /^[a-z][a-z0-9+.-]*:/i.test(a) && !/^(https?|mailto|tel|webcal):/i.test(a)), 'addresses with another scheme (the calendar pages offer webcal: themselves)').toEqual([]);
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!.trim());
  // The site's own scripts are bundled files under /_astro/ (never inlined: see astro.config.mjs).
  const own = (a: string) => /^type="module" src="\/_astro\/[^"]+\.js"$/.test(a);
  expect(scripts.filter((a) => a !== 'type="application/ld+json"' && !own(a)), 'scripts of another kind').toEqual([]);
  if (textPages.has(urlOf(file))) expect(scripts.filter(own), 'scripts on a page made from a content file').toEqual([]);
});
