// Open Graph share images: after the build, one 1200×630 PNG per page at the
// address its og:image names (dist/og/…), drawn with satori and encoded by
// sharp. Cards are cached by a hash of what they show (title, section, site
// name, photo bytes, layout version), so an unchanged page costs a file copy.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import sharp from 'sharp';
import { cardKey, cardTree, OG_FONT_FAMILIES, OG_HEIGHT, OG_WIDTH } from '../lib/og-card.ts';
import { htmlFiles, shareFields } from '../lib/html-pages.ts';
import { t } from '../lib/i18n.ts';

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;

async function loadFonts() {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  const fonts = [];
  for (const [i, subset] of SUBSETS.entries()) {
    for (const weight of [400, 700] as const) {
      const data = await readFile(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
      fonts.push({ name: OG_FONT_FAMILIES[i]!, data, weight, style: 'normal' as const });
    }
  }
  return fonts;
}

/** Runs `work` over `items`, `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
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
        await mkdir(cacheDir, { recursive: true });
        let fonts: Awaited<ReturnType<typeof loadFonts>> | undefined;
        // Many pages may share a photo: turn each into the card's PNG data URL once.
        const photos = new Map<string, Promise<string>>();
        let made = 0;
        let cached = 0;
        await pool(htmlFiles(root), Math.max(2, os.availableParallelism()), async (rel) => {
          const f = shareFields(await readFile(path.join(root, rel), 'utf8'));
          if (!f) return;
          const target = path.join(root, new URL(f.image).pathname);
          const photoBytes = f.photo ? await readFile(path.join(root, f.photo)) : undefined;
          const photoHash = photoBytes && createHash('sha256').update(photoBytes).digest('hex');
          const key = cardKey({ title: f.title, section: f.section, siteName, photoHash });
          const cachedFile = path.join(cacheDir, `${key}.png`);
          await mkdir(path.dirname(target), { recursive: true });
          if (existsSync(cachedFile)) {
            cached++;
          } else {
            fonts ??= await loadFonts();
            if (photoBytes && photoHash && !photos.has(photoHash)) {
              photos.set(photoHash, sharp(photoBytes).resize(380, 380, { fit: 'cover' }).png().toBuffer().then((b) => `data:image/png;base64,${b.toString('base64')}`));
            }
            const photo = photoHash ? await photos.get(photoHash) : undefined;
            const svg = await satori(cardTree({ title: f.title, section: f.section, siteName, photo }) as Parameters<typeof satori>[0], {
              width: OG_WIDTH,
              height: OG_HEIGHT,
              fonts,
            });
            const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
            // Written beside, then renamed: a build stopped halfway leaves no broken card in the cache.
            const tmp = `${cachedFile}.${process.pid}.tmp`;
            await writeFile(tmp, png);
            await rename(tmp, cachedFile);
            made++;
          }
          await copyFile(cachedFile, target);
        });
        logger.info(`ảnh chia sẻ: ${made} ảnh mới, ${cached} lấy từ bộ nhớ đệm, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
