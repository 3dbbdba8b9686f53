// Share cards (Open Graph images), the pipeline's entry point: after the build,
// one 1200×630 PNG per page at the address its og:image names (dist/og/…).
//   page-card.ts  what a page asks of its card (written by BaseLayout, read here)
//   layout.ts     the card's layout (a satori element tree), file name, cache key
//   render.ts     drawing in layers: fixed parts once, each photo once, per card the text
//   png.ts        the small PNG writer (node:zlib)
//   pool.ts, worker.ts   worker processes, one per core
//   job.ts        the process the build runs after the pages are written
// Cards are cached by a hash of what they show (title, section, site name, photo
// bytes, "Minh họa" mark, colours and logo, layout version), so an unchanged page costs a hard link;
// the missing ones are drawn by the pool while the pages are still being read.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cardKey, DEFAULT_LOOK, ogImagePath, type CardLook } from './layout.ts';
import { htmlFiles, readHead, urlOfFile } from '../lib/built-pages.ts';
import { pageCardOf } from './page-card.ts';
import { t } from '../lib/i18n.ts';
import { cardPool } from './pool.ts';
import { contentDir } from '../lib/content-dir.ts';
import { siteBasics } from '../lib/site-words.ts';
import { themeColours } from '../features/site/theme.ts';

/** The site's colours and logo for its cards (content/site.yaml, "theme"); the defaults when it sets none. */
function siteLook(dir: string): CardLook {
  const { theme } = siteBasics(dir);
  const colours = themeColours(theme);
  const logo = theme.logo ? readFileSync(path.resolve(dir, theme.logo), 'utf8') : DEFAULT_LOOK.logo;
  return { background: colours.brandDark, accent: colours.accent, logo };
}


/**
 * The cached card at the page's address: a hard link (no bytes copied) where
 * the cache and dist share a disk, else a copy. An older file at the address is
 * removed first, never written into: it may be a link to another cached card.
 * Synchronous: a warm build places 10,000 cards in a row, and each asynchronous
 * call would be a trip through libuv's thread pool.
 */
function place(cachedFile: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    linkSync(cachedFile, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      rmSync(target);
      place(cachedFile, target);
    } else copyFileSync(cachedFile, target);
  }
}

/** Pages read between two turns of the event loop (which sends the drawing jobs to the workers). */
const BATCH = 64;

/**
 * The share card of every built page under `dist`, from the cache in
 * `<cacheDir>/og/` or drawn and added to it (run after the build by
 * src/share-cards/job.ts, beside the search index).
 */
export async function shareCards({ dist: root, cacheDir: astroCache, logger }: { dist: string; cacheDir: string; logger: { info(message: string): void } }): Promise<void> {
  const started = performance.now();
  const cacheDir = path.join(astroCache, 'og');
  const sampleLabel = t('product.sampleTag');
  const look = siteLook(contentDir());
  mkdirSync(cacheDir, { recursive: true });
  // Many pages may share a photo: each file read and hashed once.
  const photoHashes = new Map<string, string>();
  // Cards being drawn, by cache file: pages that show the same card wait for the one drawing.
  const drawing = new Map<string, Promise<void>>();
  // The worker pool starts at the first card missing from the cache, and draws while the pages are read.
  let pool: ReturnType<typeof cardPool> | undefined;
  const copies: Promise<void>[] = [];
  let made = 0;
  let cached = 0;
  try {
    const files = htmlFiles(root);
    for (let i = 0; i < files.length; i++) {
      if (i % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
      const rel = files[i]!;
      const f = pageCardOf(readHead(path.join(root, rel)));
      if (!f) continue;
      // A page showing another page's card (a list's later pages show its first page's) draws none: that page does.
      if (new URL(f.image).pathname !== `/${ogImagePath(urlOfFile(rel))}`) continue;
      const target = path.join(root, new URL(f.image).pathname);
      // The photo's address names its file percent-encoded (a space is %20): the file is found under the decoded name.
      const photoFile = f.photo ? path.join(root, decodeURIComponent(new URL(f.photo, 'file:///').pathname)) : undefined;
      let photoHash: string | undefined;
      if (photoFile) {
        photoHash = photoHashes.get(photoFile);
        if (!photoHash) photoHashes.set(photoFile, (photoHash = createHash('sha256').update(readFileSync(photoFile)).digest('hex')));
      }
      const sample = Boolean(f.sample);
      const key = cardKey({
        title: f.title,
        section: f.section,
        siteName: f.siteName,
        photoHash,
        sample,
        sampleLabel,
        look,
      });
      const cachedFile = path.join(cacheDir, `${key}.png`);
      if (!drawing.has(cachedFile) && existsSync(cachedFile)) {
        cached++;
        place(cachedFile, target);
        continue;
      }
      made++;
      let done = drawing.get(cachedFile);
      if (!done) {
        pool ??= cardPool({ siteName: f.siteName, sampleLabel, look });
        done = pool.render({ title: f.title, section: f.section, sample, photoFile, photoHash }, cachedFile);
        drawing.set(cachedFile, done);
      }
      const copied = done.then(() => place(cachedFile, target));
      copied.catch(() => {}); // awaited below, all together: the pages are read meanwhile
      copies.push(copied);
    }
    await Promise.all(copies);
  } finally {
    pool?.close();
  }
  logger.info(`ảnh chia sẻ: ${made} ảnh mới (${drawing.size} vẽ${pool ? `, ${pool.size} tiến trình` : ''}), ${cached} lấy từ bộ nhớ đệm, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
