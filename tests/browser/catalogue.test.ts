// The catalogue in Chromium: the instant filter keeps its choice in the URL,
// first-view bytes on a phone, and the brochure printed to an A4 PDF.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { DIST, exists, readPage } from '../support/dist.ts';
import { products } from '../support/published.ts';
import { resolveFile } from '../../scripts/lib/static-server.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const rows = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/san-pham.json'), 'utf8')) as Record<string, string | boolean>[];
const site = useSiteInBrowser();
/** The instant filter is on when the whole catalogue fits on /san-pham/. */
const onePage = !exists('san-pham/trang/2/index.html');
const count = (filter: (r: Record<string, string | boolean>) => boolean) => rows.filter(filter).length;
const LEVEL_LABELS: Record<string, string> = { huyen: 'Cấp huyện', tinh: 'Cấp tỉnh', 'khu-vuc': 'Cấp khu vực', 'quoc-gia': 'Cấp quốc gia' };
const inGroup = (g: string) => (r: Record<string, string | boolean>) => r['nhom'] === g;
const atLevel = (l: string) => (r: Record<string, string | boolean>) => String(r['cong_nhan']).includes(LEVEL_LABELS[l]!);
// A group that narrows the list, the largest such; then a level that narrows the group further, if one does.
const groups = [...new Set(rows.map((r) => String(r['nhom'])))].sort((a, b) => count(inGroup(b)) - count(inGroup(a)));
const group = groups.find((g) => count(inGroup(g)) < rows.length) ?? groups[0]!;
const levels = Object.keys(LEVEL_LABELS).filter((l) => count((r) => inGroup(group)(r) && atLevel(l)(r)) > 0);
const level = levels.find((l) => count((r) => inGroup(group)(r) && atLevel(l)(r)) < count(inGroup(group))) ?? levels[0]!;
const year = String(rows[0]!['nam_gan_nhat']);

describe('instant filter on /san-pham/', () => {
  test(
    onePage
      ? `choosing a group (${group}) and a level (${level}) filters at once and keeps the choice in the URL`
      : 'the catalogue is on several pages: no instant filter, a facet link opens its static page',
    async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}/san-pham/`);
      const visible = () => page.locator('[data-product]:visible').count();
      if (!onePage) {
        expect(await page.locator('[data-browser]').count()).toBe(0);
        await page.locator('summary', { hasText: 'Nhóm sản phẩm' }).click();
        await page.click(`a[data-facet="nhom"][data-value="${group}"]`);
        expect(new URL(page.url()).pathname).toBe(`/san-pham/nhom/${group}/`);
        return page.close();
      }
      expect(await visible()).toBe(rows.length);

      await page.locator('summary', { hasText: 'Nhóm sản phẩm' }).click();
      await page.click(`a[data-facet="nhom"][data-value="${group}"]`);
      const inOne = count(inGroup(group));
      expect(await visible()).toBe(inOne);
      expect(new URL(page.url()).search).toBe(`?nhom=${group}`);
      expect(await page.textContent('[data-count]')).toBe(`Đang hiển thị ${inOne} sản phẩm`);

      await page.locator('summary', { hasText: 'Cấp công nhận' }).click();
      await page.click(`a[data-facet="cap"][data-value="${level}"]`);
      const both = count((r) => inGroup(group)(r) && atLevel(level)(r));
      expect(await visible()).toBe(both);
      expect(new URL(page.url()).searchParams.get('cap')).toBe(level);

      // A shared link opens with the same choice.
      const shared = await site.browser.newPage();
      await shared.goto(page.url());
      expect(await shared.locator('[data-product]:visible').count()).toBe(both);
      await shared.close();

      // Back goes one step back; "all" clears.
      await page.goBack();
      expect(await visible()).toBe(inOne);
      await page.click('a[data-clear]');
      expect(await visible()).toBe(rows.length);
      expect(new URL(page.url()).search).toBe('');
      await page.close();
    },
  );

  test(
    onePage
      ? `the chosen values are chips that remove them (keyboard too), their groups open, and the other facets count within the choice (${group})`
      : 'the catalogue is on several pages: a facet page shows its one value as a chip back to the whole list',
    async () => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
      if (!onePage) {
        await page.goto(`${site.url}/san-pham/nhom/${group}/`);
        expect(await page.getAttribute('[data-chip]', 'href')).toBe('/san-pham/');
        return page.close();
      }
      // A shared link: the chosen group's facet starts open, and shows as a chip.
      await page.goto(`${site.url}/san-pham/?nhom=${group}`);
      expect(await page.locator('details[data-kind="nhom"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.locator('details[data-kind="huyen"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const groupLabel = String(rows.find(inGroup(group))!['ten_nhom']);
      const chips = page.locator('[data-chips] button');
      expect((await chips.allInnerTexts()).map((c) => c.replace(/\s+/g, ' '))).toEqual([`Nhóm sản phẩm: ${groupLabel} ✕`]);
      expect(await chips.first().getAttribute('aria-label')).toBe(`Bỏ lọc Nhóm sản phẩm: ${groupLabel}`);

      // Each district's count is how many products of the group it holds (what choosing it would show).
      const districts = await page.locator('a[data-facet="huyen"]').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.nextElementSibling!.textContent!.trim()]));
      expect(districts.length).toBeGreaterThan(0);
      for (const [name, shown] of districts) expect(shown, name).toBe(`(${count((r) => inGroup(group)(r) && r['huyen'] === name)})`);
      // The group's own counts stay those of each group (choosing one replaces the other).
      const groupCounts = await page.locator('a[data-facet="nhom"]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-value'), a.nextElementSibling!.textContent!.trim()]));
      for (const [value, shown] of groupCounts) expect(shown, value!).toBe(`(${count(inGroup(value!))})`);

      // Add a level, then remove the group with the keyboard: Tab to its chip, press Enter.
      await page.locator('summary', { hasText: 'Cấp công nhận' }).click();
      await page.click(`a[data-facet="cap"][data-value="${level}"]`);
      expect(await chips.count()).toBe(2);
      await page.focus('a[data-clear]');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Bỏ lọc Nhóm sản phẩm: ${groupLabel}`);
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).searchParams.get('nhom')).toBeNull();
      expect(new URL(page.url()).searchParams.get('cap')).toBe(level);
      expect(await page.locator('[data-product]:visible').count()).toBe(count(atLevel(level)));
      // Focus stays on the chips (the one left), not lost to the page's start.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Bỏ lọc Cấp công nhận: /);
      await page.keyboard.press('Enter');
      expect(await page.isVisible('[data-chips]')).toBe(false);
      expect(await page.locator('[data-product]:visible').count()).toBe(rows.length);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-clear'))).toBe(true);
      await page.close();
    },
  );

  test('without JavaScript, a facet link opens its static page, which says a second filter replaces it and links back', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/san-pham/`);
    await page.locator('summary', { hasText: 'Năm công nhận' }).click();
    await page.click(`a[data-facet="nam"][data-value="${year}"]`);
    expect(new URL(page.url()).pathname).toBe(`/san-pham/nam/${year}/`);
    const expected = rows.filter((r) => String(r['cong_nhan']).includes(year)).length;
    // The static page shows the first page of its list.
    expect(await page.locator('[data-product]').count()).toBe(Math.min(expected, 48));
    // Its facet is open, its value a chip that leads back to the whole list, and a plain note says filters do not combine here.
    expect(await page.locator('details[data-kind="nam"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect((await page.innerText('[data-chip]')).replace(/\s+/g, ' ').trim()).toBe(`Năm công nhận: ${year} ✕`);
    expect(await page.getAttribute('[data-chip]', 'href')).toBe('/san-pham/');
    const note = page.locator('[data-one-filter]');
    expect(await note.innerText()).toMatch(new RegExp(`chỉ lọc theo một điều kiện.*thay cho “${year}”, không kết hợp được`));
    await note.locator('a[href="/san-pham/"]').click();
    expect(new URL(page.url()).pathname).toBe('/san-pham/');
    expect(await page.locator('[data-product]').count()).toBe(Math.min(rows.length, 48));
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

// The first product listed shows its photo at the top of both first views, or the neutral card (no picture to load).
const firstHasPhoto = products().find((p) => p.slug === rows[0]!['ma'])!.data.photos.some((photo) => !photo.illustrative);

describe('bytes of the first view at 360 px (2× screen)', () => {
  test('/san-pham/: at most 200 KB gzip including the images above the fold', async () => {
    const v = await firstViewBytes('/san-pham/');
    console.log(`/san-pham/ first view: ${(v.total / 1024).toFixed(1)} KB, images ${(v.images / 1024).toFixed(1)} KB, JS ${(v.js / 1024).toFixed(1)} KB`);
    if (firstHasPhoto) expect(v.images).toBeGreaterThan(0);
    expect(v.total).toBeLessThanOrEqual(200 * 1024);
  });
  test(`a product page (the first listed, /san-pham/${rows[0]!['ma']}/): at most 150 KB`, async () => {
    const v = await firstViewBytes(`/san-pham/${rows[0]!['ma']}/`);
    console.log(`product page first view: ${(v.total / 1024).toFixed(1)} KB, images ${(v.images / 1024).toFixed(1)} KB`);
    if (firstHasPhoto) expect(v.images).toBeGreaterThan(0);
    else expect(v.images, 'no photo of its own: nothing but the neutral card, drawn in HTML').toBe(0);
    expect(v.total).toBeLessThanOrEqual(150 * 1024);
  });
});

// The whole catalogue in one print, or (beyond one print's size) its first volume.
const volumes = exists('san-pham/in/1/index.html');
const brochure = volumes ? '/san-pham/in/1/' : '/san-pham/in/';

describe(`the brochure printed to PDF (${brochure})`, () => {
  const inPrint = rows.filter((r) => readPage(brochure).includes(`id="sp-${r['ma']}"`));

  test('holds every product, or a volume does', () => {
    if (!volumes) expect(inPrint).toHaveLength(rows.length);
    else expect(inPrint.length).toBeGreaterThan(0);
  });

  test('A4 pages: a cover, contents, every product, no product block split across pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${brochure}`, { waitUntil: 'networkidle' });
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
    const groups = new Set(inPrint.map((r) => r['nhom'])).size;
    // Cover, contents (one or two pages), then each group from a new page.
    expect(totalPages).toBeGreaterThanOrEqual(2 + groups);
    expect(totalPages).toBeLessThanOrEqual(3 + groups + Math.ceil(inPrint.length / 3));
    expect(pages[0]).toContain('Brochure sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Đồng Nai');
    expect(pages[0]).not.toContain('Cơ sở sản xuất');
    // Each page but the cover carries its number (printed at its foot, read first from the PDF's text).
    pages.forEach((text, i) => {
      if (i > 0) expect(text.trim().startsWith(`${i + 1} `), `page ${i + 1} is numbered`).toBe(true);
    });
    // The contents: the pages before the first product's.
    const contents = pages.filter((p) => /^\d+ Mục lục/.test(p.trim())).join(' ');
    expect(contents.length).toBeGreaterThan(0);
    for (const row of inPrint) {
      // Name and producer of one block are found on the same page, and the contents give that page.
      const onPage = pages.findIndex((p, i) => i > 1 && p.includes(String(row['ten'])) && p.includes(String(row['co_so'])));
      expect(onPage, `${row['ten']} is in the brochure with its producer`).toBeGreaterThan(1);
      const listed = new RegExp(`\\d+\\. ${String(row['ten']).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contents);
      expect(listed?.[1], `the contents give the page of ${row['ten']}`).toBe(String(onPage + 1));
    }
    // Every product has its QR code (read back in tests/build/brochure.test.ts), and no contact row is left empty.
    expect(pages.join(' ').match(/Quét để xem trên mạng/g)).toHaveLength(inPrint.length);
    expect(pages.join(' ')).not.toMatch(/Liên hệ\s*—/);
    // No half-empty pages: only the last page of products may hold fewer than three.
    const perPage = pages.map((p) => inPrint.filter((row) => p.includes(String(row['co_so'])) && p.includes(String(row['ten']))).length);
    const productPages = perPage.filter((n) => n > 0);
    expect(productPages.slice(0, -1).every((n) => n === 3), `products a page: ${productPages.join(', ')}`).toBe(true);
    // The back page names the centre.
    expect(pages.at(-1)).toContain('Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai');
  });

  test.each([320, 360])('at %i px (a phone) every text of a product is wider than a word, no word is broken, the page is not endless', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 740 } });
    await page.goto(`${site.url}${brochure}`);
    const found = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('.brochure-item :is(h3, p, dt, dd)')];
      const narrow = boxes.filter((b) => b.getBoundingClientRect().width < 200).map((b) => `${b.tagName} ${Math.round(b.getBoundingClientRect().width)}px: ${b.textContent!.trim().slice(0, 30)}`);
      // A word drawn on two lines has client rects at two heights.
      const broken: string[] = [];
      const range = document.createRange();
      // The products and the contents (a web address on the back page may be wider than a phone, and wraps).
      for (const root of document.querySelectorAll('.brochure-item, .brochure-toc'))
      for (let walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.textContent!.matchAll(/\S+/g)) {
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
      return { narrow, broken, height: document.documentElement.scrollHeight, items: document.querySelectorAll('.brochure-item').length };
    });
    await page.close();
    expect(found.narrow, 'text boxes narrower than 200 px').toEqual([]);
    expect(found.broken, 'words broken across lines').toEqual([]);
    // About two screens a product at most (it was 2,000 px a product, one letter a line).
    expect(found.height).toBeLessThan(4000 + 800 * found.items);
  });
});
