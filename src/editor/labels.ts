// A field's label and hint in the web editor, from the one-line comment written
// after it in its schema (schema-notes.ts). The comment reads "what it is, then
// details": the label is the part before the first ", ", ": " or "; " outside
// brackets and quotes; the rest is the hint. What only concerns writing the
// file by hand (quotes around dates, numbers written without dots) is left out of
// the hint: the editor writes those itself.

/** Phrases of a comment about the file's syntax, which the editor takes care of. */
const FILE_SYNTAX: [RegExp, string][] = [
  [/,?\s*trong ngoặc kép(?=[:,;)]|$)/g, ''],
  [/,?\s*số nguyên viết liền/g, ''],
  [/,\s*viết liền/g, ''],
];

/** Upper-case first letter, except where the text starts with an address or a file name. */
const capitalise = (s: string) => (!s || /^(https?:|\/|\.)/.test(s) ? s : s[0]!.toLocaleUpperCase('vi') + s.slice(1));

/** Index of the first separator (", ", ": ", "; ") outside (…) and "…", or -1. */
function firstSeparator(s: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s[i]!;
    if (c === '"' || c === '“' || c === '”') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && (c === ',' || c === ':' || c === ';') && s[i + 1] === ' ') return i;
  }
  return -1;
}

export interface LabelAndHint {
  label: string;
  hint?: string;
}

export interface FieldTraits {
  /** A true/false field: "true nếu là bộ sản phẩm" → "Bộ sản phẩm". */
  yesNo?: boolean;
  /** A date or a time: an example of how to write it is left out (the editor writes it). */
  dateOrTime?: 'date' | 'time';
  /** A choice: a hint that only lists the allowed values is left out (the editor lists them). */
  options?: readonly string[] | undefined;
}

/** The label and hint of a field from its schema comment. */
export function labelAndHint(comment: string, traits: FieldTraits = {}): LabelAndHint {
  let text = comment.trim();
  for (const [phrase, by] of FILE_SYNTAX) text = text.replace(phrase, by);
  if (traits.yesNo) text = text.replace(/^true(\s+nếu\s+là|\s+nếu|\s+để|:)\s+/i, '');
  const at = firstSeparator(text);
  const label = capitalise((at < 0 ? text : text.slice(0, at)).trim());
  let hint = at < 0 ? '' : text.slice(at + 1).replace(/^[,:;]\s*/, '').trim();
  // How the file writes a list ("[a, b]") or a date ("2024-12-05") is the editor's business.
  if (hint.startsWith('[')) hint = '';
  if (traits.dateOrTime === 'date' && /^"[\d-]+"$/.test(hint)) hint = '';
  if (traits.dateOrTime === 'time') hint = hint.replace(/^"([\d:]+)"$/, '$1');
  if (traits.options?.length && hint.split(/,\s*|\s+hoặc\s+/).every((word) => traits.options!.includes(word.trim()))) hint = '';
  if (/^["“]|^\d{1,2}:\d{2}$/.test(hint)) hint = `ví dụ: ${hint}`;
  return hint ? { label, hint: capitalise(hint) } : { label };
}
