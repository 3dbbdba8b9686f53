// After the pages are written: the steps that read them (the search index, the
// share images), all at the same time, each in a process of its own. Own
// processes, because by then the build's process holds every page's data (about
// 1.5 GB with 10,000 products), and reading 10,000 pages in it grew it by 1 GB
// more before its garbage was collected; at the same time, because each step
// alone would leave a core idle. A step that fails stops the build with its message.
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
}
export type Step = (context: StepContext) => Promise<void>;

/**
 * A step that runs a Node script (TypeScript, run as is; path from the
 * project's root) with the dist folder and Astro's cache folder as its
 * arguments; its output lines are logged.
 */
export function scriptStep(script: string): Step {
  return ({ dist, cacheDir, logger }) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.resolve(script), dist, cacheDir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let errors = '';
      let pending = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop()!;
        for (const line of lines) if (line.trim()) logger.info(line);
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        if (pending.trim()) logger.info(pending);
        if (code === 0) resolve();
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
        await Promise.all(steps.map((step) => step({ dist, cacheDir, logger })));
      },
    },
  };
}
