// The built bulletin: archive, issue pages, feed, home page block.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, exists, listDist, readPage, textOf, jsonLdOf } from '../support/dist.ts';

const issuePages = listDist()
  .filter((f) => /^ban-tin\/(?!trang\/)[^/]+\/index\.html$/.test(f))
  .map((f) => `/${f.replace(/index\.html$/, '')}`);
const feed = readFileSync(path.join(DIST, 'ban-tin/rss.xml'), 'utf8');
const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
const tag = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1] ?? '';
/** Issue addresses in the order the archive lists them. */
const archiveOrder = [...readPage('/ban-tin/').matchAll(/<h3[^>]*><a href="(\/ban-tin\/[^"]+)"/g)].map((m) => m[1]!);
const dateOf = (p: string) => /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(readPage(p))![1]!;

test('there are at least 8 issues, each on its own page', () => {
  expect(issuePages.length).toBeGreaterThanOrEqual(8);
});

describe('archive /ban-tin/', () => {
  test('lists every issue once, newest first', () => {
    expect([...archiveOrder].sort()).toEqual([...issuePages].sort());
    const dates = archiveOrder.map(dateOf);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  test('groups issues under a heading per year, newest year first', () => {
    const years = [...readPage('/ban-tin/').matchAll(/<h2 id="nam-(\d{4})"/g)].map((m) => Number(m[1]));
    expect(years.length).toBeGreaterThanOrEqual(2);
    expect(years).toEqual([...years].sort().reverse());
  });
  test('advertises its RSS feed by an absolute address', () => {
    expect(readPage('/ban-tin/')).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="https?:\/\/[^"]+\/ban-tin\/rss\.xml">/);
  });
  test('has a single page while there are 20 issues or fewer', () => {
    expect(exists('ban-tin/trang/2/index.html')).toBe(issuePages.length > 20);
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
  test('dates match the issue pages', () => {
    const first = items[0]!;
    const d = dateOf(new URL(tag(first, 'link')).pathname);
    expect(new Date(tag(first, 'pubDate')).toISOString()).toBe(new Date(`${d}T00:00:00+07:00`).toISOString());
  });
});

describe.each(issuePages)('%s', (p) => {
  const html = readPage(p);
  const text = textOf(html);
  test('shows its number and date, and NewsArticle data that parses', () => {
    expect(text).toMatch(/Số \d+\/\d{4}/);
    const { nodes } = jsonLdOf(html);
    const ld = nodes.find((n) => n['@type'] === 'NewsArticle')!;
    const org = nodes.find((n) => n['@type'] === 'GovernmentOrganization')!;
    expect(ld).toMatchObject({
      headline: expect.any(String),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/),
      publisher: { '@id': org['@id'] },
    });
    expect(org.name).toBe('Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai');
    expect(new URL(ld.url).pathname).toBe(p);
    expect(ld.datePublished.slice(0, 10)).toBe(dateOf(p));
  });
  test('links to the older and newer issue as the archive orders them', () => {
    const i = archiveOrder.indexOf(p);
    const prev = /<a href="([^"]+)" rel="prev">/.exec(html)?.[1];
    const next = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
    expect(prev).toBe(archiveOrder[i + 1]);
    expect(next).toBe(i > 0 ? archiveOrder[i - 1] : undefined);
  });
  test('is either illustrative with the notice, or names its source', () => {
    const illustrative = text.includes('Nội dung minh họa:');
    expect(illustrative || /Nguồn /.test(text), p).toBe(true);
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
