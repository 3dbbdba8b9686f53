// At the end of a build, the list of what the content folder still lacks before
// its site can be published (src/loaders/still-to-fill.ts): a province's new
// site (npm run new-site) builds at once, and the build says what is left.
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { formatStillToFill, stillToFill } from '../loaders/still-to-fill.ts';

export function stillToFillList(): AstroIntegration {
  return {
    name: 'kc:still-to-fill',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const lines = formatStillToFill(stillToFill(contentDir()));
        if (lines.length) logger.info(`Việc còn lại trước khi xuất bản (npm run release-check kiểm tra lại):\n${lines.join('\n')}`);
      },
    },
  };
}
