// The built bulletin: archive, issue pages, feed, home page block. What is
// expected comes from the published issues in content/bulletins/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, listDist, listPages, readPage, textOf, jsonLdOf } from '../support/dist.ts';
import { bulletins } from '../support/published.ts';

const published = bulletins();
const bySlugPage = new Map(published.map((b) => [b.page, b]));
const issuePages = listDist()
  .filter((f) => /^ban-tin\/(?!trang\/)[^/]+\/index\.html$/.test(f))
  .map((f) => `/${f.replace(/index\.html$/, '')}`);
const feed = readFileSync(path.join(DIST, 'ban-tin/rss.xml'), 'utf8');
const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
const tag = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1] ?? '';
const archivePages = listPages('/ban-tin/');
/** Issue addresses in the order the archive lists them, over all its pages. */
const archiveOrder = archivePages.flatMap((p) => [...readPage(p).matchAll(/<h3[^>]*><a href="(\/ban-tin\/[^"]+)"/g)].map((m) => m[1]!));
const dateOf = (p: string) => /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(readPage(p))![1]!;

test('each published issue (content/bulletins, drafts left out) has its own page, and only they do', () => {
  expect(published.length).toBeGreaterThan(0);
  expect([...issuePages].sort()).toEqual(published.map((b) => b.page).sort());
});

describe('archive /ban-tin/', () => {
  test('lists every issue once, newest first', () => {
    expect([...archiveOrder].sort()).toEqual([...issuePages].sort());
    const dates = archiveOrder.map(dateOf);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  test('groups issues under a heading per year, newest year first', () => {
    const headings = archivePages.map((p) => [...readPage(p).matchAll(/<h2 id="nam-(\d{4})"/g)].map((m) => Number(m[1])));
    for (const years of headings) expect(years).toEqual([...new Set(years)].sort().reverse());
    expect(new Set(headings.flat())).toEqual(new Set(published.map((b) => Number(b.data.date.slice(0, 4)))));
  });
  test('advertises its RSS feed by an absolute address', () => {
    expect(readPage('/ban-tin/')).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="https?:\/\/[^"]+\/ban-tin\/rss\.xml">/);
  });
  test('has a single page while there are 20 issues or fewer, and 20 issues a page beyond', () => {
    expect(archivePages).toHaveLength(Math.max(1, Math.ceil(published.length / 20)));
  });
});

describe('feed /ban-tin/rss.xml', () => {
  test('is RSS 2.0 with exactly the published issues, newest first', () => {
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    const links = items.map((i) => new URL(tag(i, 'link')).pathname);
    expect(links).toEqual(archiveOrder);
  });
  test('has absolute links and RFC 822 dates in Việt Nam time', () => {
    for (const item of items) {
      expect(tag(item, 'link')).toMatch(/^https?:\/\/[^/]+\/ban-tin\/[a-z0-9-]+\/$/);
      expect(tag(item, 'pubDate')).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0700$/);
      expect(item.match(/<pubDate>/g)).toHaveLength(1);
    }
  });
  test('dates and titles are the issues’ own', () => {
    for (const item of items) {
      const issue = bySlugPage.get(new URL(tag(item, 'link')).pathname)!;
      expect(new Date(tag(item, 'pubDate')).toISOString()).toBe(new Date(`${issue.data.date}T00:00:00+07:00`).toISOString());
      expect(textOf(tag(item, 'title'))).toBe(issue.data.title);
    }
  });
});

describe.each(published)('$page', ({ page: p, data }) => {
  const html = readPage(p);
  const text = textOf(html);
  test('shows its title, number and date, and NewsArticle data that parses', () => {
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(data.title);
    expect(text).toContain(`Số ${data.number}/${data.date.slice(0, 4)}`);
    expect(dateOf(p)).toBe(data.date);
    const { nodes } = jsonLdOf(html);
    const ld = nodes.find((n) => n['@type'] === 'NewsArticle')!;
    const org = nodes.find((n) => n['@type'] === 'GovernmentOrganization')!;
    expect(ld).toMatchObject({
      headline: data.title,
      datePublished: `${data.date}T00:00:00+07:00`,
      publisher: { '@id': org['@id'] },
    });
    expect(org.name).toBe('Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai');
    expect(new URL(ld.url).pathname).toBe(p);
  });
  test('links to the older and newer issue as the archive orders them', () => {
    const i = archiveOrder.indexOf(p);
    const prev = /<a href="([^"]+)" rel="prev">/.exec(html)?.[1];
    const next = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
    expect(prev).toBe(archiveOrder[i + 1]);
    expect(next).toBe(i > 0 ? archiveOrder[i - 1] : undefined);
  });
  test(data.sample ? 'is illustrative, and says so' : 'is not illustrative, and names its source', () => {
    expect(text.includes('Nội dung minh họa:')).toBe(data.sample);
    if (!data.sample) expect(text).toMatch(/Nguồn /);
    if (data.source) expect(html).toContain(`href="${data.source.replace(/&/g, '&amp;')}"`);
  });
});

describe('home page', () => {
  test('shows the latest issues, newest first', () => {
    const home = readPage('/');
    const shown = [...home.matchAll(/<h3[^>]*><a href="(\/ban-tin\/[^"]+)"/g)].map((m) => m[1]!);
    expect(shown).toEqual(archiveOrder.slice(0, 3));
  });
  test('the navigation has "Bản tin"', () => {
    expect(readPage('/')).toMatch(/<a href="\/ban-tin\/"[^>]*>\s*Bản tin\s*<\/a>/);
  });
});
