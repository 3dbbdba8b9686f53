// @ts-check
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { drafts } from './src/integrations/drafts.ts';
import { noindexPages } from './src/integrations/noindex.ts';
import { nfcContent } from './src/integrations/nfc.ts';
import { afterBuild } from './src/integrations/after-build.ts';
import { siteSteps, STEP_PROCESSES_FROM } from './src/integrations/site-steps.ts';
import { cachedTailwind } from './src/integrations/tailwind-cache.ts';
import { metaDirectives, SCRIPT_SOURCES } from './src/features/site/security.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';
import { asciiHeadingIds } from './src/lib/heading-ids.ts';
import { contentDir, holdsAtLeast } from './src/lib/content-dir.ts';
import { siteBasics } from './src/lib/site-words.ts';
import { contentGuard } from './src/features/site/render-guard.ts';
import { editor } from './src/integrations/editor.ts';
import { stillToFillList } from './src/integrations/still-to-fill.ts';
import { themeColoursPlugin } from './src/integrations/theme.ts';
import { qrStore } from './src/integrations/qr-store.ts';
import { bundledSignal } from './src/integrations/bundled.ts';

// The site's public address: content/site.yaml's "address"; SITE_URL overrides it for a
// test build (SITE_URL=https://thu.example.gov.vn npm run build). Until the province sets
// one, the site is built for where `npm start` shows it, and the release gate refuses it.
// (Read plainly here; the settings' checks run when the content loads and stop the build on a mistake.)
const settings = siteBasics(contentDir());
const site = process.env.SITE_URL || settings.address || 'http://localhost:4321';
// Builds of other content folders (tests, benchmarks) keep their own cache: Astro's, and
// Vite's, which is otherwise in node_modules/ (shared by the copies of the site they build).
const cacheDir = process.env.ASTRO_CACHE_DIR;
// With a large catalogue (2,000 content files or more), the build's process collects
// its garbage before its heap grows by a fifth over what survived the last collection
// (V8 otherwise lets it grow several times over): with 10,000 products it held about
// 250 MB of live data while rendering, yet peaked at 1.44-1.53 GB in warm builds; with
// this, 1.04-1.14 GB. At one province's size (about a hundred files) memory is no
// concern and the extra collections cost about 0.4 s of a 9 s build (docs/PERFORMANCE.md).
if (holdsAtLeast(contentDir(), 2000)) v8.setFlagsFromString('--heap-growing-percent=20');
// Pages whose head says robots noindex (illustrative entries) are read after the build and left out of the sitemap.
const noindex = noindexPages();

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Content-Security-Policy in each page's head, with the hashes of its inlined
  // stylesheet (src/features/site/security.ts; nginx sends the same policy as a header).
  security: { csp: { directives: metaDirectives(), scriptDirective: { resources: [...SCRIPT_SOURCES] }, styleDirective: { resources: ["'self'"] } } },
  // Whitespace between inline elements matters in Vietnamese prose.
  compressHTML: true,
  // Eight pages rendered at a time: with one, the process waited for each page's file to be
  // written (a quarter of the rendering phase idle in a CPU profile at 10,000 products);
  // rendering went from 41-49 s to 28-36 s there (docs/PERFORMANCE.md), the output the same.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  image: {
    // Astro's sharp service with every picture capped at 2400 px on its longest side
    // (src/integrations/image-service.ts). Photos are published as WebP at a few widths
    // (src/data/pictures.ts): AVIF beside it took most of a cold build.
    service: { entrypoint: './src/integrations/image-service.ts' },
  },
  markdown: {
    // No syntax colouring: Shiki writes inline styles, which the Content-Security-Policy refuses
    // (and staff texts hold no program code).
    syntaxHighlight: false,
    // Smart punctuation would change the plan's quotes and dashes: keep the text exact.
    // The content guard refuses raw HTML, scripts, unsafe addresses and MDX code in any
    // Markdown or MDX text (MDX uses this list too); content loading names the line first.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [asciiHeadingIds, contentGuard] }),
  },
  integrations: [
    // Before mdx(): an MDX body is compiled from its text made NFC.
    nfcContent(),
    mdx(),
    noindex.integration,
    sitemap({ filter: noindex.inSitemap }),
    drafts(),
    // The QR codes' modules (brochure, product pages) kept between builds: worked out once per address.
    qrStore(),
    // Over the built pages, side by side: the search index (Pagefind) and the share images, in the
    // build's process, or each in its own for a national catalogue (src/integrations/site-steps.ts).
    // The share cards are told of each page as it is rendered, and drawn then.
    afterBuild(siteSteps({ publicDir: fileURLToPath(new URL('./public/', import.meta.url)), ownProcesses: holdsAtLeast(contentDir(), STEP_PROCESSES_FROM) })),
    // At the end, what the content folder still lacks before release (facts, "[cần điền]", samples).
    stillToFillList(),
    // The web editor at /admin/ (Decap CMS, its configuration made from src/schemas/): not a page of the site.
    editor(),
    // Last: the build is written into a staging folder and takes dist/'s place only
    // when every step above has succeeded (a failed build leaves dist/ as it was).
    stagedOutput(),
  ],
  vite: {
    // The site's colours (content/site.yaml) replace the stylesheet's defaults before Tailwind reads it.
    // bundledSignal: the moment the bundle is written, when the processes beside the build start (src/integrations/bundled.ts).
    // cachedTailwind: Tailwind, with the stylesheet it made kept between builds for the same sources (src/integrations/tailwind-cache.ts).
    plugins: [themeColoursPlugin(settings.theme), cachedTailwind(fileURLToPath(new URL('./src/', import.meta.url))), bundledSignal()],
    // Scripts stay files of their own (never inlined), so that the policy's script-src is just 'self'.
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
  },
  devToolbar: { enabled: false },
});
