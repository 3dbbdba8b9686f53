// After the pages are written: the steps that read them (the search index, the
// share images), all at the same time, each in a process of its own. Own
// processes, because by then the build's process holds every page's data (about
// 1.5 GB with 10,000 products), and reading 10,000 pages in it grew it by 1 GB
// more before its garbage was collected; at the same time, because each step
// alone would leave a core idle. A step that fails stops the build with its message;
// the others are stopped and waited for first, so that nothing writes into the
// built folder after the build has given up on it (staged-output.ts removes it).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface StepContext {
  /** The built site's folder. */
  dist: string;
  /** Astro's cache folder (node_modules/.astro, or ASTRO_CACHE_DIR). */
  cacheDir: string;
  logger: AstroIntegrationLogger;
  /** Aborted when another step has failed: the step stops (its process is ended) and settles. */
  signal?: AbortSignal | undefined;
}
export type Step = (context: StepContext) => Promise<void>;

/**
 * A step that runs a Node script (TypeScript, run as is; path from the
 * project's root) with the dist folder and Astro's cache folder as its
 * arguments; its output lines are logged.
 */
export function scriptStep(script: string): Step {
  return ({ dist, cacheDir, logger, signal }) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.resolve(script), dist, cacheDir], { stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
      let errors = '';
      let pending = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop()!;
        for (const line of lines) if (line.trim()) logger.info(line);
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
      // Settled when the process is gone ('close'), not before: an ended step writes nothing more.
      child.on('error', (error) => {
        if (child.pid === undefined) reject(error); // never started: no 'close' to wait for
      });
      child.on('close', (code, killedBy) => {
        if (pending.trim()) logger.info(pending);
        if (code === 0) resolve();
        else if (signal?.aborted) reject(new Error(`${script} đã dừng (${killedBy ?? code}) vì một bước khác lỗi`));
        else reject(new Error(`${script} dừng với mã ${code}:\n${errors.trim()}`));
      });
    });
}

export function afterBuild(steps: Step[]): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'kc:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // The first failure stops the other steps; the build fails with that first message once all have settled.
        const stop = new AbortController();
        let first: unknown;
        const results = await Promise.allSettled(
          steps.map((step) =>
            step({ dist, cacheDir, logger, signal: stop.signal }).catch((error: unknown) => {
              if (!stop.signal.aborted) {
                first = error;
                stop.abort();
              }
              throw error;
            }),
          ),
        );
        if (results.some((r) => r.status === 'rejected')) throw first;
      },
    },
  };
}
