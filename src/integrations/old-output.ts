// The last build's output, out of the way at once and deleted while this build
// runs. Astro empties the output folder before it bundles, one file at a time:
// with 10,000 products that is some 45,000 files (pages, share cards, the search
// index) and about 12 s in which nothing else happens. Moved instead (a rename
// per top-level entry, into the cache folder, which is on the same disk), they
// are deleted by a process of its own while Vite bundles and the pages render
// on the other core; the build waits for it at the end. Where a rename is not
// possible (another disk), the entry is left for Astro to delete as before.
// A `.git` folder in the output is kept, as Astro keeps it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const PREFIX = 'old-output-';

/**
 * Moves every entry of `outDir` but .git into a new folder under `cacheDir`.
 * Returns the folders to delete: that one (when anything was moved) and any
 * left by a build that was stopped before it finished deleting.
 */
export function moveAside(outDir: string, cacheDir: string): string[] {
  mkdirSync(cacheDir, { recursive: true });
  const left = readdirSync(cacheDir)
    .filter((e) => e.startsWith(PREFIX))
    .map((e) => path.join(cacheDir, e));
  const entries = existsSync(outDir) ? readdirSync(outDir).filter((e) => e !== '.git') : [];
  if (!entries.length) return left;
  const trash = path.join(cacheDir, `${PREFIX}${process.pid}-${Date.now()}`);
  mkdirSync(trash);
  let moved = 0;
  for (const e of entries) {
    try {
      renameSync(path.join(outDir, e), path.join(trash, e));
      moved++;
    } catch {
      // On another disk: Astro deletes it in place, as it would have.
    }
  }
  if (!moved) rmdirSync(trash);
  return moved ? [...left, trash] : left;
}

export function oldOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let deleting: ChildProcess | undefined;
  return {
    name: 'kc:old-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const trash = moveAside(outDir, cacheDir);
        if (!trash.length) return;
        const script = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })';
        deleting = spawn(process.execPath, ['-e', script, ...trash], { stdio: 'ignore' });
      },
      'astro:build:done': async () => {
        const child = deleting;
        if (!child || child.exitCode !== null) return;
        await new Promise((resolve) => child.on('close', resolve));
      },
    },
  };
}
