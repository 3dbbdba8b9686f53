// Share cards (Open Graph images), the pipeline's entry point: after the build,
// one 1200×630 PNG per page at the address its og:image names (dist/og/…).
//   page-card.ts  what a page asks of its card (written by BaseLayout, read here)
//   layout.ts     the card's layout (a satori element tree), file name, cache key
//   render.ts     drawing in layers: fixed parts once, each photo once, per card the text
//   png.ts        the small PNG writer (node:zlib)
//   pool.ts, worker.ts   worker processes, at most one per core
//   notice.ts     what the build's process learns of each page it renders (its card, its photo's source)
//   cardSession   told of each page as it is rendered, it draws that page's card at once on
//                 the free core; then it places every card. Run in the build's process for a
//                 province's site (src/integrations/site-steps.ts), in job.ts's process for a
//                 national catalogue
// Cards are cached by a hash of what they show (title, section, site name, photo
// bytes, "Minh họa" mark, colours and logo, layout version), so an unchanged page costs a hard link;
// the missing ones are drawn by the pool while the pages are still being rendered, then read.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cardKey, DEFAULT_LOOK, ogImagePath, type CardLook } from './layout.ts';
import { htmlFiles, readHead, urlOfFile } from '../lib/built-pages.ts';
import { pageCardOf, type PageCard } from './page-card.ts';
import type { Card } from './render.ts';
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
 * Cards waiting, once the pages are written, for each worker started then beside the one
 * that drew while they were rendered (up to one a core). A worker costs about 1.1 s of CPU
 * before its first card (its modules, the fonts, the fixed layers), as much as drawing some
 * 50 cards: a small site's 86 cards took 7.6 s of CPU in the three processes every build
 * used to start, 3.8-4.4 s in one (docs/PERFORMANCE.md, "Build time, sixth round").
 */
export const CARDS_PER_LATE_WORKER = 48;

/**
 * What the build's process tells the share-cards job about a page it has just
 * rendered (notice.ts): the page's address, its card, and the file its photo is
 * made from (a picture in the content folder, or in public/).
 */
export interface CardNotice {
  pathname: string;
  card: PageCard;
  photoSource?: string | undefined;
}

/**
 * The share cards of one build. While the pages are rendered, `early` is given
 * each page's card as the build tells it (CardNotice) and draws the missing ones
 * into the cache with one worker. Then
 * `finish` reads every built page's head, the truth, and places each card at its
 * address: from the cache, from a drawing already under way, or drawn now (by
 * that worker, joined by a worker at the normal priority for each
 * CARDS_PER_LATE_WORKER cards waiting, at most one a core). A photo told of in a
 * notice is drawn from its source file (every build alike: the notices come with
 * every build); one not told of (a run by hand) from the built picture.
 */
export function cardSession({
  cacheDir: astroCache,
  logger,
  earlyNice = 19,
  cardsPerLateWorker = CARDS_PER_LATE_WORKER,
}: {
  cacheDir: string;
  logger: { info(message: string): void };
  /**
   * The priority of the worker that draws while the pages are rendered (pool.ts): 19, on what
   * the rendering leaves, where the pages are most of the build (a national catalogue); 0 where
   * the cards would otherwise be left for the build's end (a province's site, site-steps.ts).
   */
  earlyNice?: number;
  /** CARDS_PER_LATE_WORKER, for tests. */
  cardsPerLateWorker?: number;
}) {
  const cacheDir = path.join(astroCache, 'og');
  const sampleLabel = t('product.sampleTag');
  const look = siteLook(contentDir());
  mkdirSync(cacheDir, { recursive: true });
  // Many pages may share a photo: each file read and hashed once.
  const photoHashes = new Map<string, string>();
  const hashOf = (file: string) => {
    let hash = photoHashes.get(file);
    if (!hash) photoHashes.set(file, (hash = createHash('sha256').update(readFileSync(file)).digest('hex')));
    return hash;
  };
  // A photo's address (as the page names it) → the file it is made from, as the notices told.
  const photoSources = new Map<string, string>();
  // Cards being drawn, by cache file: pages that show the same card wait for the one drawing.
  const drawing = new Map<string, Promise<void>>();
  // One worker (at `earlyNice`) starts with the first card missing from the cache while the pages are
  // rendered; once they are written, workers at the normal priority join it as the cards waiting ask.
  let pool: ReturnType<typeof cardPool> | undefined;
  const cores = availableParallelism();
  /** Whether the pool began with the worker that draws while the pages are rendered. */
  let earlyWorker = false;
  /** Workers at the normal priority for the cards waiting: one per CARDS_PER_LATE_WORKER, at most one a core; one at least without the early worker (a run by hand). */
  const grow = (p: ReturnType<typeof cardPool>) => {
    const wanted = Math.min(cores, Math.max(earlyWorker ? 0 : 1, Math.floor(p.backlog() / cardsPerLateWorker)));
    const late = p.size - (earlyWorker ? 1 : 0);
    if (wanted > late) p.grow(wanted - late);
  };
  /** Cards drawn before the pages were all written, and whether they are. */
  let drawnEarly = 0;
  let finishing = false;

  /** The card's file in the cache, and what to draw it from. */
  const planned = (f: PageCard, photoFile: string | undefined) => {
    const photoHash = photoFile ? hashOf(photoFile) : undefined;
    const sample = Boolean(f.sample);
    const key = cardKey({ title: f.title, section: f.section, siteName: f.siteName, photoHash, sample, sampleLabel, look });
    return { cachedFile: path.join(cacheDir, `${key}.png`), card: { title: f.title, section: f.section, sample, photoFile, photoHash } };
  };
  const draw = (f: PageCard, cachedFile: string, card: Card, early: boolean) => {
    // The site's name is the pages' (og:site_name), the same on every card.
    if (!pool) {
      pool = cardPool({ siteName: f.siteName, sampleLabel, look, size: early ? 1 : 0, nice: earlyNice });
      earlyWorker = early;
    }
    const done = pool.render(card, cachedFile);
    if (!early) grow(pool);
    done.then(() => (finishing ? undefined : drawnEarly++), () => {}); // failures are awaited by the page that shows it, in `finish`
    drawing.set(cachedFile, done);
  };

  return {
    /** A page just rendered: its card drawn into the cache now if it is missing there. */
    early(notice: CardNotice): void {
      const { pathname, card: f, photoSource } = notice;
      if (photoSource && f.photo) photoSources.set(f.photo, photoSource);
      // A page showing another page's card draws none (see `finish`).
      if (new URL(f.image).pathname !== `/${ogImagePath(pathname)}`) return;
      if (!(!f.photo || photoSource)) return; // drawn from the built picture, once there is one
      const { cachedFile, card } = planned(f, photoSource);
      if (drawing.has(cachedFile) || existsSync(cachedFile)) return;
      draw(f, cachedFile, card, true);
    },
    /** Every built page under `root` with its card, and the workers closed. */
    async finish(root: string): Promise<void> {
      const begun = performance.now();
      finishing = true;
      if (pool) grow(pool);
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
          const photoFile = f.photo ? (photoSources.get(f.photo) ?? path.join(root, decodeURIComponent(new URL(f.photo, 'file:///').pathname))) : undefined;
          const { cachedFile, card } = planned(f, photoFile);
          if (!drawing.has(cachedFile) && existsSync(cachedFile)) {
            cached++;
            place(cachedFile, target);
            continue;
          }
          made++;
          if (!drawing.has(cachedFile)) draw(f, cachedFile, card, false);
          const copied = drawing.get(cachedFile)!.then(() => place(cachedFile, target));
          copied.catch(() => {}); // awaited below, all together: the pages are read meanwhile
          copies.push(copied);
        }
        await Promise.all(copies);
      } finally {
        pool?.close();
      }
      const early = drawnEarly ? `, ${drawnEarly} trong lúc dựng trang` : '';
      logger.info(`ảnh chia sẻ: ${made} ảnh mới (${drawing.size} vẽ${early}${pool ? `, ${pool.size} tiến trình` : ''}), ${cached} lấy từ bộ nhớ đệm, ${((performance.now() - begun) / 1000).toFixed(1)} s`);
    },
  };
}

/**
 * The share card of every built page under `dist`, from the cache in
 * `<cacheDir>/og/` or drawn and added to it (a build's job told of no page:
 * scripts/bench-og.ts, or the job run by hand).
 */
export async function shareCards({ dist, cacheDir, logger }: { dist: string; cacheDir: string; logger: { info(message: string): void } }): Promise<void> {
  await cardSession({ cacheDir, logger }).finish(dist);
}
