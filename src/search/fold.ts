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

const LETTER = /[\p{L}\p{N}]/u;
/** Folded forms of the đ-words met so far: a catalogue repeats the same few hundred. */
const folded = new Map<string, string>();

/**
 * Words of `text` that contain đ/Đ, folded to plain lowercase ASCII, once each, in order.
 * Found from each đ outwards to the word's ends (a pattern for "a word with đ in it"
 * backtracks over every word of the page).
 */
export function dWords(text: string): string[] {
  const nfc = text.normalize('NFC');
  const seen = new Set<string>();
  const re = /[đĐ]/g;
  for (let m = re.exec(nfc); m; m = re.exec(nfc)) {
    let start = m.index;
    let end = m.index + 1;
    while (start > 0 && LETTER.test(nfc[start - 1]!)) start--;
    while (end < nfc.length && LETTER.test(nfc[end]!)) end++;
    const word = nfc.slice(start, end);
    let f = folded.get(word);
    if (f === undefined) folded.set(word, (f = foldVietnamese(word).toLowerCase()));
    seen.add(f);
    re.lastIndex = end;
  }
  return [...seen];
}

/** "Đồng Nai" → "dong nai": the whole title folded, for a title that matches unaccented queries. */
export function foldedTitle(title: string): string {
  return (foldVietnamese(title.normalize('NFC')).toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');
}

/**
 * The opening tag of the element marked `data-pagefind-body`: its name, and
 * where the tag starts and ends. Found by the attribute, then back to its "<"
 * (a pattern over every tag of a 45 KB page was most of the index job's time).
 */
export function indexedElement(html: string): { tag: string; start: number; end: number } | null {
  const at = html.search(/\sdata-pagefind-body[\s=>]/);
  if (at < 0) return null;
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-z][\w-]*)/i.exec(html.slice(start, at + 1))?.[1];
  const end = html.indexOf('>', at);
  if (!tag || end < 0) return null;
  return { tag, start, end: end + 1 };
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

/**
 * The page's HTML as Pagefind should index it: right after the opening tag
 * of the `data-pagefind-body` element, attribute-valued metas with the page's
 * đ-words folded (`fold`) and its folded title (`ftitle`). Attribute values
 * do not leak into excerpts. Pages without an indexed region come back as they are.
 */
export function withFoldedMeta(html: string, title: string): string {
  const open = indexedElement(html);
  if (!open) return html;
  const start = open.end;
  const end = html.indexOf(`</${open.tag}>`, start);
  const body = html.slice(start, end === -1 ? undefined : end);
  const words = dWords(`${title} ${textOfHtml(body)}`);
  const metas =
    `<meta data-pagefind-meta="${FOLDED_TITLE_META}:${escapeAttr(foldedTitle(title))}">` +
    (words.length ? `<meta data-pagefind-meta="${FOLD_META}:${escapeAttr(words.join(' '))}">` : '');
  return html.slice(0, start) + metas + html.slice(start);
}
