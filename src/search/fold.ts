// Search in Vietnamese without diacritics: Pagefind strips combining marks at
// index and query time (gốm ~ gom) but treats đ as a letter of its own, so
// "dong nai" would not find "Đồng Nai", and no Pagefind option changes that.
// At index time each page gets two extra metadata fields holding its đ-words
// folded to d; the search page weights them through `ranking.metaWeights`.
import { foldVietnamese } from '../lib/slug.ts';

/** Metadata field names added to every indexed page. */
export const FOLD_META = 'fold';
export const FOLDED_TITLE_META = 'ftitle';

/**
 * Ranking weights of metadata matches (Pagefind's `ranking.metaWeights`):
 * the folded title counts as much as the title, a producer's name and a
 * product's district a little less, the page's folded đ-words least (they
 * come from the whole text).
 */
export const SEARCH_META_WEIGHTS = { title: 5, [FOLDED_TITLE_META]: 5, producer: 3, place: 3, [FOLD_META]: 1.5 };

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of `text` that contain đ/Đ, folded to plain lowercase ASCII, once each, in order. */
export function dWords(text: string): string[] {
  const seen = new Set<string>();
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    if (/[đĐ]/u.test(word)) seen.add(foldVietnamese(word).toLowerCase());
  }
  return [...seen];
}

/** "Đồng Nai" → "dong nai": the whole title folded, for a title that matches unaccented queries. */
export function foldedTitle(title: string): string {
  return (foldVietnamese(title.normalize('NFC')).toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Visible text of an HTML fragment (tags, scripts, styles and ignored regions dropped). */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML without its <style> and <script> elements: Pagefind skips them, but parsing 20 KB of inlined CSS per page is most of its work. */
export function withoutStylesAndScripts(html: string): string {
  return html.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');
}

/**
 * What Pagefind reads of a page: its language, its title and the element marked
 * `data-pagefind-body` (every filter, sort and metadata attribute is inside it),
 * without styles and scripts; the header, the footer and the head's 20 KB of
 * inlined CSS would only be parsed to be skipped. Null when the page has no such element.
 */
export function indexedPart(html: string): string | null {
  const open = /<([a-z]+)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!open) return null;
  const end = html.indexOf(`</${open[1]}>`, open.index + open[0].length);
  const body = html.slice(open.index, end === -1 ? undefined : end + open[1]!.length + 3);
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

/**
 * The page's HTML as Pagefind should index it: right after the opening tag
 * of the `data-pagefind-body` element, attribute-valued metas with the page's
 * đ-words folded (`fold`) and its folded title (`ftitle`). Attribute values
 * do not leak into excerpts. Pages without an indexed region come back as they are.
 */
export function withFoldedMeta(html: string, title: string): string {
  const open = /<([a-z]+)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!open) return html;
  const tag = open[1]!;
  const start = open.index + open[0].length;
  const end = html.indexOf(`</${tag}>`, start);
  const body = html.slice(start, end === -1 ? undefined : end);
  const words = dWords(`${title} ${textOfHtml(body)}`);
  const metas =
    `<meta data-pagefind-meta="${FOLDED_TITLE_META}:${escapeAttr(foldedTitle(title))}">` +
    (words.length ? `<meta data-pagefind-meta="${FOLD_META}:${escapeAttr(words.join(' '))}">` : '');
  return html.slice(0, start) + metas + html.slice(start);
}
