// Reading built pages after the build: the HTML files under dist/ and the
// metadata in their heads that the after-build steps need (the search index,
// the share cards, the sitemap's list).
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';

/**
 * Folders of a build that hold no page of the site: the web editor (/admin/,
 * src/integrations/editor.ts), which is not indexed, shared, listed or checked as a page.
 */
export const NOT_PAGES = ['admin'];

/** Every page (.html file) under `root`, as paths relative to it ("san-pham/x/index.html"); the folders of NOT_PAGES are left out. */
export function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return dir === root && NOT_PAGES.includes(e.name) ? [] : htmlFiles(root, full);
    return e.name.endsWith('.html') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** "san-pham/x/index.html" → "/san-pham/x/", "404.html" → "/404.html" */
export function urlOfFile(rel: string): string {
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** The attributes of an HTML start tag ("<meta a="b" c>"), names lower-cased, values decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.replace(/^<[\w-]+|\/?>$/g, '').matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The page's <head> (everything before "</head>"). */
export function headOf(html: string): string {
  const end = html.indexOf('</head>');
  return end < 0 ? html : html.slice(0, end);
}

/**
 * Reads a built page only as far as the end of its head (its metadata), not the
 * whole page. Synchronous: the after-build steps read 10,000 heads in a row, and an
 * asynchronous read costs three trips through libuv's thread pool per page.
 */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    let read = Buffer.alloc(0);
    const chunk = Buffer.alloc(32 * 1024);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      read = Buffer.concat([read, chunk.subarray(0, n)]);
      if (read.includes('</head>')) break;
    }
    return headOf(read.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** The attributes of every <meta> tag of a head, in order. */
export function metaTags(head: string): Record<string, string>[] {
  return [...head.matchAll(/<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)].map((m) => attributesOf(m[0]));
}

/**
 * The <meta> tag whose name or property is `key`, or undefined. Only the tags
 * that mention `key` are parsed (a head holds 20 KB of inlined CSS and a dozen
 * metas, and the after-build steps ask this of 10,000 pages).
 */
export function metaTag(head: string, key: string): Record<string, string> | undefined {
  for (let at = head.indexOf(key); at >= 0; at = head.indexOf(key, at + key.length)) {
    const start = head.lastIndexOf('<', at);
    if (!/^<meta\b/i.test(head.slice(start, start + 6))) continue;
    const tag = /^<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(head.slice(start))?.[0];
    if (!tag) continue;
    const attrs = attributesOf(tag);
    if (attrs['name'] === key || attrs['property'] === key) return attrs;
  }
  return undefined;
}

/** The page's own title (og:title, without the site's name), NFC; "" when it has none. */
export function ogTitleOf(html: string): string {
  return (metaTag(headOf(html), 'og:title')?.['content'] ?? '').normalize('NFC');
}

/** Whether the page asks search engines not to index it (<meta name="robots" content="noindex">). */
export function isNoindex(head: string): boolean {
  return /(^|[\s,])noindex([\s,]|$)/i.test(metaTag(head, 'robots')?.['content'] ?? '');
}
