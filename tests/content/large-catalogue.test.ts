// A catalogue longer than one page: 260 illustrative products added to the
// real content. The list and each facet value are split into pages that a
// reader walks with "Trang sau", every product on exactly one page; the
// brochure is split into volumes of one group each; the new pages pass axe.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, sidewaysOverflow } from '../support/a11y.ts';
import { contentFixture, runAstro, tempDir } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { addSyntheticContent } from '../../scripts/lib/synthetic-content.ts';

const ADDED = 260;
const out = tempDir('kc-dist-');
const fixture = contentFixture();
const html = (url: string) => readFileSync(path.join(out, url, 'index.html'), 'utf8');
/** The product addresses of a list page's cards, in order. */
const cards = (url: string) => [...html(url).matchAll(/<li[^>]*data-product[^>]*>[\s\S]*?<a href="\/san-pham\/([^/"]+)\/"/g)].map((m) => m[1]!);
/** A list's pages, from its first, following "Trang sau" (rel="next") as a reader would. */
function walk(first: string): string[] {
  const pages = [first];
  for (;;) {
    const next = /<a[^>]*href="([^"]+)"[^>]*rel="next"/.exec(html(pages.at(-1)!))?.[1];
    if (!next) return pages;
    pages.push(next);
  }
}
const groupOf = (slug: string) => /^group: (\S+)$/m.exec(readFileSync(path.join(fixture.dir, 'products', slug, 'index.md'), 'utf8'))![1]!;

let all: string[] = [];
let built = '';
beforeAll(() => {
  addSyntheticContent(fixture.dir, 'content/products/ghe-xich-du-may/minh-hoa.webp', ADDED);
  all = readdirSync(path.join(fixture.dir, 'products'));
  // Checked in worker threads, and the search index and share cards made in processes of their own,
  // as for a national catalogue (src/loaders/checked.ts: from 1,000 files; src/integrations/site-steps.ts:
  // from 2,000; here from 100, so that this build goes that way).
  const { status, output } = runAstro(fixture, ['build', '--outDir', out], { KC_CHECK_WORKER_FROM: '100', KC_STEP_PROCESSES_FROM: '100' });
  if (status !== 0) throw new Error(output);
  built = output;
}, 600_000);

test('the products were checked in a worker thread, and the build went on to the end', () => {
  expect(built).toContain('[check-worker] products');
  expect(built).toContain('Complete!');
});

test('the search index and the share cards were made in processes of their own: every page has both', () => {
  expect(built).toContain('src/search/index-job.ts: chạy trong một tiến trình riêng');
  expect(built).toContain('src/share-cards/job.ts: chạy trong một tiến trình riêng');
  expect(built).toMatch(/ảnh chia sẻ: \d+ ảnh mới/);
  expect(built).toMatch(/\d+ trang vào chỉ mục tìm kiếm/);
  for (const slug of all.slice(0, 20)) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html(`/san-pham/${slug}/`))![1]!;
    expect(existsSync(path.join(out, new URL(image).pathname)), slug).toBe(true);
  }
  expect(existsSync(path.join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
});

test('the list at the build\'s end counts the illustrative products the worker thread found', () => {
  const samples = all.filter((slug) => /^sample: true$/m.test(readFileSync(path.join(fixture.dir, 'products', slug, 'index.md'), 'utf8')));
  expect(samples.length).toBeGreaterThanOrEqual(ADDED);
  expect(built).toContain(`products: ${samples.length}/${all.length} tệp (`);
});

describe('the catalogue in pages', () => {
  test('48 products a page; every product on exactly one page', () => {
    const pages = walk('/san-pham/');
    expect(pages).toHaveLength(Math.ceil(all.length / 48));
    expect(pages[1]).toBe('/san-pham/trang/2/');
    const seen = pages.flatMap(cards);
    for (const p of pages.slice(0, -1)) expect(cards(p)).toHaveLength(48);
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen)).toEqual(new Set(all));
  });

  test('each page says which products of how many it shows, and has its own title', () => {
    const total = all.length;
    expect(textOf(html('/san-pham/'))).toContain(`Sản phẩm 1–48 trong tổng số ${total}`);
    const last = walk('/san-pham/').at(-1)!;
    expect(textOf(html(last))).toContain(`Sản phẩm ${48 * (Math.ceil(total / 48) - 1) + 1}–${total} trong tổng số ${total}`);
    expect(html('/san-pham/trang/3/')).toContain('<title>Sản phẩm công nghiệp nông thôn tiêu biểu, trang 3');
  });

  test('later pages share the first page\'s share image (no card of their own)', () => {
    const image = (url: string) => /<meta property="og:image" content="([^"]+)"/.exec(html(url))![1]!;
    expect(image('/san-pham/trang/3/')).toBe(image('/san-pham/'));
    expect(image('/san-pham/nhom/che-bien-nong-lam-thuy-san-thuc-pham/trang/2/')).toBe(image('/san-pham/nhom/che-bien-nong-lam-thuy-san-thuc-pham/'));
    expect(existsSync(path.join(out, new URL(image('/san-pham/')).pathname))).toBe(true);
    expect(existsSync(path.join(out, 'og/san-pham/trang'))).toBe(false);
  });

  test('the pager marks the current page and links the last one; the instant filter is off', () => {
    const first = html('/san-pham/');
    const lastNumber = Math.ceil(all.length / 48);
    expect(first).toMatch(/<a[^>]*href="\/san-pham\/"[^>]*aria-current="page"/);
    expect(first).toContain(`href="/san-pham/trang/${lastNumber}/"`);
    // The instant filter would hide and show only the cards of this page: off when the list is split.
    expect(first).not.toContain('data-browser');
  });

  test('a facet value is split the same way and holds exactly the products of that value', () => {
    const group = 'che-bien-nong-lam-thuy-san-thuc-pham';
    const pages = walk(`/san-pham/nhom/${group}/`);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toBe(`/san-pham/nhom/${group}/trang/2/`);
    const seen = pages.flatMap(cards);
    const expected = all.filter((slug) => groupOf(slug) === group);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));
  });
});

describe('the brochure in volumes', () => {
  const volumeLinks = () => [...html('/san-pham/in/').matchAll(/href="(\/san-pham\/in\/\d+\/)"/g)].map((m) => m[1]!);
  const items = (url: string) => [...html(url).matchAll(/id="sp-([^"]+)"/g)].map((m) => m[1]!);

  test('/san-pham/in/ lists the volumes; each holds at most 100 products of one group', () => {
    const volumes = volumeLinks();
    expect(volumes.length).toBeGreaterThan(4);
    for (const v of volumes) {
      const inside = items(v);
      expect(inside.length).toBeLessThanOrEqual(100);
      expect(new Set(inside.map(groupOf)).size, v).toBe(1);
    }
  });

  test('every product is printed in exactly one volume; a group of more than 100 takes as many volumes as it needs', () => {
    const volumes = volumeLinks();
    const seen = volumes.flatMap(items);
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen)).toEqual(new Set(all));
    const group = 'che-bien-nong-lam-thuy-san-thuc-pham';
    const inGroup = all.filter((slug) => groupOf(slug) === group).length;
    expect(inGroup, 'the catalogue must have a group of more than 100 to test with').toBeGreaterThan(100);
    const processed = volumes.filter((v) => groupOf(items(v)[0]!) === group);
    expect(processed).toHaveLength(Math.ceil(inGroup / 100));
    expect(textOf(html(processed[1]!))).toMatch(
      new RegExp(`Tập \\d+/${volumes.length}: Chế biến nông – lâm – thủy sản và thực phẩm, sản phẩm 101–${Math.min(200, inGroup)} trong ${inGroup}`),
    );
  });
});

describe('in a browser', () => {
  const site = useSiteInBrowser(out);
  test.each(['/san-pham/trang/2/', '/san-pham/nhom/che-bien-nong-lam-thuy-san-thuc-pham/trang/2/', '/san-pham/in/', '/san-pham/in/2/'])(
    '%s: zero axe violations, nothing scrolls sideways at 320 px',
    async (url) => {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 740 } });
      await page.goto(site.url + url, { waitUntil: 'load' });
      expect(await sidewaysOverflow(page)).toEqual({ scroll: 0, wide: [] });
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
