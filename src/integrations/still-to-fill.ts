// At the end of a build, the list of what the content folder still lacks before
// its site can be published (src/loaders/still-to-fill.ts): a province's new
// site (npm run new-site) builds at once, and the build says what is left.
// The loaders are imported when the build is done, not when astro.config.mjs
// loads (the configuration stays quick to load).
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';

export function stillToFillList(): AstroIntegration {
  return {
    name: 'kc:still-to-fill',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const { formatStillToFill, stillToFill } = await import('../loaders/still-to-fill.ts');
        const lines = formatStillToFill(stillToFill(contentDir()));
        if (lines.length) logger.info(`Việc còn lại trước khi xuất bản (npm run release-check kiểm tra lại):\n${lines.join('\n')}`);
      },
    },
  };
}
