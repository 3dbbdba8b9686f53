// Accent-aware highlighting: Pagefind marks only exact matches in its
// excerpts, so "dong" would not mark "Đồng". Both sides are folded (marks
// stripped, đ → d, lower case) character by character, and the positions of
// matches map back to the original text.
import { foldVietnamese } from '../lib/slug.ts';

/** Folds one character (NFC) to the lowercase letters it matches. */
function foldChar(ch: string): string {
  return foldVietnamese(ch).toLowerCase();
}

/** The query's words, folded, longest first, without empties or duplicates. */
export function queryTerms(query: string): string[] {
  const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => foldVietnamese(w).toLowerCase()))].sort((a, b) => b.length - a.length);
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into plain and marked parts: a word is marked when its
 * folded form starts with a folded query term ("dong" marks "Đồng",
 * "gom" marks "gốm", "bien" marks "Biên"; "an" does not mark "đan").
 */
export function highlightSegments(text: string, query: string): Segment[] {
  const source = text.normalize('NFC');
  const terms = queryTerms(query);
  const segments: Segment[] = [];
  let plain = '';
  for (const m of source.matchAll(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu)) {
    const piece = m[0];
    const isWord = /^[\p{L}\p{N}]/u.test(piece);
    const folded = isWord ? [...piece].map(foldChar).join('') : '';
    if (isWord && terms.some((t) => folded.startsWith(t))) {
      if (plain) segments.push({ text: plain, mark: false });
      plain = '';
      segments.push({ text: piece, mark: true });
    } else {
      plain += piece;
    }
  }
  if (plain) segments.push({ text: plain, mark: false });
  return segments;
}

/**
 * A Pagefind excerpt as the page's text. Pagefind 1.6 writes a page's "<" and
 * ">" as "&lt;" and "&gt;" in its excerpts, and nothing else ("&" and quotes
 * stay as they are: see raw_content in pagefind.js), so exactly those two are
 * undone here; highlightHtml then escapes the text once. Decoding every entity
 * instead would turn a page's own "&amp;" into "&".
 */
export function excerptText(excerpt: string): string {
  return excerpt.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `text` as HTML, escaped, with matched words in <mark>. */
export function highlightHtml(text: string, query: string): string {
  return highlightSegments(text, query)
    .map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}
