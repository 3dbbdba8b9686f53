// Every template of the site in a real (headless) Chromium, on a few
// representative pages of each (tests/support/templates.ts picks them from the
// build: first, last, longest, and one illustrative and one sourced page where
// a template has both): accessibility (axe, WCAG 2.2 AA), no sideways scrolling
// on small phones; then the skip link, focus and the print layout. What can be
// checked on every page without a browser is in tests/build/ (site.test.ts,
// links.test.ts, share-and-search.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, sidewaysOverflow } from '../support/a11y.ts';
import { plans } from '../support/published.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { representativePages } from '../support/templates.ts';

const site = useSiteInBrowser();
const chosen = representativePages();
/** One page per template is also checked at desktop width. */
const desktopToo = new Set([...new Map(chosen.map((c) => [c.template, c.url])).values()]);

async function open(path: string, width = 360): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 740 } });
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}

describe.concurrent.each(chosen)('$url (src/pages/$template: $why)', ({ url }) => {
  test('zero axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa); nothing scrolls sideways at 320 px', async () => {
    // 320 CSS px is a 1280 px window at 400 % zoom or a 640 px one at 200 %: WCAG's reflow width.
    const page = await open(url, 320);
    expect(await sidewaysOverflow(page), 'at 320px').toEqual({ scroll: 0, wide: [] });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await sidewaysOverflow(page), 'at 360px').toEqual({ scroll: 0, wide: [] });
    expect(await axeViolations(page), 'at 360px').toEqual([]);
    if (desktopToo.has(url)) {
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await axeViolations(page), 'at 1280px').toEqual([]);
    }
    await page.close();
  }, 180_000); // long pages (the brochure) under a loaded machine
});

// The plan's page: the longest text, with a table of contents.
const planPage = plans().at(-1)!.page;

describe('keyboard', () => {
  test('the first Tab reaches the skip link, and it moves focus to the main content', async () => {
    const page = await open(planPage);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      visible: document.activeElement!.getBoundingClientRect().top >= 0,
    }));
    expect(first).toEqual({ text: 'Bỏ qua để đến nội dung chính', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    // The next Tab goes into the page's content, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  test('focus is visible on links', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});

describe('print', () => {
  test('no navigation, black on white, link addresses after the body’s links but not after the header’s', async () => {
    const page = await open(planPage, 1280);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const nav = document.querySelector('header nav')!;
      const link = document.querySelector('footer a[href^="http"]')!;
      // Header links that print: the home link (the site's name) prints as words, without "(/)".
      const headerAfters = [...document.querySelectorAll('header a')]
        .filter((a) => getComputedStyle(a).display !== 'none' && !a.closest('nav, .no-print'))
        .map((a) => `${a.getAttribute('href')} ${getComputedStyle(a, '::after').content}`);
      const bodyLink = document.querySelector('main a[href$="/tien-do/"]')!;
      return {
        headerAfters,
        bodyAfter: getComputedStyle(bodyLink, '::after').content,
        bodyHref: bodyLink.getAttribute('href'),
        navShown: getComputedStyle(nav).display !== 'none',
        tocShown: getComputedStyle(document.querySelector('.toc')!).display !== 'none',
        color: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
        after: getComputedStyle(link, '::after').content,
        href: link.getAttribute('href'),
      };
    });
    expect(printed.navShown).toBe(false);
    expect(printed.tocShown).toBe(false);
    expect(printed.color).toBe('rgb(0, 0, 0)');
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.after).toContain(printed.href!);
    expect(printed.bodyAfter).toContain(printed.bodyHref!);
    expect(printed.headerAfters.length).toBeGreaterThan(0);
    for (const after of printed.headerAfters) expect(after).toMatch(/ (none|normal)$/);
    await page.close();
  });
});

describe('budget tables on a phone', () => {
  // At 320 px a three-column table left the source's name a column of a few letters a line.
  test.each(plans().flatMap((p) => [p.page, `${p.page}tien-do/`]))('%s at 320 px: each source’s name on its own line over the figures, each figure named', async (url) => {
    const page = await open(url, 320);
    const rows = await page.$$eval('table.stack-table tbody tr', (trs) =>
      trs.map((tr) => {
        const th = tr.querySelector('th')!.getBoundingClientRect();
        const tds = [...tr.querySelectorAll('td')];
        return {
          name: tr.querySelector('th')!.textContent!.trim(),
          nameWidth: th.width,
          rowWidth: tr.getBoundingClientRect().width,
          figuresBelowName: tds.every((td) => td.getBoundingClientRect().top >= th.bottom - 1),
          labelled: tds.every((td) => getComputedStyle(td.querySelector('.cell-label')!).display !== 'none'),
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.nameWidth, r.name).toBeGreaterThan(r.rowWidth * 0.9);
      expect(r, r.name).toMatchObject({ figuresBelowName: true, labelled: true });
    }
    await page.close();
  });
});
