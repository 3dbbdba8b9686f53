// Search in Chromium against the built site: a table of queries (with and
// without diacritics, đ typed as d, names of products and producers,
// bulletin titles, plan terms) and the page each must rank first; then the
// search page itself: shared ?q= links, highlighting, filters, sorting, the
// no-results message, keyboard use, accessibility and what it loads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SEARCH_META_WEIGHTS } from '../../src/search/fold.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST } from '../support/dist.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';

/** query → the page that must come first. */
const FIRST: [string, string][] = [
  // đ typed as d, and the same query with its accents
  ['dong nai', '/ban-tin/chuong-trinh-khuyen-cong-giai-doan-2021-2025/'],
  // đ typed as d ranks exactly as the accented query does
  ['đồng nai', '/ban-tin/chuong-trinh-khuyen-cong-giai-doan-2021-2025/'],
  ['may tre dan', '/san-pham/gio-may-tre-dan/'],
  ['mây tre đan', '/san-pham/gio-may-tre-dan/'],
  ['den trang tri bang tre', '/san-pham/den-trang-tri-tre/'],
  ['đèn trang trí', '/san-pham/den-trang-tri-tre/'],
  ['hat dieu', '/san-pham/hat-dieu-rang-muoi/'],
  ['hạt điều', '/san-pham/hat-dieu-rang-muoi/'],
  ['may boc vo hat dieu', '/san-pham/may-boc-vo-hat-dieu/'],
  ['lo dot trau', '/san-pham/lo-dot-trau-nhiet/'],
  ['hop nhat tinh dong nai va binh phuoc', '/ban-tin/hop-nhat-tinh-dong-nai-va-binh-phuoc/'],
  ['hoi dong giam khao', '/ban-tin/hoi-dong-cham-diem-san-pham-cnnt-tieu-bieu-cap-tinh-2024/'],
  ['chuyen de truyen hinh', '/truyen-hinh/'],
  ['chuyên đề truyền hình', '/truyen-hinh/'],
  // product names, one word and several
  ['chả giò gia kiệm', '/san-pham/cha-gio-gia-kiem/'],
  ['cha gio gia kiem', '/san-pham/cha-gio-gia-kiem/'],
  ['khô cá kìm', '/san-pham/kho-ca-kim/'],
  ['kho ca kim', '/san-pham/kho-ca-kim/'],
  ['ghe xich du may', '/san-pham/ghe-xich-du-may/'],
  ['banh chung ho nai', '/san-pham/banh-chung-ho-nai/'],
  ['bánh chưng', '/san-pham/banh-chung-ho-nai/'],
  ['chuoi say deo', '/san-pham/chuoi-say-deo/'],
  ['nhang tram', '/san-pham/nhang-tram-tu-nhien/'],
  ['xa phong thao moc', '/san-pham/xa-phong-thao-moc/'],
  ['nuoc tuong', '/san-pham/nuoc-mam-chay/'],
  ['may say nong san', '/san-pham/may-say-nong-san/'],
  // producers
  ['co so may tre thanh binh', '/san-pham/ghe-xich-du-may/'],
  ['go my nghe binh minh', '/san-pham/tuong-go-my-nghe/'],
  // bulletin titles and topics
  ['gom bien hoa', '/ban-tin/gom-bien-hoa-nghe-truyen-thong/'],
  ['gốm biên hòa', '/ban-tin/gom-bien-hoa-nghe-truyen-thong/'],
  ['tap huan khoi su doanh nghiep', '/ban-tin/tap-huan-khoi-su-doanh-nghiep-minh-hoa/'],
  ['gian hang hoi cho', '/ban-tin/gian-hang-chung-tai-hoi-cho-minh-hoa/'],
  ['189 san pham', '/ban-tin/binh-chon-san-pham-cnnt-khu-vuc-phia-nam-2024/'],
  ['khu vuc phia nam', '/ban-tin/binh-chon-san-pham-cnnt-khu-vuc-phia-nam-2024/'],
  ['ban hanh ke hoach khuyen cong', '/ban-tin/ke-hoach-khuyen-cong-2024-duoc-ban-hanh/'],
  // plan terms and other pages
  ['kinh phí khuyến công', '/ban-tin/ke-hoach-2024-ho-tro-nhung-gi/'],
  ['kinh phi khuyen cong', '/ban-tin/ke-hoach-2024-ho-tro-nhung-gi/'],
  // a district: accented, or unaccented with the product's name (unaccented "dinh quan"
  // alone: see the test of districts below)
  ['định quán', '/san-pham/lo-dot-trau-nhiet/'],
  ['kho ca kim dinh quan', '/san-pham/kho-ca-kim/'],
  ['lich phat song', '/truyen-hinh/'],
  ['du lieu mo', '/du-lieu/'],
  // support policies, events, progress
  ['ho tro ung dung may moc thiet bi', '/chinh-sach/may-moc-thiet-bi/'],
  ['thue gian hang hoi cho', '/chinh-sach/thue-gian-hang-hoi-cho/'],
  ['su kien', '/su-kien/'],
  ['tien do thuc hien', '/ke-hoach/2024/tien-do/'],
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(DIST);
  browser = await launchChromium(inject('chromium'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 360): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(server.url + path, { waitUntil: 'load' });
  return page;
}

/** Waits until the search page has answered (a count or the no-results message). */
async function answered(page: Page) {
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

describe('the first result of each query (Pagefind, with the search page’s ranking weights)', () => {
  let firsts: Record<string, string | null>;
  beforeAll(async () => {
    const page = await open('/tim-kiem/');
    // A string, so that Vitest does not rewrite the browser's import().
    firsts = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ ranking: { metaWeights: ${JSON.stringify(SEARCH_META_WEIGHTS)} } });
      const out = {};
      for (const q of ${JSON.stringify(FIRST.map(([q]) => q))}) {
        const res = await pf.search(q);
        out[q] = res.results[0] ? (await res.results[0].data()).url : null;
      }
      return out;
    })()`);
    await page.close();
  });
  test(`at least 30 queries (${FIRST.length})`, () => expect(FIRST.length).toBeGreaterThanOrEqual(30));
  test.each(FIRST)('%s → %s', (query, expected) => {
    expect(firsts[query]).toBe(expected);
  });
});

describe('a district typed without accents', () => {
  // The products made in Định Quán, from the content files.
  const inDinhQuan = readdirSync('content/products')
    .filter((slug) => /^\s+district: "?Huyện Định Quán"?$/m.test(readFileSync(path.join('content/products', slug, 'index.md'), 'utf8')))
    .map((slug) => `/san-pham/${slug}/`);

  test('"dinh quan" lists the products of Định Quán first, before the pages that say "quyết định" or "quản lý"', async () => {
    expect(inDinhQuan.length).toBeGreaterThan(0);
    const page = await open('/tim-kiem/');
    const urls: string[] = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ ranking: { metaWeights: ${JSON.stringify(SEARCH_META_WEIGHTS)} } });
      const res = await pf.search('dinh quan');
      return Promise.all(res.results.slice(0, ${inDinhQuan.length}).map(async (r) => (await r.data()).url));
    })()`);
    await page.close();
    expect(urls.sort()).toEqual(inDinhQuan.sort());
  });
});

describe('/tim-kiem/', () => {
  test('?q= opens with results; "dong nai" marks Đồng in the results (accent-aware highlighting)', async () => {
    const page = await open('/tim-kiem/?q=dong+nai');
    await answered(page);
    expect(await page.inputValue('#search-q')).toBe('dong nai');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(3);
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks).toContain('Đồng');
    // Each result shows its section, its title as a link, and an excerpt.
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe(FIRST[0]![1]);
    expect(await first.locator('p').first().textContent()).toMatch(/^Bản tin · \d{2}\/\d{1,2}\/\d{4}$/);
    await page.close();
  });

  test('a product result shows its picture; "may tre dan" marks "mây", "tre", "đan"', async () => {
    const page = await open('/tim-kiem/?q=may+tre+dan');
    await answered(page);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('img').count()).toBe(1);
    expect(await first.locator('p').first().textContent()).toBe('Sản phẩm');
    const marks = (await first.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks).toEqual(expect.arrayContaining(['mây', 'tre', 'đan']));
    await page.close();
  });

  test('no results: a clear message with suggestions', async () => {
    const page = await open('/tim-kiem/?q=qqxxzzkk');
    await answered(page);
    expect(await page.textContent('#search-status')).toBe('Không tìm thấy kết quả nào cho “qqxxzzkk”.');
    expect(await page.isVisible('#search-tips')).toBe(true);
    expect(await page.locator('#search-results > li').count()).toBe(0);
    await page.close();
  });

  test('filters: section and product group narrow the results and stay in the URL', async () => {
    const page = await open('/tim-kiem/?q=gom');
    await answered(page);
    const before = await page.locator('#search-results > li').count();
    await page.selectOption('#search-muc', 'Sản phẩm');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('muc') === 'Sản phẩm');
    await answered(page);
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results > li p:first-of-type')].every((p) => p.textContent === 'Sản phẩm'));
    const sections = await page.locator('#search-results > li > div > p:first-child').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.length).toBeLessThan(before);
    expect(new Set(sections)).toEqual(new Set(['Sản phẩm']));
    await page.close();

    const machines = await open('/tim-kiem/?q=may&nhom=' + encodeURIComponent('Thiết bị – máy móc – cơ khí'));
    await answered(machines);
    const hrefs = await machines.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/san-pham/may-boc-vo-hat-dieu/');
    expect(hrefs).not.toContain('/san-pham/gio-may-tre-dan/');
    await machines.close();
  });

  test('year filter and newest-first sorting over bulletins', async () => {
    const page = await open('/tim-kiem/?muc=' + encodeURIComponent('Bản tin') + '&sap-xep=moi');
    await answered(page);
    const dates = await page.locator('#search-results > li > div > p:first-child').allTextContents();
    const iso = dates.map((d) => d.split(' · ')[1]!.split('/').reverse().map((x) => x.padStart(2, '0')).join('-'));
    expect(iso.length).toBeGreaterThan(5);
    expect(iso).toEqual([...iso].sort().reverse());
    await page.selectOption('#search-nam', '2025');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('nam') === '2025');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results > li > div > p:first-child')].every((p) => p.textContent!.endsWith('/2025')));
    await page.close();
  });

  test('keyboard: type a query, Tab through the filters to the first result, Enter opens it', async () => {
    const page = await open('/tim-kiem/', 1280);
    await page.focus('#search-q');
    await page.keyboard.type('kho ca kim');
    await answered(page);
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href') || ''));
      if (order.at(-1)!.startsWith('/san-pham/')) break;
    }
    expect(order).toEqual(['search-submit', 'search-muc', 'search-nhom', 'search-nam', 'search-sort', '/san-pham/kho-ca-kim/']);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await Promise.all([page.waitForURL('**/san-pham/kho-ca-kim/'), page.keyboard.press('Enter')]);
    await page.close();
  });

  test('results are announced politely (role=status)', async () => {
    const page = await open('/tim-kiem/');
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    await page.close();
  });

  test('zero axe violations with results shown, at 360 and 1280 px', async () => {
    const page = await open('/tim-kiem/?q=gom+bien+hoa');
    await answered(page);
    await page.addScriptTag({ content: axe.source });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }),
      );
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `at ${width}px`).toEqual([]);
    }
    await page.close();
  });
});

describe('search code loads only when used', () => {
  const pagefindRequests = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) seen.push(r.url());
    });
    return seen;
  };

  test('other pages: a plain form, no script, nothing from /pagefind/', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = pagefindRequests(page);
    await page.goto(`${server.url}/ke-hoach/2024/`, { waitUntil: 'networkidle' });
    expect(seen).toEqual([]);
    // The header's form goes to the search page without any script.
    await page.fill('#header-q', 'hat dieu');
    await Promise.all([page.waitForURL('**/tim-kiem/?q=hat+dieu'), page.press('#header-q', 'Enter')]);
    await answered(page);
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe('/san-pham/hat-dieu-rang-muoi/');
    await page.close();
  });

  test('/tim-kiem/ without a query loads Pagefind only when someone types', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const seen = pagefindRequests(page);
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    expect(seen).toEqual([]);
    await page.fill('#search-q', 'gom');
    await answered(page);
    expect(seen.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  test('a first search transfers less than 250 KB', async () => {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/tim-kiem/?q=may+tre+dan`, { waitUntil: 'networkidle' });
    await answered(page);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(250 * 1024);
    await page.close();
  });
});
