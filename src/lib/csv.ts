// CSV for spreadsheets: RFC 4180 quoting, CRLF rows, and a UTF-8 byte-order mark
// so that Excel opens Vietnamese text correctly.

const BOM = '\uFEFF';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
