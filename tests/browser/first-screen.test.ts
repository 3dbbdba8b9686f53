// What a visitor meets first, in Chromium: on a phone's first screen (360 × 640,
// no scrolling) the three tasks people come for, a menu button that says so in
// words, a home link no wider than the logo and name, and focus rings that can
// be seen (3:1 against what surrounds them) wherever the keyboard goes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { plans, policies, products } from '../support/published.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();
const latestPlan = [...plans()].sort((a, b) => b.data.year - a.data.year)[0]!;

async function open(path: string, width: number, height = 800): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height } });
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}

describe('the home page on a phone (360 × 640)', () => {
  test(`the first screen leads to products (${products().length}), support (${policies().length} policies) and the ${latestPlan.data.year} plan with its budget, without scrolling`, async () => {
    const page = await open('/', 360, 640);
    const tasks = await page.evaluate(() =>
      [...document.querySelectorAll('main a')]
        .map((a) => ({ href: a.getAttribute('href'), text: (a as HTMLElement).innerText.replace(/\s+/g, ' '), rect: a.getBoundingClientRect().toJSON() as DOMRect }))
        .filter((a) => a.rect.bottom <= innerHeight && a.rect.top >= 0 && a.rect.width > 0),
    );
    const byHref = (href: string) => tasks.find((a) => a.href === href);
    expect(byHref('/san-pham/')?.text, 'a link to the catalogue, wholly on the first screen').toMatch(/sản phẩm/i);
    expect(byHref('/chinh-sach/')?.text, 'a link to the support policies').toMatch(/hỗ trợ/i);
    const plan = byHref(latestPlan.page)?.text;
    expect(plan, `a link to ${latestPlan.page}`).toMatch(/kế hoạch/i);
    expect(plan).toMatch(/kinh phí/i);
    expect(plan).toContain(String(latestPlan.data.year));
    // Big enough to tap (WCAG 2.5.8 asks 24 px; these are cards).
    for (const href of ['/san-pham/', '/chinh-sach/', latestPlan.page]) expect(byHref(href)!.rect.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  test('the menu button says "Menu" in words, and leads to the list of sections', async () => {
    const page = await open('/', 360, 640);
    const menu = page.locator('header a[href="#dieu-huong"]');
    expect((await menu.innerText()).trim()).toBe('Menu');
    // Visible words, not a screen-reader-only label beside an icon.
    const word = await menu.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      const r = range.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    expect(word.width).toBeGreaterThan(50);
    expect(word.height).toBeGreaterThan(15);
    await menu.click();
    expect(await page.evaluate(() => location.hash)).toBe('#dieu-huong');
    expect(await page.locator('#dieu-huong a[href="/san-pham/"]').isVisible()).toBe(true);
    await page.close();
  });
});

test.each([360, 1280])('at %i px the home link is the logo and the name only', async (width) => {
  const page = await open('/ban-tin/', width);
  const sizes = await page.evaluate(() => {
    const a = document.querySelector<HTMLAnchorElement>('header a[href="/"]')!;
    const range = document.createRange();
    range.selectNodeContents(a);
    const content = range.getBoundingClientRect();
    return { link: a.getBoundingClientRect().width, content: content.width, header: document.querySelector('header')!.getBoundingClientRect().width };
  });
  expect(sizes.link).toBeLessThanOrEqual(sizes.content + 1);
  expect(sizes.link).toBeLessThan(sizes.header / 2);
  await page.close();
});

/**
 * Tabs through a page from its start, and for each element that takes focus
 * gives its outline and the contrast of the outline's colour with the
 * background just outside it (the page as painted there, found with
 * elementsFromPoint: the header's navy behind a header link, the white around
 * a button, …), on the side where that contrast is lowest.
 */
async function focusRings(page: Page, maxTabs: number, from?: string) {
  // Start just before `from` (e.g. the footer of a long page), or at the page's start.
  if (from)
    await page.evaluate((selector) => {
      const start = document.querySelector<HTMLElement>(selector)!;
      start.tabIndex = -1;
      start.focus();
    }, from);
  const seen: { what: string; where: string; outline: string; width: number; contrast: number; behind: string }[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const contrast = (a: number[], b: number[]) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
        return (x + 0.05) / (y + 0.05);
      };
      const style = getComputedStyle(el);
      const width = parseFloat(style.outlineWidth);
      const offset = parseFloat(style.outlineOffset) || 0;
      const r = el.getBoundingClientRect();
      const out = offset + width + 1;
      // Just outside the ring, in the middle of each side that is on screen.
      const points = [
        [r.left - out, r.top + r.height / 2],
        [r.right + out, r.top + r.height / 2],
        [r.left + r.width / 2, r.top - out],
        [r.left + r.width / 2, r.bottom + out],
      ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
      const behindAt = ([x, y]: number[]) => {
        for (const under of document.elementsFromPoint(x!, y!)) {
          if (el.contains(under)) continue;
          const bg = parse(getComputedStyle(under).backgroundColor);
          if (bg.length >= 3 && (bg[3] ?? 1) > 0.5) return bg;
        }
        return [255, 255, 255];
      };
      const color = parse(style.outlineColor);
      const sides = points.map((p) => ({ behind: behindAt(p), contrast: contrast(color, behindAt(p)) })).sort((a, b) => a.contrast - b.contrast);
      const worst = sides[0] ?? { behind: [255, 255, 255], contrast: 0 };
      return {
        what: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.id ?? ''} “${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30)}”`,
        where: el.closest('header') ? 'header' : el.closest('footer') ? 'footer' : el.closest('main') ? 'main' : 'page',
        outline: style.outlineStyle === 'none' ? 'none' : style.outlineColor,
        width,
        contrast: Math.round(worst.contrast * 100) / 100,
        behind: `rgb(${worst.behind.slice(0, 3).join(', ')})`,
      };
    });
    if (!ring) break;
    if (seen.some((s) => s.what === ring.what && s.where === ring.where)) break; // round the page once
    seen.push(ring);
  }
  return seen;
}

describe('focus rings reach 3:1 against what surrounds them', () => {
  test.each([
    ['/', 1280],
    ['/', 360],
    [latestPlan.page, 1280],
    ['/san-pham/', 360],
  ] as const)('%s at %i px: header, search button, page body and footer', async (path, width) => {
    const page = await open(path, width);
    // The start of the page (skip link, header, the first part of the body), then the footer.
    const rings = [...(await focusRings(page, 40)), ...(await focusRings(page, 40, 'footer'))];
    const where = new Set(rings.map((r) => r.where));
    for (const part of ['header', 'main', 'footer']) expect(where, `Tab reached the ${part}`).toContain(part);
    if (width >= 1024) expect(rings.map((r) => r.what).some((w) => w.startsWith('button')), 'the header’s search button').toBe(true);
    const weak = rings.filter((r) => r.outline === 'none' || r.width < 2 || r.contrast < 3);
    expect(weak, 'focused elements whose ring is missing, thin or below 3:1').toEqual([]);
    await page.close();
  }, 120_000);
});
