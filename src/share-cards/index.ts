// Share cards (Open Graph images), the pipeline's entry point: after the build,
// one 1200×630 PNG per page at the address its og:image names (dist/og/…).
//   page-card.ts  what a page asks of its card (written by BaseLayout, read here)
//   layout.ts     the card's layout (a satori element tree), file name, cache key
//   render.ts     drawing in layers: fixed parts once, each photo once, per card the text
//   png.ts        the small PNG writer (node:zlib)
//   pool.ts, worker.ts   worker processes, one per core
//   job.ts        the process the build runs after the pages are written
// Cards are cached by a hash of what they show (title, section, site name, photo
// bytes, "Minh họa" mark, layout version), so an unchanged page costs a hard link;
// the missing ones are drawn by the pool while the pages are still being read.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { cardKey, ogImagePath } from './layout.ts';
import { eachLimited } from '../lib/each-limited.ts';
import { htmlFiles, readHead, urlOfFile } from '../lib/built-pages.ts';
import { pageCardOf } from './page-card.ts';
import { t } from '../lib/i18n.ts';
import { cardPool } from './pool.ts';


/**
 * The cached card at the page's address: a hard link (no bytes copied) where
 * the cache and dist share a disk, else a copy. An older file at the address is
 * removed first, never written into: it may be a link to another cached card.
 */
async function place(cachedFile: string, target: string): Promise<void> {
  await rm(target, { force: true });
  try {
    await link(cachedFile, target);
  } catch {
    await copyFile(cachedFile, target);
  }
}

/**
 * The share card of every built page under `dist`, from the cache in
 * `<cacheDir>/og/` or drawn and added to it (run after the build by
 * src/share-cards/job.ts, beside the search index).
 */
export async function shareCards({ dist: root, cacheDir: astroCache, logger }: { dist: string; cacheDir: string; logger: { info(message: string): void } }): Promise<void> {
  const started = performance.now();
  const cacheDir = path.join(astroCache, 'og');
  const sampleLabel = t('product.sampleTag');
  await mkdir(cacheDir, { recursive: true });
  // Many pages may share a photo: each file read and hashed once.
  const photoHashes = new Map<string, Promise<string>>();
  // Cards being drawn, by cache file: pages that show the same card wait for the one drawing.
  const drawing = new Map<string, Promise<void>>();
  // The worker pool starts at the first card missing from the cache, and draws while the pages are read.
  let pool: ReturnType<typeof cardPool> | undefined;
  const copies: Promise<void>[] = [];
  let made = 0;
  let cached = 0;
  try {
    await eachLimited(htmlFiles(root), 8, async (rel) => {
      const f = pageCardOf(await readHead(path.join(root, rel)));
      if (!f) return;
      // A page showing another page's card (a list's later pages show its first page's) draws none: that page does.
      if (new URL(f.image).pathname !== `/${ogImagePath(urlOfFile(rel))}`) return;
      const target = path.join(root, new URL(f.image).pathname);
      // The photo's address names its file percent-encoded (a space is %20): the file is found under the decoded name.
      const photoFile = f.photo ? path.join(root, decodeURIComponent(new URL(f.photo, 'file:///').pathname)) : undefined;
      let photoHash: string | undefined;
      if (photoFile) {
        if (!photoHashes.has(photoFile))
          photoHashes.set(
            photoFile,
            readFile(photoFile).then((b) => createHash('sha256').update(b).digest('hex')),
          );
        photoHash = await photoHashes.get(photoFile);
      }
      const sample = Boolean(f.sample);
      const key = cardKey({
        title: f.title,
        section: f.section,
        siteName: f.siteName,
        photoHash,
        sample,
        sampleLabel,
      });
      const cachedFile = path.join(cacheDir, `${key}.png`);
      await mkdir(path.dirname(target), { recursive: true });
      if (!drawing.has(cachedFile) && existsSync(cachedFile)) {
        cached++;
        await place(cachedFile, target);
        return;
      }
      made++;
      let done = drawing.get(cachedFile);
      if (!done) {
        pool ??= cardPool({ siteName: f.siteName, sampleLabel });
        done = pool.render({ title: f.title, section: f.section, sample, photoFile, photoHash }, cachedFile);
        drawing.set(cachedFile, done);
      }
      const copied = done.then(() => place(cachedFile, target));
      copied.catch(() => {}); // awaited below, all together: the pages are read meanwhile
      copies.push(copied);
    });
    await Promise.all(copies);
  } finally {
    pool?.close();
  }
  logger.info(`ảnh chia sẻ: ${made} ảnh mới (${drawing.size} vẽ${pool ? `, ${pool.size} tiến trình` : ''}), ${cached} lấy từ bộ nhớ đệm, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
