// The bulletin in Chromium: the feed is well-formed XML to a real parser, and
// an issue prints without navigation, with its number, date and source.
import { expect, test } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

test('the feed parses as XML and is RSS 2.0', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/ban-tin/`);
  const parsed = await page.evaluate(async () => {
    const xml = await (await fetch('/ban-tin/rss.xml')).text();
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      items: doc.querySelectorAll('channel > item').length,
      titled: [...doc.querySelectorAll('item')].every((i) => i.querySelector('title')?.textContent && i.querySelector('link')?.textContent),
    };
  });
  expect(parsed).toMatchObject({ error: null, version: '2.0', titled: true });
  expect(parsed.items).toBeGreaterThanOrEqual(8);
  await page.close();
});

test('an issue prints without navigation or neighbours, with its number, date and source address', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.url}/ban-tin/hoi-dong-cham-diem-san-pham-cnnt-tieu-bieu-cap-tinh-2024/`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const shown = (sel: string) => {
      const el = document.querySelector(sel);
      return !!el && getComputedStyle(el).display !== 'none';
    };
    const source = [...document.querySelectorAll('article a[href^="http"]')][0]!;
    return {
      nav: shown('header nav'),
      pager: shown('nav[aria-label="Các bản tin khác"]'),
      number: document.querySelector('article header')!.textContent!.includes('Số 5/2024'),
      date: shown('article time'),
      sourceAfter: getComputedStyle(source, '::after').content,
    };
  });
  expect(printed).toMatchObject({ nav: false, pager: false, number: true, date: true });
  expect(printed.sourceAfter).toContain('khuyencongvatuvancongnghiepdongnai.gov.vn');
  await page.close();
});
