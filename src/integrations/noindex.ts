// Pages kept out of search engines: those whose built head says
// <meta name="robots" content="noindex"> (an illustrative entry's page, whose
// title a search engine would show without its "Nội dung minh họa" notice).
// After the build, this integration reads each page's head; the sitemap, whose
// hook runs after it (it comes later in astro.config.mjs), leaves those pages out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles, isNoindex, readHead, urlOfFile } from '../lib/built-pages.ts';

export function noindexPages(): { integration: AstroIntegration; inSitemap: (page: string) => boolean } {
  const excluded = new Set<string>();
  let read = false;
  return {
    integration: {
      name: 'kc:noindex',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const root = fileURLToPath(dir);
          excluded.clear();
          // Read in a row, synchronously: nothing else runs in the build's process meanwhile.
          for (const rel of htmlFiles(root)) if (isNoindex(readHead(path.join(root, rel)))) excluded.add(urlOfFile(rel));
          read = true;
        },
      },
    },
    /** For @astrojs/sitemap's `filter`: false for the pages that ask not to be indexed. */
    inSitemap(page: string): boolean {
      if (!read) throw new Error('kc:noindex phải đứng trước @astrojs/sitemap trong astro.config.mjs');
      return !excluded.has(new URL(page).pathname);
    },
  };
}
