// A folder's files made to appear in another folder without copying their
// bytes: hard links (a copy where the two folders are on different disks).
// For build outputs that are kept in a cache and placed again unchanged.
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Links every file under `from` to the same path under `to` (made as needed); returns how many files. */
export function linkTree(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let files = 0;
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) {
      files += linkTree(a, b);
      continue;
    }
    try {
      linkSync(a, b);
    } catch {
      copyFileSync(a, b);
    }
    files++;
  }
  return files;
}
