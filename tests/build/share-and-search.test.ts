// Share and machine-readable: every page has Open Graph and Twitter tags with
// absolute URLs, a canonical URL, a description, the site's JSON-LD, and a
// 1200×630 PNG share image that exists; the search index is built, and only
// content pages are in it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { htmlFiles } from '../../src/lib/built-pages.ts';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, exists, readPage, jsonLdOf } from '../support/dist.ts';
import { bulletins, plans, products, schedules } from '../support/published.ts';
import { templatesOfBuiltPages } from '../support/templates.ts';
import { GROUPS } from '../../src/schemas/product.ts';

const pages = builtPages();
const site = new URL(readFileSync(path.join(DIST, 'robots.txt'), 'utf8').match(/Sitemap:\s*(\S+)/)![1]!).origin;

const attr = (html: string, selector: RegExp) => selector.exec(html)?.[1]?.replace(/&amp;/g, '&');
const meta = (html: string, key: string) =>
  attr(html, new RegExp(`<meta\\s+(?:property|name)="${key.replace(/[:.]/g, '\\$&')}"\\s+content="([^"]*)"`));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe.each(pages)('%s', (page) => {
  const html = readPage(page);
  test('og:*, twitter:*, canonical and description, with absolute URLs', () => {
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
    // The 404 page is served at any missing address: it has no address of its own to name.
    if (page === '/404.html') expect(canonical).toBeUndefined();
    else expect(canonical).toBe(new URL(page, site).href);
    for (const key of ['description', 'og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description', 'og:image:alt']) {
      expect(meta(html, key)?.length, key).toBeGreaterThan(3);
    }
    expect(meta(html, 'og:url')).toBe(canonical);
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'og:locale')).toBe(page === '/en/' ? 'en_US' : 'vi_VN');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    const image = attr(html, /<meta property="og:image" content="([^"]+)"/)!;
    expect(image.startsWith(`${site}/og/`)).toBe(true);
    expect(meta(html, 'twitter:image')).toBe(image);
  });
  test('the share image exists and is a 1200×630 PNG', () => {
    const image = new URL(attr(html, /<meta property="og:image" content="([^"]+)"/)!).pathname;
    expect(exists(image)).toBe(true);
    expect(pngSize(path.join(DIST, image))).toEqual({ width: 1200, height: 630 });
    // Fast PNG settings (src/share-cards/render.ts), still a small file for link previews.
    expect(statSync(path.join(DIST, image)).size).toBeLessThan(150 * 1024);
  });
  test('JSON-LD: the site’s GovernmentOrganization, every URL absolute', () => {
    const { scripts, nodes } = jsonLdOf(html);
    expect(scripts).toBe(1);
    expect(nodes.some((n) => n['@type'] === 'GovernmentOrganization')).toBe(true);
    const urls = JSON.stringify(nodes).match(/"(url|urlTemplate|@id|mainEntityOfPage|image)":"([^"]*)"/g) ?? [];
    for (const u of urls) expect(u, u).toMatch(/":"https?:\/\//);
  });
});

describe('search index', () => {
  test('Pagefind wrote its index and script', () => {
    expect(exists('pagefind/pagefind.js')).toBe(true);
    expect(exists('pagefind/pagefind-entry.json')).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    const indexed = pages.filter((p) => readPage(p).includes('data-pagefind-body'));
    expect(entry.languages.vi.page_count).toBe(indexed.length);
  });
  // By template: content pages go into the index; lists and duplicates would crowd out the pages they list.
  const INDEXED: Record<string, boolean> = {
    'index.astro': true,
    'ke-hoach/[year].astro': true,
    'ban-tin/[slug].astro': true,
    'san-pham/[slug].astro': true,
    'truyen-hinh/index.astro': true,
    'su-kien/index.astro': true,
    'chinh-sach/[slug].astro': true,
    'ke-hoach/[year]/tien-do.astro': true,
    'du-lieu/index.astro': true,
    'gioi-thieu/index.astro': true,
    'lien-he/index.astro': true,
    'kha-nang-tiep-can/index.astro': true,
    'chinh-sach/cach-dang-ky.astro': true,
    // In English: the index is Vietnamese (Pagefind's forceLanguage 'vi', src/search/build-index.ts).
    'en/index.astro': false,
    'san-pham/index.astro': false,
    'san-pham/trang/[page].astro': false,
    'san-pham/[kind]/[value].astro': false,
    'san-pham/[kind]/[value]/trang/[page].astro': false,
    'san-pham/in/index.astro': false,
    'san-pham/in/[volume].astro': false,
    'ban-tin/index.astro': false,
    'ban-tin/trang/[page].astro': false,
    'ke-hoach/index.astro': false,
    'tim-kiem/index.astro': false,
    '404.astro': false,
    // Not decided here: /chinh-sach/ lists the policies, yet is indexed (the other lists are not).
  };
  test.each(templatesOfBuiltPages().filter((t) => t.route.file in INDEXED).map((t) => [t.route.file, t.pages] as const))(
    'pages of src/pages/%s are in the index exactly when the template is for content',
    (file, urls) => {
      for (const url of urls) expect(readPage(url).includes('data-pagefind-body'), url).toBe(INDEXED[file]);
    },
  );
  test.each(products().map((p) => [p.page, p.data] as const))('%s gives the index its section, group, years, thumbnail and sort key', (page, p) => {
    const html = readPage(page);
    expect(html).toContain('<span data-pagefind-filter="muc">Sản phẩm</span>');
    expect(html).toContain(`<span data-pagefind-filter="nhom">${GROUPS[p.group]}</span>`);
    const years = [...new Set(p.recognitions.map((r) => r.year))];
    for (const y of years) expect(html).toContain(`<span data-pagefind-filter="nam">${y}</span>`);
    // The result's thumbnail: its own photo, or the neutral "Chưa có ảnh" picture (a drawing never stands for it).
    if (p.photos.some((photo) => !photo.illustrative)) expect(html).toMatch(/<span data-pagefind-meta="image">\/_astro\/[^<]+\.webp<\/span>/);
    else expect(html).toContain('<span data-pagefind-meta="image">/chua-co-anh.png</span>');
    expect(html).toContain(`data-pagefind-sort="date:${Math.max(...years)}-12-31"`);
  });
  const tvAllSample = schedules().flatMap((s) => s.features).every((f) => f.sample);
  test.each([
    ...[...products(), ...bulletins(), ...plans()].map((e) => [e.page, e.data.sample] as const),
    ['/truyen-hinh/', tvAllSample] as const,
  ])('%s: the share card is marked "Minh họa" exactly when the page is illustrative (%s)', (page, sample) => {
    const html = readPage(page);
    expect(/class="[^"]*\bnotice-sample\b/.test(html), 'the page shows the "Nội dung minh họa" notice').toBe(sample);
    expect(/<meta property="og:image"[^>]*data-og-sample="true"/.test(html)).toBe(sample);
  });
  test('the same pages give the same index, byte for byte: the index job run again on them, without its cache, writes the files the build wrote', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'kc-index-'));
    for (const rel of htmlFiles(DIST)) {
      mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
      linkSync(path.join(DIST, rel), path.join(copy, rel));
    }
    execFileSync(process.execPath, ['src/search/index-job.ts', copy], { stdio: 'pipe' });
    /** Each file of a folder (relative path) with a hash of its bytes. */
    const filesOf = (dir: string): Record<string, string> =>
      Object.fromEntries(
        (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
          .filter((f) => statSync(path.join(dir, f)).isFile())
          .sort()
          .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]),
      );
    const again = filesOf(path.join(copy, 'pagefind'));
    expect(Object.keys(again).length).toBeGreaterThan(10);
    expect(again).toEqual(filesOf(path.join(DIST, 'pagefind')));
  });
  test('no page but /tim-kiem/ ships search code', () => {
    for (const page of pages.filter((p) => p !== '/tim-kiem/')) {
      const scripts = [...readPage(page).matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(path.join(DIST, m[1]!), 'utf8'));
      expect(scripts.join('').includes('pagefind'), page).toBe(false);
    }
  });
});
