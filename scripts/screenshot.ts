// Screenshots of built pages at phone and desktop widths, to look at.
// Usage: npm run screenshot -- / /ke-hoach/2024/   (PNGs go to screenshots/)
//        npm run screenshot -- --dist=/tmp/other-build /san-pham/   (another build's folder)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveDist } from './lib/static-server.ts';

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const widths = [360, 1280];
const out = path.resolve('screenshots');
mkdirSync(out, { recursive: true });

const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist';
const server = await serveDist(path.resolve(dist));
const browser = await launchChromium();
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const p of pages.length ? pages : ['/']) {
      // networkidle: pages that load data after the first paint (search results) are shown complete.
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
      const name = `${p.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
      if (process.argv.includes('--parts')) {
        // The whole page in screen-sized parts, each small enough to look at.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const step = width < 600 ? 1400 : 1000;
        for (let y = 0, i = 1; y < height; y += step, i++) {
          const part = name.replace('.png', `-${i}.png`);
          const clip = { x: 0, y, width, height: Math.min(step, height - y) };
          await page.screenshot({ path: path.join(out, part), fullPage: true, clip });
          console.log(path.join(out, part));
        }
      } else {
        await page.screenshot({ path: path.join(out, name), fullPage: process.argv.includes('--full') });
        console.log(path.join(out, name));
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
