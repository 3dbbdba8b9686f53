// The catalogue in Chromium: the instant filter keeps its choice in the URL,
// first-view bytes on a phone, and the brochure printed to an A4 PDF.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/dist.ts';
import { resolveFile } from '../../scripts/lib/static-server.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const rows = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/san-pham.json'), 'utf8')) as Record<string, string | boolean>[];
const site = useSiteInBrowser();

describe('instant filter on /san-pham/', () => {
  test('choosing a group and a level filters at once and keeps the choice in the URL', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/san-pham/`);
    const visible = () => page.locator('[data-product]:visible').count();
    expect(await visible()).toBe(rows.length);

    await page.locator('summary', { hasText: 'Nhóm sản phẩm' }).click();
    await page.click('a[data-facet="nhom"][data-value="thiet-bi-may-moc-co-khi"]');
    const machinery = rows.filter((r) => r['nhom'] === 'thiet-bi-may-moc-co-khi').length;
    expect(await visible()).toBe(machinery);
    expect(new URL(page.url()).search).toBe('?nhom=thiet-bi-may-moc-co-khi');
    expect(await page.textContent('[data-count]')).toBe(`Đang hiển thị ${machinery} sản phẩm`);

    await page.locator('summary', { hasText: 'Cấp công nhận' }).click();
    await page.click('a[data-facet="cap"][data-value="khu-vuc"]');
    const both = rows.filter((r) => r['nhom'] === 'thiet-bi-may-moc-co-khi' && String(r['cong_nhan']).includes('Cấp khu vực')).length;
    expect(await visible()).toBe(both);
    expect(new URL(page.url()).searchParams.get('cap')).toBe('khu-vuc');

    // A shared link opens with the same choice.
    const shared = await site.browser.newPage();
    await shared.goto(page.url());
    expect(await shared.locator('[data-product]:visible').count()).toBe(both);
    await shared.close();

    // Back goes one step back; "all" clears.
    await page.goBack();
    expect(await visible()).toBe(machinery);
    await page.click('a[data-clear]');
    expect(await visible()).toBe(rows.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  test('without JavaScript, a facet link opens its static page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/san-pham/`);
    await page.locator('summary', { hasText: 'Năm công nhận' }).click();
    await page.click('a[data-facet="nam"][data-value="2023"]');
    expect(new URL(page.url()).pathname).toBe('/san-pham/nam/2023/');
    const expected = rows.filter((r) => String(r['cong_nhan']).includes('2023')).length;
    expect(await page.locator('[data-product]').count()).toBe(expected);
    await context.close();
  });
});

/** Bytes a phone downloads for the first view: text gzip-compressed, binaries as they are. */
async function firstViewBytes(urlPath: string): Promise<{ total: number; images: number; js: number }> {
  const page = await site.browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const urls = new Set<string>();
  page.on('request', (r) => urls.add(r.url()));
  await page.goto(site.url + urlPath, { waitUntil: 'networkidle' });
  await page.close();
  let total = 0;
  let images = 0;
  let js = 0;
  for (const url of urls) {
    const file = resolveFile(DIST, new URL(url).pathname)!;
    const binary = /\.(woff2?|avif|webp|png|jpe?g)$/.test(file);
    const size = binary ? statSync(file).size : gzipSync(readFileSync(file)).length;
    total += size;
    if (/\.(avif|webp|png|jpe?g)$/.test(file)) images += size;
    if (file.endsWith('.js')) js += size;
  }
  return { total, images, js };
}

describe('bytes of the first view at 360 px (2× screen)', () => {
  test('/san-pham/: at most 200 KB gzip including the images above the fold', async () => {
    const v = await firstViewBytes('/san-pham/');
    console.log(`/san-pham/ first view: ${(v.total / 1024).toFixed(1)} KB, images ${(v.images / 1024).toFixed(1)} KB, JS ${(v.js / 1024).toFixed(1)} KB`);
    expect(v.images).toBeGreaterThan(0);
    expect(v.total).toBeLessThanOrEqual(200 * 1024);
  });
  test('a product page: at most 150 KB', async () => {
    const v = await firstViewBytes('/san-pham/chuoi-say-deo/');
    console.log(`product page first view: ${(v.total / 1024).toFixed(1)} KB, images ${(v.images / 1024).toFixed(1)} KB`);
    expect(v.images).toBeGreaterThan(0);
    expect(v.total).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('the brochure printed to PDF', () => {
  test('A4 pages: a cover, contents, every product, no product block split across pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/san-pham/in/`, { waitUntil: 'networkidle' });
    // Lazy images would print blank: the brochure's are eager or loaded before printing.
    await page.evaluate(async () => {
      for (const img of document.images) img.loading = 'eager';
      await Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => (img.onload = img.onerror = r)))));
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();

    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(doc, { mergePages: false });
    const pages = (text as string[]).map((t) => t.normalize('NFC').replace(/\s+/g, ' '));
    const groups = new Set(rows.map((r) => r['nhom'])).size;
    // Cover, contents (one or two pages), then each group from a new page.
    expect(totalPages).toBeGreaterThanOrEqual(2 + groups);
    expect(totalPages).toBeLessThanOrEqual(3 + groups + Math.ceil(rows.length / 3));
    expect(pages[0]).toContain('Brochure sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Đồng Nai');
    expect(pages[0]).not.toContain('Cơ sở sản xuất');
    for (const row of rows) {
      // Name and recognition line of one block are found on the same page.
      const onPage = pages.findIndex((p, i) => i > 1 && p.includes(String(row['ten'])) && p.includes(String(row['co_so'])));
      expect(onPage, `${row['ten']} is in the brochure with its producer`).toBeGreaterThan(1);
    }
  });
});
