// The addresses that links in content are checked against (derived before the
// build from src/pages/ and content/, src/loaders/site-addresses.ts) are the
// pages and files the build makes: none missing, none extra. A new route, or a
// route whose pages are made differently, fails here rather than letting a link
// to it be refused, or a link to nothing pass.
import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';
import { addressBook } from '../../src/loaders/site-addresses.ts';
import { listDist } from '../support/dist.ts';

/** What the build makes that no route of src/pages/ does: the 404 page, the sitemap (an integration), generated folders, the web editor. */
const NOT_ROUTES = /^(404\.html|sitemap-[\w-]+\.xml|_astro\/.*|pagefind\/.*|og\/.*|admin\/.*)$/;
/** Files copied as they are from public/. */
const PUBLIC = new Set(readdirSync('public', { recursive: true }).map((f) => String(f).split('\\').join('/')));

test('the addresses derived from the routes and content are exactly the built pages and files', () => {
  const built = listDist()
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !NOT_ROUTES.test(f) && !PUBLIC.has(f))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
  const derived = addressBook('content', { asOf: buildDate(), drafts: false }).all();
  expect(derived.length).toBeGreaterThan(10);
  expect([...derived].sort()).toEqual([...built].sort());
});
