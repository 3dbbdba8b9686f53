// The content folder checked without Astro (src/loaders/check-folder.ts): the
// real content passes, and a file saved by a Windows editor (a byte-order mark,
// CRLF line ends) is read as the same data.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContentFolder, parseContentFile } from '../../src/loaders/check-folder.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kc-unit-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to a file of the temporary folder and returns its path. */
function saved(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** As a Windows editor may save it: a byte-order mark and CRLF line ends. */
const windows = (text: string) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;

test('the real content folder has no mistake', () => {
  expect(checkContentFolder('content').map((e) => e.message)).toEqual([]);
});

describe('front matter of a Markdown file saved with a byte-order mark and CRLF line ends', () => {
  const bulletin = '---\ntitle: Tin thử\nnumber: 3\ndate: "2024-12-05"\nsummary: >-\n  Hai dòng\n  tóm tắt.\ntags: [bình chọn]\n---\n\nNội dung.\n';

  test('a small bulletin: every field is read, and the body starts after the front matter', () => {
    const parsed = parseContentFile(saved('tin.md', windows(bulletin)));
    expect(parsed.data).toEqual({ title: 'Tin thử', number: 3, date: '2024-12-05', summary: 'Hai dòng tóm tắt.', tags: ['bình chọn'] });
    expect(parsed.body?.replace(/\r\n/g, '\n')).toBe('\nNội dung.\n');
  });

  test('the same file saved both ways gives the same data', () => {
    expect(parseContentFile(saved('a.md', windows(bulletin))).data).toEqual(parseContentFile(saved('b.md', bulletin)).data);
  });

  test('the real plan file: the same data and text either way', () => {
    const plan = readFileSync('content/plans/2024.md', 'utf8');
    const unix = parseContentFile(saved('2024-unix.md', plan));
    const win = parseContentFile(saved('2024-windows.md', windows(plan)));
    expect((unix.data as { year?: unknown }).year).toBe(2024);
    expect(win.data).toEqual(unix.data);
    expect(win.body?.replace(/\r\n/g, '\n')).toBe(unix.body);
  });

  test('an empty front matter is read as no fields', () => {
    expect(parseContentFile(saved('rong.md', windows('---\n---\n\nNội dung.\n'))).data).toEqual({});
  });
});
