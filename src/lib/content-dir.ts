// Where content is read from: ./content, or CONTENT_DIR when set (tests and the
// national-scale benchmark build other content folders).
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** The content folder, without a trailing slash. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env['CONTENT_DIR'] || './content').replace(/\/$/, '');
}

/**
 * Whether the content folder holds at least `limit` files (counted until the limit is
 * reached, so a large folder is not walked to its end): what tells a national catalogue
 * (10,000 products) from one province's (about a hundred files).
 */
export function holdsAtLeast(dir: string, limit: number): boolean {
  let count = 0;
  const walk = (d: string): boolean => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (walk(path.join(d, entry.name))) return true;
      } else if (++count >= limit) return true;
    }
    return false;
  };
  return walk(dir);
}
