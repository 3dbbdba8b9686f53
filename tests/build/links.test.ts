// No broken internal link, asset or anchor anywhere in dist/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DIST, listDist } from '../support/dist.ts';
import { resolveFile } from '../../scripts/lib/static-server.ts';

const pages = listDist().filter((f) => f.endsWith('.html'));

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Page path of an HTML file, as a browser would see it ("ke-hoach/index.html" → "/ke-hoach/"). */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

test('there are pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(4);
});

test.each(pages)('%s: every internal link, asset and anchor resolves', (file) => {
  const html = readFileSync(path.join(DIST, file), 'utf8');
  const base = new URL(urlOf(file), 'http://site.test');
  const refs = [...html.matchAll(/\s(?:href|src|srcset|poster)="([^"]+)"/g)].flatMap((m) =>
    m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!),
  );
  const cssUrls = [...html.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/['"]/g, ''));
  const broken: string[] = [];
  for (const ref of [...refs, ...cssUrls]) {
    if (/^(mailto:|tel:|data:)/.test(ref)) continue;
    const url = new URL(ref.replace(/&amp;/g, '&'), base);
    if (url.origin !== base.origin) continue; // external links are not fetched here
    const target = resolveFile(DIST, url.pathname);
    if (!target) {
      broken.push(`${ref} (no file)`);
      continue;
    }
    if (url.hash && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(readFileSync(target, 'utf8')).has(id)) broken.push(`${ref} (no id "${id}")`);
    }
  }
  expect(broken).toEqual([]);
});
