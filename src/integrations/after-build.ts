// After the pages are written: the steps that read them (the search index, the
// share images), each in a Node process of its own and all at the same time.
// Own processes, because by then the build's process holds every page's data
// (about 1.7 GB with 10,000 products) and a step's memory would add to it; at
// the same time, because each step is mostly one-threaded and the machine has
// more than one core. A step that fails stops the build with its message.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface Job {
  /** A Node script (TypeScript, run as is), relative to the project's root. */
  script: string;
  /** Its arguments after the dist folder. */
  args?: (config: { cacheDir: string }) => string[];
}

function run(script: string, args: string[], logger: AstroIntegrationLogger): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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

export function afterBuild(jobs: Job[]): AstroIntegration {
  let root = '';
  let cacheDir = '';
  return {
    name: 'kc:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await Promise.all(jobs.map((job) => run(`${root}/${job.script}`, [dist, ...(job.args?.({ cacheDir }) ?? [])], logger)));
      },
    },
  };
}
