// The first view of every template in Chromium, as a phone of 360 px at 2×
// sees it: what the page downloads until the network is idle (text as a
// server sends it gzip-compressed, fonts and pictures as they are). Besides
// the pictures, at most 40 KB: the same budget as tests/build/byte-budgets.test.ts,
// counted here from the requests a real browser makes (the printable brochure,
// which holds every product by design, is allowed 1 KB more per product block,
// as there). Every picture it
// downloads is no wider than its slot needs on that screen (the next width of
// its srcset at most), and every heading is drawn with the heading font alone,
// no character falling back to another font.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/dist.ts';
import { resolveFile } from '../../scripts/lib/static-server.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { representativePages } from '../support/templates.ts';

const KB = 1024;
const site = useSiteInBrowser();
const PICTURE = /\.(avif|webp|png|jpe?g|gif|svg)$/;

describe.each(representativePages())('$url (src/pages/$template: $why) at 360 px, 2× screen', ({ url }) => {
  test('at most 40 KB besides pictures; pictures no wider than their slots; headings in the heading font only', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const requested = new Set<string>();
    page.on('request', (r) => requested.add(new URL(r.url()).pathname));
    await page.goto(site.url + url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);

    let other = 0;
    let pictures = 0;
    for (const p of requested) {
      const file = resolveFile(DIST, p)!;
      const binary = /\.(woff2?|avif|webp|png|jpe?g|gif)$/.test(file);
      const size = binary ? statSync(file).size : gzipSync(readFileSync(file)).length;
      if (PICTURE.test(file)) pictures += size;
      else other += size;
    }
    const brochureItems = await page.locator('article.brochure-item').count();
    console.log(`${url}: ${(other / KB).toFixed(1)} KB besides pictures, pictures ${(pictures / KB).toFixed(1)} KB (${requested.size} requests)`);
    expect(other).toBeLessThanOrEqual(40 * KB + brochureItems * KB);

    // Each picture the browser chose: its width against what its slot needs (CSS width × 2), or the srcset's next width above.
    const tooWide = await page.evaluate(() =>
      [...document.images]
        .filter((img) => img.complete && img.currentSrc && img.getBoundingClientRect().width > 0)
        .flatMap((img) => {
          const needed = img.getBoundingClientRect().width * devicePixelRatio;
          const widths = (img.srcset ? img.srcset.split(',').map((c) => Number(/\s(\d+)w$/.exec(c.trim())?.[1])) : []).filter((w) => w > 0).sort((a, b) => a - b);
          const enough = widths.find((w) => w >= needed) ?? widths.at(-1) ?? img.naturalWidth;
          return img.naturalWidth > enough ? [`${img.currentSrc}: ${img.naturalWidth} px for a slot of ${Math.round(needed)} device px`] : [];
        }),
    );
    expect(tooWide).toEqual([]);

    // The fonts Chromium used to draw the text of each heading (DevTools protocol).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'h1, h2, h3, h4, h1 *, h2 *, h3 *, h4 *, .font-heading, .doc-kind' });
    const fallbacks = new Set<string>();
    let drawn = 0;
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      drawn += fonts.length;
      for (const f of fonts) if (f.familyName !== 'Be Vietnam Pro') fallbacks.add(`${f.familyName} (${f.glyphCount} glyphs)`);
    }
    expect(drawn, 'some heading text was drawn').toBeGreaterThan(0);
    expect([...fallbacks]).toEqual([]);
    await page.close();
  }, 120_000);
});
