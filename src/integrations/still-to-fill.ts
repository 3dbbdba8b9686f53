// At the end of a build, the list of what the content folder still lacks before
// its site can be published (src/loaders/still-to-fill.ts): a province's new
// site (npm run new-site) builds at once, and the build says what is left.
// The list is worked out by a process of its own (src/loaders/still-to-fill-job.ts),
// started with the build; the build prints it when it is done.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { jsonJob } from './after-build.ts';

export function stillToFillList(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let lines: Promise<string[]> | undefined;
  const start = () => jsonJob<string[]>(path.join(root, 'src/loaders/still-to-fill-job.ts'), [], cacheDir);
  return {
    name: 'kc:still-to-fill',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // Started with the build: it needs nothing the build makes, and it reads every content file
      // (4 s of CPU at 10,000 products), which once Vite has bundled, or at a lower priority, would
      // take the core the pages' rendering shares with its writes and garbage collection.
      'astro:build:start': () => {
        lines = start();
      },
      'astro:build:done': async ({ logger }) => {
        let list: string[];
        try {
          list = await (lines ?? start());
        } catch (error) {
          logger.warn(`không lập được danh sách việc còn lại (npm run release-check kiểm tra đủ): ${error instanceof Error ? error.message : String(error)}`);
          return;
        } finally {
          lines = undefined;
        }
        if (list.length) logger.info(`Việc còn lại trước khi xuất bản (npm run release-check kiểm tra lại):\n${list.join('\n')}`);
      },
    },
  };
}
