// The bulletin in Chromium: the feed is well-formed XML to a real parser, and
// an issue prints without navigation, with its number, date and source.
import { expect, test } from 'vitest';
import { bulletins } from '../support/published.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();
const published = bulletins();

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
  expect(parsed.items).toBe(published.length);
  await page.close();
});

// An issue that names a public web source (the one kind whose source address is printed), else the newest.
const issue = published.find((b) => /^https?:/.test(b.data.source ?? '')) ?? published.at(-1)!;

test(`an issue prints without navigation or neighbours, with its number, date and source address (${issue.page})`, async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.url}${issue.page}`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const shown = (sel: string) => {
      const el = document.querySelector(sel);
      return !!el && getComputedStyle(el).display !== 'none';
    };
    const source = [...document.querySelectorAll('article a[href^="http"]')][0];
    return {
      nav: shown('header nav'),
      pager: shown('nav[aria-label="Các bản tin khác"]'),
      header: document.querySelector('article header')!.textContent!.replace(/\s+/g, ' '),
      date: shown('article time'),
      sourceAfter: source ? getComputedStyle(source, '::after').content : null,
    };
  });
  expect(printed).toMatchObject({ nav: false, pager: false, date: true });
  expect(printed.header).toContain(`Số ${issue.data.number}/${issue.data.date.slice(0, 4)}`);
  if (issue.data.source?.startsWith('http')) expect(printed.sourceAfter).toContain(new URL(issue.data.source).host);
  await page.close();
});
