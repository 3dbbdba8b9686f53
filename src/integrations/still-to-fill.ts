// At the end of a build, the list of what the content folder still lacks before
// its site can be published (src/loaders/still-to-fill.ts): a province's new
// site (npm run new-site) builds at once, and the build says what is left.
// It is made in the build's process from what the build has already read: the
// samples each collection's loader found while checking its files
// (src/loaders/found-samples.ts), site.yaml, and each "[cần điền]" of the content
// folder, whose text files are read while the after-build steps run. (A process
// of its own once read and checked every content file again: 0.65 s of CPU
// during Vite in a small build, 4 s at 10,000 products.)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { forgetSamples, foundSamples } from '../loaders/found-samples.ts';
import { formatStillToFill, missingIn, placeholdersInFolder, samplesIn } from '../loaders/still-to-fill.ts';

export function stillToFillList(): AstroIntegration {
  let root = '';
  let placeholders: Promise<string[]> | undefined;
  return {
    name: 'kc:still-to-fill',
    hooks: {
      // Before the content loaders run: what they find is this build's.
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        forgetSamples();
        placeholders = undefined;
      },
      // Pages and pictures are written: the text files are read while the steps after the build run.
      'astro:build:generated': () => {
        placeholders = placeholdersInFolder(contentDir());
        placeholders.catch(() => {}); // awaited in astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        const dir = contentDir();
        let list: string[];
        try {
          list = formatStillToFill({ missing: missingIn(dir), placeholders: await (placeholders ?? placeholdersInFolder(dir)), samples: samplesIn(dir, foundSamples(path.resolve(root, dir))) });
        } catch (error) {
          logger.warn(`không lập được danh sách việc còn lại (npm run release-check kiểm tra đủ): ${error instanceof Error ? error.message : String(error)}`);
          return;
        } finally {
          placeholders = undefined;
        }
        if (list.length) logger.info(`Việc còn lại trước khi xuất bản (npm run release-check kiểm tra lại):\n${list.join('\n')}`);
      },
    },
  };
}
