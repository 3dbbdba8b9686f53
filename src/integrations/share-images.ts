// Open Graph share images: after the build, one 1200×630 PNG per page at the
// address its og:image names (dist/og/…). Cards are cached by a hash of what
// they show (title, section, site name, photo bytes, "Minh họa" mark, layout
// version), so an unchanged page costs a file copy; the missing ones are drawn
// by a pool of worker processes (share-images-pool.ts, share-images-render.ts).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardKey } from '../lib/og-card.ts';
import { htmlFiles, shareFields } from '../lib/html-pages.ts';
import { t } from '../lib/i18n.ts';
import { cardPool } from './share-images-pool.ts';
import type { Card } from './share-images-render.ts';

/** Whether a built page's og:image asks for the "Minh họa" mark (`data-og-sample`, any value but "false"). */
export function ogSample(html: string): boolean {
  const tag = /<meta\s[^>]*property="og:image"[^>]*>/.exec(html)?.[0];
  const m = tag && /\sdata-og-sample(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?(?=[\s/>])/.exec(tag);
  return Boolean(m) && (m![1] ?? m![2] ?? m![3]) !== 'false';
}

/** Runs `work` over `items`, `limit` at a time. */
async function each<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export function shareImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'kc:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'og');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const siteName = t('site.name');
        const sampleLabel = t('product.sampleTag');
        await mkdir(cacheDir, { recursive: true });
        // Many pages may share a photo: each file read and hashed once.
        const photoHashes = new Map<string, Promise<string>>();
        // Cards to draw, by cache key (pages that show the same card share one), each with the pages it goes to.
        const missing = new Map<string, { card: Card; targets: string[] }>();
        let cached = 0;
        await each(htmlFiles(root), 8, async (rel) => {
          const html = await readFile(path.join(root, rel), 'utf8');
          const f = shareFields(html);
          if (!f) return;
          const target = path.join(root, new URL(f.image).pathname);
          const photoFile = f.photo ? path.join(root, f.photo) : undefined;
          let photoHash: string | undefined;
          if (photoFile) {
            if (!photoHashes.has(photoFile)) photoHashes.set(photoFile, readFile(photoFile).then((b) => createHash('sha256').update(b).digest('hex')));
            photoHash = await photoHashes.get(photoFile);
          }
          const sample = ogSample(html);
          const key = cardKey({ title: f.title, section: f.section, siteName, photoHash, sample, sampleLabel });
          const cachedFile = path.join(cacheDir, `${key}.png`);
          await mkdir(path.dirname(target), { recursive: true });
          if (existsSync(cachedFile)) {
            cached++;
            await copyFile(cachedFile, target);
          } else {
            const m = missing.get(cachedFile);
            if (m) m.targets.push(target);
            else missing.set(cachedFile, { card: { title: f.title, section: f.section, sample, photoFile, photoHash }, targets: [target] });
          }
        });
        let workers = 0;
        if (missing.size > 0) {
          const pool = cardPool({ siteName, sampleLabel });
          workers = pool.size;
          try {
            await Promise.all(
              [...missing].map(async ([cachedFile, { card, targets }]) => {
                await pool.render(card, cachedFile);
                for (const target of targets) await copyFile(cachedFile, target);
              }),
            );
          } finally {
            pool.close();
          }
        }
        const made = [...missing.values()].reduce((n, m) => n + m.targets.length, 0);
        logger.info(
          `ảnh chia sẻ: ${made} ảnh mới (${missing.size} vẽ${workers ? `, ${workers} tiến trình` : ''}), ${cached} lấy từ bộ nhớ đệm, ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
