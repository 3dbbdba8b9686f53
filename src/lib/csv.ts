// CSV for spreadsheets: RFC 4180 quoting, CRLF rows, and a UTF-8 byte-order mark
// so that Excel opens Vietnamese text correctly.
//
// A text cell that starts with "=", "+", "-", "@", a tab or a carriage return
// (or their full-width forms) would be run as a formula by Excel, LibreOffice
// or Google Sheets when the file is opened (CSV injection), so it is written
// with a single quote in front, as OWASP recommends: a telephone number
// "+84 …" is written '+84 …, still readable. Numbers and true/false are
// written as they are. The /du-lieu/ page says so; the JSON files keep every
// value unchanged.

const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text value as a spreadsheet may read it safely: a quote in front of a formula-like start. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string {
  const raw = value === undefined || value === null ? '' : String(value);
  const text = typeof value === 'string' ? neutralise(raw) : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
