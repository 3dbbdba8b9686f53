// A copy of the site's code (not its content) in a folder of its own, for a build of
// another content folder. Astro keeps per-build files in the project's `.astro/`
// (the list of MDX content modules, and the prerender chunks when --outDir is outside
// the project): two builds from one checkout at once would read each other's files.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the site's code from `repo` into `dest` (replacing it); node_modules is linked, not copied. */
export function copySite(dest: string, repo: string = process.cwd()): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const f of SITE_FILES) {
    const from = path.join(repo, f);
    if (existsSync(from)) cpSync(from, path.join(dest, f), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(dest, 'node_modules'));
  return dest;
}
