// Pages kept out of search engines: the illustrative entries (`sample: true`), whose
// title and description a search engine would show without the page's "Nội dung minh
// họa" notice. BaseLayout marks such a page (robots noindex) as it renders it, and the
// sitemap leaves the marked pages out. Astro renders the pages in the build's own
// process, so the list lives on globalThis, shared by the copy of this module that the
// config loads and the copy bundled with the pages. Were the pages rendered elsewhere,
// the sitemap would list them again: tests/build/site.test.ts would say so.
const KEY = Symbol.for('kc:noindex');

function marked(): Set<string> {
  const g = globalThis as { [KEY]?: Set<string> };
  return (g[KEY] ??= new Set<string>());
}

/** Records that the page at `pathname` asks search engines not to index it. */
export function markNoindex(pathname: string): void {
  marked().add(pathname);
}

/** For @astrojs/sitemap's `filter`: false for the pages marked noindex. */
export function inSitemap(page: string): boolean {
  return !marked().has(new URL(page).pathname);
}
