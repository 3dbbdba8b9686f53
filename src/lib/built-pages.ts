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
export function htmlFiles(root: string): string[] {
  const found: string[] = [];
  // Relative names are built as the walk goes down (10,000 page folders: no path.relative for each).
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!(rel === '' && NOT_PAGES.includes(e.name))) walk(path.join(dir, e.name), `${rel}${e.name}/`);
      } else if (e.name.endsWith('.html')) found.push(`${rel}${e.name}`);
    }
  };
  walk(root, '');
  return found;
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

/** The buffer heads are read into, kept from page to page (it grows for a longer head). */
let scratch = Buffer.allocUnsafe(64 * 1024);
const HEAD_END = Buffer.from('</head>');
const RAW_TEXT = [
  { open: Buffer.from('<style'), close: Buffer.from('</style>') },
  { open: Buffer.from('<script'), close: Buffer.from('</script>') },
];

/**
 * The text of `bytes` without the contents of its <style> and <script> elements
 * (their tags are kept): a built head carries 20 KB of inlined CSS, which is not
 * metadata and need not be decoded. Cut at "<" and ">", never inside a character.
 */
function withoutRawText(bytes: Buffer): string {
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    let next: { start: number; close: Buffer } | undefined;
    for (const { open, close } of RAW_TEXT) {
      const start = bytes.indexOf(open, at);
      if (start >= 0 && (!next || start < next.start)) next = { start, close };
    }
    if (!next) break;
    const tagEnd = bytes.indexOf(0x3e /* > */, next.start);
    if (tagEnd < 0) break;
    parts.push(bytes.toString('utf8', at, tagEnd + 1));
    const closeAt = bytes.indexOf(next.close, tagEnd + 1);
    if (closeAt < 0) return parts.join(''); // the element runs past the head's end: nothing more of it
    at = closeAt;
  }
  parts.push(bytes.toString('utf8', at));
  return parts.join('');
}

/**
 * Reads a built page only as far as the end of its head (its metadata), not the
 * whole page, and returns the head without the contents of its <style> and
 * <script> elements. Synchronous: the after-build steps read 10,000 heads in a
 * row, and an asynchronous read costs three trips through libuv's thread pool per
 * page. Into one buffer kept between calls, decoding only what is not CSS or
 * script: 10,000 heads took 6 s read whole and decoded, in the build's own process.
 */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  let length = 0;
  let end = -1;
  try {
    for (;;) {
      if (length === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, length);
        scratch = bigger;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) break;
      const from = Math.max(0, length - HEAD_END.length + 1);
      length += n;
      end = scratch.subarray(0, length).indexOf(HEAD_END, from);
      if (end >= 0) break;
    }
  } finally {
    closeSync(fd);
  }
  return withoutRawText(scratch.subarray(0, end < 0 ? length : end));
}

/** A page's head from its bytes (as Astro renders it), without the contents of its <style> and <script> elements. */
export function headOfBytes(bytes: Buffer): string {
  const end = bytes.indexOf(HEAD_END);
  return withoutRawText(end < 0 ? bytes : bytes.subarray(0, end));
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
