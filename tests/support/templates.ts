// Built pages grouped by the template (route file in src/pages) that made them,
// and a few representative pages of each, for the checks too slow to run on
// every page (Chromium: axe, reflow). A new page of an existing template needs
// no test change; a new route file is picked up by itself; a built page that
// no route file explains fails loudly.
import { globSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtPages, DIST, readPage } from './dist.ts';

const PAGES_DIR = 'src/pages';

export interface Route {
  /** The page file, relative to src/pages ("san-pham/[slug].astro"). */
  file: string;
  /** Its URL pattern ("/san-pham/[slug]/"), the way Astro writes it with trailing slashes. */
  pattern: string;
  segments: string[];
  regex: RegExp;
}

/** "san-pham/[slug].astro" → "/san-pham/[slug]/"; "404.astro" → "/404.html" (build.format "directory"). */
export function routeOf(file: string): Route {
  const segments = file.replace(/\.(astro|mdx?|html)$/, '').split('/').filter((s, i, all) => !(s === 'index' && i === all.length - 1));
  const pattern = segments.length === 1 && /^(404|500)$/.test(segments[0]!) ? `/${segments[0]}.html` : `/${segments.map((s) => `${s}/`).join('')}`;
  const source = pattern
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('');
  return { file, pattern, segments, regex: new RegExp(`^${source.replace(/\/\.\*\//g, '/(?:.*/)?')}$`) };
}

/** The site's page routes: every page file under src/pages (endpoints and _-prefixed files make no HTML page). */
export function pageRoutes(dir = PAGES_DIR): Route[] {
  return globSync('**/*.{astro,md,mdx,html}', { cwd: dir })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => !f.split('/').some((part) => part.startsWith('_')))
    .sort()
    .map(routeOf);
}

/** How specific a segment is, as Astro ranks routes: static, then mixed ("tien-do-[year]"), then a parameter, then a rest parameter. */
const rank = (segment: string) => (!segment.includes('[') ? 3 : segment.startsWith('[...') ? 0 : /^\[[^\]]+\]$/.test(segment) ? 1 : 2);

/** Of the routes whose pattern matches a URL, the one Astro would use: the more static segments, earliest first. */
export function routeOfUrl(url: string, routes: readonly Route[]): Route | undefined {
  const matching = routes.filter((r) => r.regex.test(url));
  return matching.sort((a, b) => {
    for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
      const d = rank(b.segments[i] ?? '[...]') - rank(a.segments[i] ?? '[...]');
      if (d) return d;
    }
    return 0;
  })[0];
}

export interface Template {
  route: Route;
  /** Every built page of the template, in URL order. */
  pages: string[];
}

/** Built pages grouped by template. Throws, naming them, if some built page matches no page file. */
export function templatesOfBuiltPages(pages = builtPages(), routes = pageRoutes()): Template[] {
  const groups = new Map<Route, string[]>();
  const unexplained: string[] = [];
  for (const url of [...pages].sort()) {
    const route = routeOfUrl(url, routes);
    if (!route) unexplained.push(url);
    else groups.set(route, [...(groups.get(route) ?? []), url]);
  }
  if (unexplained.length)
    throw new Error(`Built pages that no page file in ${PAGES_DIR} explains (add their template, or stop building them): ${unexplained.join(', ')}`);
  return [...groups].map(([route, urls]) => ({ route, pages: urls }));
}

/** Whether a built page shows the "Nội dung minh họa" notice (an illustrative entry, or a list holding some). */
export const showsSampleNotice = (html: string) => /class="[^"]*\bnotice-sample\b/.test(html);

export interface Representative {
  url: string;
  template: string;
  /** Why it was picked: "only page", "first", "last", "longest", "illustrative", "not illustrative" (comma-separated). */
  why: string;
}

/**
 * A few pages of each template: the first and the last in URL order, the
 * longest (long names and tables are what break a narrow screen), and, where
 * the template holds both illustrative and sourced pages, one of each kind.
 */
export function representativePages(templates = templatesOfBuiltPages()): Representative[] {
  return templates.flatMap(({ route, pages }) => {
    const picked = new Map<string, string[]>();
    const pick = (url: string | undefined, why: string) => url && picked.set(url, [...(picked.get(url) ?? []), why]);
    if (pages.length === 1) pick(pages[0], 'only page');
    else {
      pick(pages[0], 'first');
      pick(pages.at(-1), 'last');
    }
    if (pages.length > 2) {
      const size = (url: string) => statSync(path.join(DIST, url.endsWith('/') ? `${url}index.html` : url)).size;
      pick(pages.reduce((a, b) => (size(b) > size(a) ? b : a)), 'longest');
    }
    // The first page of each kind, reading no further than needed (a template may have thousands of pages).
    const isSample = (url: string) => showsSampleNotice(readPage(url));
    const firstOfKind = new Map<boolean, string>();
    for (const url of pages) {
      const kind = isSample(url);
      if (!firstOfKind.has(kind)) firstOfKind.set(kind, url);
      if (firstOfKind.size === 2) break;
    }
    if (firstOfKind.size === 2) {
      const kinds = new Set([...picked.keys()].map(isSample));
      for (const [kind, why] of [[true, 'illustrative'], [false, 'not illustrative']] as const) if (!kinds.has(kind)) pick(firstOfKind.get(kind), why);
    }
    return [...picked].map(([url, why]) => ({ url, template: route.file, why: why.join(', ') }));
  });
}
