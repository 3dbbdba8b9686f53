// What caches beside the build are keyed by: the code's files and the packages'
// versions (the web editor's files: src/editor/built-cache.ts; Tailwind's
// stylesheet: src/integrations/tailwind-cache.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A hash of every file under `dir` (names and contents), in a fixed order; the same tree gives the same hash. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string, rel: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isDirectory()) walk(path.join(d, entry.name), `${rel}${entry.name}/`);
      else if (entry.isFile()) {
        const bytes = readFileSync(path.join(d, entry.name));
        hash.update(`${rel}${entry.name}\n${bytes.length}\n`).update(bytes);
      }
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return hash.digest('hex');
}

/** A package's version, from the package.json above its entry point (not every package exports its package.json); '?' when it is not found. */
export function packageVersion(name: string): string {
  try {
    for (let dir = path.dirname(fileURLToPath(import.meta.resolve(name))); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
        if (pkg.name === name) return pkg.version;
      }
    }
  } catch {
    /* not installed */
  }
  return '?';
}
