// @ts-check
import v8 from 'node:v8';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { drafts } from './src/integrations/drafts.ts';
import { noindexPages } from './src/integrations/noindex.ts';
import { afterBuild, scriptStep } from './src/integrations/after-build.ts';
import { asciiHeadingIds } from './src/lib/heading-ids.ts';

// The site's public address, in one place. Set SITE_URL when deploying
// (e.g. SITE_URL=https://example.gov.vn npm run build); the default serves
// the site where `npm start` shows it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Builds of other content folders (tests, benchmarks) keep their own cache: Astro's, and
// Vite's, which is otherwise in node_modules/ (shared by the copies of the site they build).
const cacheDir = process.env.ASTRO_CACHE_DIR;
// The build's process collects its garbage before its heap grows by a fifth over
// what survived the last collection (V8 otherwise lets it grow several times over):
// with 10,000 products it held about 250 MB of live data while rendering, yet peaked
// at 1.44-1.53 GB in warm builds; with this, 1.04-1.14 GB, CPU time within the noise
// of a shared machine (docs/PERFORMANCE.md).
v8.setFlagsFromString('--heap-growing-percent=20');
// Pages whose head says robots noindex (illustrative entries) are read after the build and left out of the sitemap.
const noindex = noindexPages();

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Whitespace between inline elements matters in Vietnamese prose.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'always' },
  image: {
    // AVIF at sharp's default effort (4) took most of a cold build; effort 2 is
    // several times faster for files a few percent larger.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  markdown: {
    // Smart punctuation would change the plan's quotes and dashes: keep the text exact.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [asciiHeadingIds] }),
  },
  integrations: [
    mdx(),
    noindex.integration,
    sitemap({ filter: noindex.inSitemap }),
    drafts(),
    // Over the built pages, side by side: the search index (Pagefind) and the share images.
    afterBuild([scriptStep('src/search/index-job.ts'), scriptStep('src/share-cards/job.ts')]),
  ],
  vite: { plugins: [tailwindcss()], ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}) },
  devToolbar: { enabled: false },
});
