// Search in Chromium against the built site: queries made from today's
// content (names of products and their producers, issue and policy titles,
// with and without diacritics, đ typed as d) and the page each must rank
// first; a few fixed queries for the site's own pages; then the search page
// itself: shared ?q= links, highlighting, filters, sorting, the no-results
// message, keyboard use, accessibility and what it loads.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SEARCH_META_WEIGHTS } from '../../src/search/fold.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { axeViolations } from '../support/a11y.ts';
import { DIST } from '../support/dist.ts';
import { bulletins, plans, policies, products, spread, unaccented } from '../support/published.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';
import { GROUPS } from '../../src/schemas/product.ts';

/** Entries searched by name: a bounded, evenly spread sample of each collection (the whole of a small one). */
const named = [
  ...spread(products(), 16).map((p) => ({ name: p.data.name, page: p.page })),
  ...spread(bulletins(), 12).map((b) => ({ name: b.data.title, page: b.page })),
  ...spread(policies(), 8).map((p) => ({ name: p.data.title, page: p.page })),
];
/** A producer's name, without a trailing remark in brackets ("(minh họa)"). */
const producerOf = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '');
/** What a page's entry is called, as a reader types it: its name or title, and a product's producer. */
const names = [
  ...products().flatMap((p) => [p.data.name, producerOf(p.data.producer.name)].map((name) => ({ name, page: p.page }))),
  ...bulletins().map((b) => ({ name: b.data.title, page: b.page })),
  ...policies().map((p) => ({ name: p.data.title, page: p.page })),
];
const words = (s: string): string[] => unaccented(s).match(/[a-z0-9]+/g) ?? [];
/** The pages whose name (or producer) holds every word of the query: any of them may come first. */
const pagesCalled = (query: string) => [
  ...new Set(names.filter((n) => words(query).every((w) => words(n.name).includes(w))).map((n) => n.page)),
];
/** "Huyện Định Quán" → "Định Quán" */
const shortDistrict = (d: string) => d.replace(/^(Huyện|Thành phố|Thị xã) /, '');
const progressPages = plans().map((p) => `/ke-hoach/${p.data.year}/tien-do/`);

/** query → the pages any of which must come first. */
const FIRST: [string, string[]][] = [
  // A name as written, and typed without accents (đ as d): its page comes first either way.
  ...named.flatMap(({ name }) => [name.toLocaleLowerCase('vi'), unaccented(name)].map((q) => [q, pagesCalled(q)] as [string, string[]])),
  // A long name without its first word ("may tre dan xuat khau"), without accents: a page whose name holds those words.
  // (Two words alone, "ke hoach" or "ho tro", name too many pages to expect one of them first.)
  ...named.filter(({ name }) => words(name).length >= 4).map(({ name }) => words(name).slice(1).join(' ')).map((q) => [q, pagesCalled(q)] as [string, string[]]),
  // A producer's name, without accents: one of its products.
  ...spread(products(), 8).map((p) => unaccented(producerOf(p.data.producer.name))).map((q) => [q, pagesCalled(q)] as [string, string[]]),
  // A product's name and its district, without accents.
  ...spread(products(), 4).map((p) => [`${unaccented(p.data.name)} ${unaccented(shortDistrict(p.data.producer.district))}`, [p.page]] as [string, string[]]),
  // A district as written: one of the products made there (or a page named after the place).
  ...[...new Set(spread(products(), 4).map((p) => p.data.producer.district))]
    .map((d) => [d, shortDistrict(d).toLocaleLowerCase('vi')])
    .map(([d, q]) => [q, [...products().filter((p) => p.data.producer.district === d).map((p) => p.page), ...pagesCalled(q!)]] as [string, string[]]),
  // The site's own pages, by what they are about.
  ['chuyen de truyen hinh', ['/truyen-hinh/']],
  ['chuyên đề truyền hình', ['/truyen-hinh/']],
  ['lich phat song', ['/truyen-hinh/']],
  ['du lieu mo', ['/du-lieu/']],
  ['su kien', ['/su-kien/']],
  ['tien do thuc hien', progressPages],
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
    expect(expected.length).toBeGreaterThan(0);
    expect(expected).toContain(firsts[query]);
  });
  test.each(named.map((e) => [unaccented(e.name), e.name.toLocaleLowerCase('vi')]))('"%s" (đ typed as d) ranks first what "%s" does', (plain, accented) => {
    expect(firsts[plain]).toBe(firsts[accented]);
  });
});

describe('a district typed without accents', () => {
  // A district of today's products whose name has đ (typed as d, it reads like "quyết định"), else any.
  const districts = [...new Set(products().map((p) => p.data.producer.district))].sort();
  const district = districts.find((d) => /đ/i.test(d)) ?? districts[0]!;
  const query = unaccented(shortDistrict(district));
  const inDistrict = products().filter((p) => p.data.producer.district === district).map((p) => p.page);

  test(`"${query}" lists the products of ${district} first, before the pages that say "quyết định" or "quản lý"`, async () => {
    expect(inDistrict.length).toBeGreaterThan(0);
    const page = await open('/tim-kiem/');
    const urls: string[] = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ ranking: { metaWeights: ${JSON.stringify(SEARCH_META_WEIGHTS)} } });
      const res = await pf.search(${JSON.stringify(query)});
      return Promise.all(res.results.slice(0, ${inDistrict.length}).map(async (r) => (await r.data()).url));
    })()`);
    await page.close();
    expect(urls.sort()).toEqual(inDistrict.sort());
  });
});

/** Runs Pagefind in the search page (with its ranking weights): `body` is the body of an async function given `pf`. */
async function inPagefind<T>(body: string): Promise<T> {
  const page = await open('/tim-kiem/');
  try {
    // A string, so that Vitest does not rewrite the browser's import().
    return await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ ranking: { metaWeights: ${JSON.stringify(SEARCH_META_WEIGHTS)} } });
      ${body}
    })()`);
  } finally {
    await page.close();
  }
}

describe('results about the thing searched for', () => {
  test('"gom" among products lists the pottery (products named gốm) first, not the products that only list them as related', async () => {
    const pottery = products().filter((p) => words(p.data.name).includes('gom')).map((p) => p.page);
    expect(pottery.length).toBeGreaterThan(0);
    const urls = await inPagefind<string[]>(`
      const res = await pf.search('gom', { filters: { muc: 'Sản phẩm' } });
      return Promise.all(res.results.map(async (r) => (await r.data()).url));`);
    expect(urls.slice(0, pottery.length).sort()).toEqual([...pottery].sort());
    // A product is found by its own text only: each one listed says gốm (or gồm) somewhere of its own.
    for (const url of urls) {
      const p = products().find((x) => x.page === url)!;
      expect(unaccented(`${p.data.name} ${p.data.summary} ${p.body}`), url).toMatch(/\bgom\b/);
    }
  });

  // The labels of a product page, which used to come out of the index as a run: "Cơ sở Địa chỉ khi được công nhận …".
  const LABELS = ['Địa chỉ khi được công nhận', 'Cơ sở sản xuất', 'Công nhận', 'Giới thiệu', 'Nguồn thông tin', 'Sản phẩm cùng nhóm', 'Chưa có ảnh'];
  // A producer's place (commune and district, as a reader types them): the part of the page that held the labels.
  const place = (p: ReturnType<typeof products>[number]) =>
    unaccented(`${p.data.producer.commune.replace(/^(xã|phường|thị trấn) /i, '')} ${p.data.producer.district.replace(/^(Huyện|Thành phố) /, '')}`);
  test.each(spread(products(), 6).map((p) => [place(p), p.page]))('"%s" (where %s is made): the products’ excerpts read as sentences, not labels', async (query, url) => {
    const excerpts = await inPagefind<Record<string, string>>(`
      const res = await pf.search(${JSON.stringify(query)}, { filters: { muc: 'Sản phẩm' } });
      const out = {};
      for (const r of res.results.slice(0, 5)) { const d = await r.data(); out[d.url] = d.excerpt.replace(/<[^>]+>/g, ''); }
      return out;`);
    expect(Object.keys(excerpts).length, `results for ${url}'s place`).toBeGreaterThan(0);
    for (const [found, excerpt] of Object.entries(excerpts)) {
      // A label may appear only where the product's own text says it (its name, summary or description).
      const p = products().find((x) => x.page === found)!;
      const own = `${p.data.name} ${p.data.summary} ${p.body ?? ''}`.toLocaleLowerCase('vi');
      for (const label of LABELS.filter((l) => !own.includes(l.toLocaleLowerCase('vi')))) expect(excerpt, `${found}: ${label}`).not.toContain(label);
    }
  });
});

describe('the section filter ("Mục")', () => {
  /** Each page's section, by its address (written out here, not taken from the site's code). */
  const SECTION_OF: [string, string][] = [
    ['/ke-hoach/', 'Kế hoạch'],
    ['/ban-tin/', 'Bản tin'],
    ['/san-pham/', 'Sản phẩm'],
    ['/truyen-hinh/', 'Truyền hình'],
    ['/chinh-sach/', 'Chính sách hỗ trợ'],
    ['/su-kien/', 'Sự kiện'],
    ['/du-lieu/', 'Dữ liệu mở'],
    ['/lien-he/', 'Liên hệ'],
    ['/kha-nang-tiep-can/', 'Khả năng tiếp cận'],
  ];
  const expectedSection = (url: string) => SECTION_OF.find(([prefix]) => url.startsWith(prefix))?.[1] ?? 'Giới thiệu';

  test('offers every section the results carry, and each page is in its own section (/su-kien/ in "Sự kiện")', async () => {
    const page = await open('/tim-kiem/');
    const offered = (await page.locator('#search-muc option').allTextContents()).slice(1);
    await page.close();
    const index = await inPagefind<Record<string, string[]>>(`
      const values = Object.keys((await pf.filters()).muc);
      const out = {};
      for (const v of values) {
        const res = await pf.search(null, { filters: { muc: v } });
        out[v] = await Promise.all(res.results.map(async (r) => (await r.data()).url));
      }
      return out;`);
    for (const section of Object.keys(index)) expect(offered, `the filter offers "${section}"`).toContain(section);
    for (const [section, urls] of Object.entries(index)) for (const url of urls) expect(section, url).toBe(expectedSection(url));
    expect(Object.entries(index).find(([, urls]) => urls.includes('/su-kien/'))?.[0]).toBe('Sự kiện');
    for (const p of policies()) expect(index['Chính sách hỗ trợ'], p.page).toContain(p.page);
  });
});

// Pages of today's content for the search page's own tests: an issue, and two products named in more than one word.
const issue = bulletins().at(-1)!;
const [product, other] = spread(products().filter((p) => p.data.name.split(' ').length > 1), 2) as [ReturnType<typeof products>[number], ReturnType<typeof products>[number]];
const shortDate = (iso: string) => `${iso.slice(8, 10)}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
const bulletinYears = [...new Set(bulletins().map((b) => b.data.date.slice(0, 4)))].sort();

// Each test opens pages of its own: a few run at once (maxConcurrency).
describe.concurrent('/tim-kiem/', () => {
  test('?q= opens with results; "dong nai" marks Đồng in the results (accent-aware highlighting)', async () => {
    const page = await open('/tim-kiem/?q=dong+nai');
    await answered(page);
    expect(await page.inputValue('#search-q')).toBe('dong nai');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(3);
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks).toContain('Đồng');
    // Each result shows its section, its title as a link, and an excerpt.
    for (const li of await page.locator('#search-results > li').all()) {
      expect(await li.locator('h2 a').getAttribute('href')).toMatch(/^\//);
      expect(await li.locator('p').first().textContent()).toMatch(/^[^·]+( · \d{2}\/\d{1,2}\/\d{4})?$/);
    }
    await page.close();
  });

  test(`an issue's result shows "Bản tin" and its date (${issue.page})`, async () => {
    const page = await open(`/tim-kiem/?q=${encodeURIComponent(unaccented(issue.data.title))}`);
    await answered(page);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe(issue.page);
    expect(await first.locator('p').first().textContent()).toBe(`Bản tin · ${shortDate(issue.data.date)}`);
    await page.close();
  });

  test(`a product result shows its picture; "${unaccented(product.data.name)}" marks the words of "${product.data.name}"`, async () => {
    const page = await open(`/tim-kiem/?q=${encodeURIComponent(unaccented(product.data.name))}`);
    await answered(page);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe(product.page);
    expect(await first.locator('img').count()).toBe(1);
    expect(await first.locator('p').first().textContent()).toBe('Sản phẩm');
    const marks = (await first.locator('mark').allTextContents()).map((m) => m.toLocaleLowerCase('vi').normalize('NFC'));
    const words = product.data.name.toLocaleLowerCase('vi').normalize('NFC').split(/\s+/);
    expect(marks).toEqual(expect.arrayContaining(words.filter((w) => w !== unaccented(w))));
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
    const page = await open('/tim-kiem/?q=dong+nai');
    await answered(page);
    const before = await page.locator('#search-results > li > div > p:first-child').allTextContents();
    expect(new Set(before).size).toBeGreaterThan(1);
    await page.selectOption('#search-muc', 'Sản phẩm');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('muc') === 'Sản phẩm');
    await answered(page);
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results > li p:first-of-type')].every((p) => p.textContent === 'Sản phẩm'));
    const sections = await page.locator('#search-results > li > div > p:first-child').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections)).toEqual(new Set(['Sản phẩm']));
    await page.close();

    // The group of the first product: only its products are listed.
    const group = product.data.group;
    const ofGroup = products().filter((p) => p.data.group === group).map((p) => p.page);
    const filtered = await open('/tim-kiem/?q=dong+nai&nhom=' + encodeURIComponent(GROUPS[group]));
    await answered(filtered);
    const hrefs = await filtered.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBe(Math.min(10, ofGroup.length));
    for (const href of hrefs) expect(ofGroup).toContain(href);
    await filtered.close();
  });

  test(`year filter (${bulletinYears[0]}) and newest-first sorting over bulletins`, async () => {
    const page = await open('/tim-kiem/?muc=' + encodeURIComponent('Bản tin') + '&sap-xep=moi');
    await answered(page);
    const dates = await page.locator('#search-results > li > div > p:first-child').allTextContents();
    const iso = dates.map((d) => d.split(' · ')[1]!.split('/').reverse().map((x) => x.padStart(2, '0')).join('-'));
    expect(iso).toHaveLength(Math.min(10, bulletins().length));
    expect(iso).toEqual([...iso].sort().reverse());
    expect(iso[0]).toBe(bulletins().map((b) => b.data.date).sort().at(-1));
    await page.selectOption('#search-nam', bulletinYears[0]!);
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('nam') === y, bulletinYears[0]);
    await page.waitForFunction((y) => [...document.querySelectorAll('#search-results > li > div > p:first-child')].every((p) => p.textContent!.endsWith(`/${y}`)), bulletinYears[0]);
    await page.close();
  });

  test('keyboard: type a query, Tab through the filters to the first result, Enter opens it', async () => {
    const page = await open('/tim-kiem/', 1280);
    await page.focus('#search-q');
    await page.keyboard.type(unaccented(other.data.name));
    await answered(page);
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href') || ''));
      if (order.at(-1)!.startsWith('/san-pham/')) break;
    }
    expect(order).toEqual(['search-submit', 'search-muc', 'search-nhom', 'search-nam', 'search-sort', other.page]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await Promise.all([page.waitForURL(`**${other.page}`), page.keyboard.press('Enter')]);
    await page.close();
  });

  test('results are announced politely (role=status)', async () => {
    const page = await open('/tim-kiem/');
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    await page.close();
  });

  test('zero axe violations with results shown, at 360 and 1280 px', async () => {
    const page = await open('/tim-kiem/?q=dong+nai');
    await answered(page);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page), `at ${width}px`).toEqual([]);
    }
    await page.close();
  });
});

describe.concurrent('search code loads only when used', () => {
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
    await page.goto(`${server.url}${plans().at(-1)!.page}`, { waitUntil: 'networkidle' });
    expect(seen).toEqual([]);
    // The header's form goes to the search page without any script.
    const query = unaccented(product.data.name);
    await page.fill('#header-q', query);
    await Promise.all([page.waitForURL(`**/tim-kiem/?q=${query.replace(/ /g, '+')}`), page.press('#header-q', 'Enter')]);
    await answered(page);
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe(product.page);
    await page.close();
  });

  test('/tim-kiem/ without a query loads Pagefind only when someone types', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const seen = pagefindRequests(page);
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    expect(seen).toEqual([]);
    await page.fill('#search-q', 'dong nai');
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
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(unaccented(product.data.name))}`, { waitUntil: 'networkidle' });
    await answered(page);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(250 * 1024);
    await page.close();
  });
});
