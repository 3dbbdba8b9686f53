// Optimised images and share cards shared by the content tests' builds (each
// build still has its own Astro cache, see runAstro in content-fixture.ts): a
// photo encoded or a card drawn by one build is not made again by the next, in
// this run or a later one. Both are files named by a hash of what made them, as
// in Astro's own cache; the folder is kept between runs like node_modules/.astro
// (delete node_modules/.cache/kc-content-builds to start cold). Seeded from the
// main build's cache when there is one.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    buildCache: string;
  }
}

/** The folders of Astro's cache whose files are named by a hash of what made them. */
export const SHARED_CACHE_FOLDERS = ['assets', 'og'] as const;

const BUILD_CACHE = path.resolve('node_modules/.cache/kc-content-builds');

/**
 * Copies into `to` the files of `from` that it lacks. Each lands under a temporary name
 * and is then renamed, so that a build reading `to` meanwhile never sees half a file.
 */
export function addMissing(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  const have = new Set(readdirSync(to));
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || have.has(entry.name)) continue;
    const temp = path.join(to, `.${entry.name}.${process.pid}.tmp`);
    copyFileSync(path.join(from, entry.name), temp);
    renameSync(temp, path.join(to, entry.name));
  }
}

export default function setup(project: TestProject) {
  for (const folder of SHARED_CACHE_FOLDERS) addMissing(path.join('node_modules/.astro', folder), path.join(BUILD_CACHE, folder));
  project.provide('buildCache', BUILD_CACHE);
}
