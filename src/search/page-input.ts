// What Pagefind is given of a built page: its language, its title and the
// element marked `data-pagefind-body`, with its đ-words folded (fold.ts), in a
// lean form: no styles, scripts, picture sources, regions ignored entirely, and
// only the attributes Pagefind reads. Parsing is most of Pagefind's work, and a
// product page's body is 11 KB as built but about 3 KB as Pagefind needs it.
import { indexedElement, withFoldedMeta } from './fold.ts';

/** The HTML without its <style> and <script> elements: Pagefind skips them, but parsing 20 KB of inlined CSS per page is most of its work. */
export function withoutStylesAndScripts(html: string): string {
  return html.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');
}

/**
 * The element that starts at `start` (an opening tag), with its content and
 * closing tag: [start, end) of the whole element. Elements of the same name
 * nested inside it are counted.
 */
export function elementEnd(html: string, start: number): number {
  const tag = /^<([a-z][\w-]*)/i.exec(html.slice(start, start + 40))?.[1]?.toLowerCase();
  if (!tag) return start;
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** The HTML without the elements marked `data-pagefind-ignore="all"` (nothing in them, not even metadata, is for the index). */
export function withoutIgnoredAll(html: string): string {
  const re = /<[a-z][\w-]*\b[^>]*\sdata-pagefind-ignore="all"[^>]*>/gi;
  let out = '';
  let from = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index < from) continue;
    out += html.slice(from, m.index);
    from = elementEnd(html, m.index);
    re.lastIndex = from;
  }
  return out + html.slice(from);
}

/**
 * What Pagefind reads of a page: its language, its title and the element marked
 * `data-pagefind-body` (every filter, sort and metadata attribute is inside it),
 * without styles and scripts; the header, the footer and the head's 20 KB of
 * inlined CSS would only be parsed to be skipped. Null when the page has no such element.
 */
export function indexedPart(html: string): string | null {
  const open = indexedElement(html);
  if (!open) return null;
  const close = html.indexOf(`</${open.tag}>`, open.end);
  const body = html.slice(open.start, close === -1 ? undefined : close + open.tag.length + 3);
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'vi';
  const title = /<title>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${withoutStylesAndScripts(body)}</body></html>`;
}

/**
 * A space before each closing tag of a block element: the HTML is minified,
 * and Pagefind would otherwise glue "Ngày phát hành</dt><dd>05/3/2025" into
 * one word in excerpts and in the index.
 */
export function spaceBlocks(html: string): string {
  return html.replace(/<\/(p|li|dt|dd|h[1-6]|td|th|div|figcaption|caption|blockquote)>/gi, ' </$1>');
}

/** Attributes Pagefind reads: its own, ids (sub-results), the language, and an image's address and text (the result's picture). */
const KEPT_ATTRIBUTE = /^(data-pagefind-[\w-]+|id|lang|src|alt)$/i;
const TAG = /<([a-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * The page as Pagefind needs it: <source> elements (a picture's other formats)
 * dropped, and in every tag only the attributes it reads (no classes, srcsets,
 * links or ARIA). Pagefind's index and excerpts are the same; it parses less.
 */
export function leanHtml(html: string): string {
  return html.replace(/<source\b[^>]*>/gi, '').replace(TAG, (whole, name: string, attrs: string, slash: string) => {
    if (!attrs) return whole;
    let kept = '';
    for (const m of attrs.matchAll(ATTRIBUTE)) if (KEPT_ATTRIBUTE.test(m[1]!)) kept += ` ${m[0]}`;
    return `<${name}${kept}${slash}>`;
  });
}

/** The page's sort key for Pagefind (`data-pagefind-sort="date:…"`), or undefined. */
export function sortKeyOf(html: string): string | undefined {
  return /\sdata-pagefind-sort="date:([^"]*)"/.exec(html)?.[1];
}

/**
 * The parts of a built page (its bytes) that the index reads, decoded: the <html>
 * tag, the <title>, the og:title meta and everything from the indexed element on.
 * The rest (20 KB of inlined CSS, the header) stays undecoded: decoding every
 * page whole was half of the index job's reading time.
 */
export function slimPage(bytes: Buffer): string {
  const part = (from: number, to: number) => (from >= 0 && to > from ? bytes.toString('utf8', from, to) : '');
  const htmlTag = bytes.indexOf('<html');
  const htmlEnd = htmlTag >= 0 ? bytes.indexOf('>', htmlTag) + 1 : -1;
  const title = bytes.indexOf('<title>');
  const titleEnd = title >= 0 ? bytes.indexOf('</title>', title) + 8 : -1;
  const og = bytes.indexOf('property="og:title"');
  const ogTag = og >= 0 ? bytes.lastIndexOf('<meta', og) : -1;
  const ogEnd = ogTag >= 0 ? bytes.indexOf('>', og) + 1 : -1;
  const bodyAttr = bytes.indexOf(' data-pagefind-body');
  const body = bodyAttr >= 0 ? bytes.lastIndexOf('<', bodyAttr) : -1;
  return `${part(htmlTag, htmlEnd)}<head>${part(title, titleEnd)}${part(ogTag, ogEnd)}</head>${body >= 0 ? bytes.toString('utf8', body) : ''}`;
}

/** One page as the index job hands it to Pagefind. */
export interface IndexInput {
  url: string;
  content: string;
  /** Its date sort key, to add the pages in that order (see build-index.ts). */
  sortKey: string | undefined;
}

/**
 * A built page ready for Pagefind, or null when it is not indexed: the indexed
 * element with the page's folded đ-words and title (`title`, its og:title), in lean form.
 */
export function indexInput(url: string, html: string, title: string): IndexInput | null {
  const part = indexedPart(html);
  if (!part) return null;
  const content = spaceBlocks(leanHtml(withFoldedMeta(withoutIgnoredAll(part), title)));
  return { url, content, sortKey: sortKeyOf(part) };
}

/**
 * The order pages are added in: by date sort key (pages without one last), then
 * by address. Pagefind numbers pages in the order they arrive; a fixed order makes
 * the index the same for the same pages, and this one stores the date order as
 * 0, 1, 2… (which compresses) instead of a shuffle.
 */
export function indexOrder(a: IndexInput, b: IndexInput): number {
  if (a.sortKey !== b.sortKey) {
    if (a.sortKey === undefined) return 1;
    if (b.sortKey === undefined) return -1;
    return a.sortKey < b.sortKey ? -1 : 1;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
