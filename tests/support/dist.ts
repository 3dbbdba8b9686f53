// Reading the built site in dist/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles, urlOfFile } from '../../src/lib/built-pages.ts';
import { textOfHtml } from '../../src/search/fold.ts';

export const DIST = path.resolve('dist');

/** The HTML of a built page, by its URL path ("/ke-hoach/2024/"). */
export function readPage(urlPath: string): string {
  const file = path.join(DIST, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return readFileSync(file, 'utf8');
}

/** Every file under dist/, as paths relative to it. */
export function listDist(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listDist(full) : [path.relative(DIST, full)];
  });
}

/** URL path of every built HTML page ("/", "/san-pham/x/", "/404.html"). */
export function builtPages(): string[] {
  return htmlFiles(DIST).map(urlOfFile);
}

/** Whether a built page asks search engines not to index it. */
export const isNoindex = (html: string) => /<meta name="robots" content="noindex"/.test(html);

/** URL paths listed in the built sitemap(s). */
export function sitemapPaths(): string[] {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) => {
    const xml = readFileSync(path.join(DIST, map), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
}

/** Visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return textOfHtml(html).normalize('NFC');
}

export const exists = (rel: string) => existsSync(path.join(DIST, rel));

/** The page's JSON-LD: how many scripts carry it (one, from the layout) and every node of their graphs. */
export function jsonLdOf(html: string): { scripts: number; nodes: Record<string, any>[] } {
  const docs = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  return { scripts: docs.length, nodes: docs.flatMap((d) => d['@graph'] ?? [d]) };
}

/** A list's pages: its first ("/san-pham/"), then <base>trang/2/, trang/3/, … as long as they were built. */
export function listPages(base: string): string[] {
  const pages = [base];
  while (exists(`${base.slice(1)}trang/${pages.length + 1}/index.html`)) pages.push(`${base}trang/${pages.length + 1}/`);
  return pages;
}
