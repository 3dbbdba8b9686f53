// The site as a whole: pages, sitemap, robots, favicon, text encoding.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, exists, isNoindex, readPage, sitemapPaths, textOf } from '../support/dist.ts';
import { bulletins, plans, products } from '../support/published.ts';

const htmlPages = builtPages();

describe('sitemap and robots', () => {
  test('the sitemap lists every page except the 404 page and those kept out of search engines, and nothing else', () => {
    const listed = sitemapPaths().sort();
    const pages = htmlPages.filter((p) => p !== '/404.html' && !isNoindex(readPage(p))).sort();
    expect(listed).toEqual(pages);
    expect(listed).toEqual(expect.arrayContaining(['/', '/ke-hoach/', '/san-pham/', '/truyen-hinh/', ...plans().filter((p) => !p.data.sample).map((p) => p.page)]));
  });

  // An illustrative entry's title and description, shown in a search engine's results, would
  // lose the page's "Nội dung minh họa" notice: its page asks not to be indexed. The lists
  // that show illustrative entries beside real ones, and the TV schedule, stay indexed.
  const entries = [...products(), ...bulletins(), ...plans()].map((e) => ({ file: e.file, page: e.page, sample: e.data.sample }));

  test('there are entries to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test.each(entries)('$page: kept out of search engines and the sitemap exactly when illustrative ($file)', ({ page, sample }) => {
    expect(isNoindex(readPage(page))).toBe(sample);
    expect(sitemapPaths().includes(page)).toBe(!sample);
  });

  test('robots.txt allows crawling and names the sitemap by its absolute address', () => {
    const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  test('a favicon exists and every page names it', () => {
    expect(exists('favicon.svg')).toBe(true);
    for (const p of htmlPages) expect(readPage(p), p).toContain('rel="icon" href="/favicon.svg"');
  });
});

// What is one province's comes from its settings (content/site.yaml): its logo, colours and bodies.
describe('the province’s look and bodies, from its settings', () => {
  const settings = yaml.load(readFileSync('content/site.yaml', 'utf8')) as {
    organisation: { parent: string; superiors?: string[] };
    theme?: { logo?: string; colours?: Record<string, string> };
  };
  test('the logo the settings name is the favicon and the header’s picture', () => {
    if (settings.theme?.logo) expect(readFileSync(path.join(DIST, 'favicon.svg'), 'utf8')).toBe(readFileSync(path.join('content', settings.theme.logo), 'utf8'));
    expect(readPage('/')).toMatch(/<header[\s\S]*<img src="\/favicon.svg" alt=""[\s\S]*<\/header>/);
  });
  test('the stylesheet carries the settings’ colours', () => {
    const names: Record<string, string> = { brand: '--color-brand', brandDark: '--color-brand-dark', brandSoft: '--color-brand-soft', accent: '--color-accent' };
    for (const [name, value] of Object.entries(settings.theme?.colours ?? {})) expect(readPage('/')).toContain(`${names[name]}:${value.toLowerCase()}`);
  });
  test('the footer names the superior bodies, then the parent body', () => {
    const footer = textOf(/<footer[\s\S]*<\/footer>/.exec(readPage('/'))![0]);
    for (const body of [...(settings.organisation.superiors ?? []), settings.organisation.parent]) expect(footer).toContain(body);
  });
});

describe('every page', () => {
  test.each(htmlPages)('%s: in Vietnamese (the English page in English), titled, described, NFC text, one h1', (p) => {
    const html = readPage(p);
    expect(html).toMatch(p === '/en/' ? /<html lang="en"/ : /<html lang="vi"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{30,}"/);
    expect(html.normalize('NFC')).toBe(html);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('href="#noi-dung"');
    expect(html).toContain('id="noi-dung"');
  });

  // Cheap stand-ins, on every page, for some of what axe checks in Chromium on a few pages of each template
  // (tests/browser/pages.test.ts): a page of a tested template can still break them with its content.
  test.each(htmlPages)('%s: the skip link comes first; ids are unique; images have alt text; links, fields and buttons have names', (p) => {
    const html = readPage(p);
    const body = html.slice(html.indexOf('<body'));
    expect(/<(?:a|button|input|select|textarea)\b[^>]*>/.exec(body)?.[0]).toMatch(/^<a class="skip-link" href="#noi-dung">/);
    const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'repeated ids').toEqual([]);
    for (const img of body.match(/<img\b[^>]*>/g) ?? []) expect(img, 'alt (empty for a decorative image)').toMatch(/\salt(?:="|[\s>])/);
    for (const [link, inner] of body.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g))
      expect(textOf(inner!).length > 0 || /aria-label(ledby)?="[^"]+"/.test(link!) || /<img\b[^>]*\salt="[^"]+"/.test(inner!), `a link without a name: <a${link}>`).toBe(true);
    for (const field of body.match(/<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*>/g) ?? []) {
      const id = /\sid="([^"]+)"/.exec(field)?.[1];
      expect((id && body.includes(`<label for="${id}"`)) || /aria-label(ledby)?="[^"]+"/.test(field), `a field without a label: ${field}`).toBe(true);
    }
    for (const [button, inner] of body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g))
      expect(textOf(inner!).length > 0 || /aria-label(ledby)?="[^"]+"/.test(button!), `a button without a name: <button${button}>`).toBe(true);
  });

  test.each(htmlPages)('%s: no request leaves the site (no third-party scripts, fonts, styles, frames)', (p) => {
    const html = readPage(p);
    const loads = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*?(?:src|href)="([^"]+)"/g)]
      .filter((m) => !/rel="(?:canonical|alternate|sitemap)"/.test(m[0]))
      .map((m) => m[1]!);
    for (const url of loads) expect(url, `${p} loads ${url}`).not.toMatch(/^(https?:)?\/\//);
    expect(html).not.toMatch(/url\((['"]?)(https?:)?\/\//);
  });

  test('the footer names the issuing bodies and a contact', () => {
    const text = textOf(readPage('/'));
    for (const body of ['Ủy ban nhân dân tỉnh Đồng Nai', 'Sở Công Thương', 'Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp'])
      expect(text).toContain(body);
    expect(text).toMatch(/Liên hệ/);
  });
});

describe('home page', () => {
  const text = textOf(readPage('/'));
  test('says what khuyến công is and shows the latest plan’s headline figures', () => {
    const plan = plans().map((p) => p.data).sort((a, b) => a.year - b.year).at(-1)!;
    const vi = (n: number, digits = 0) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
    expect(text).toMatch(/Khuyến công là hoạt động/);
    expect(text).toContain(`Kế hoạch năm ${plan.year} qua các con số`);
    expect(text).toContain(`${vi(plan.budget.total)} đồng`);
    if (plan.budget.total >= 1e9) expect(text).toContain(`${vi(plan.budget.total / 1e9, 2)} tỷ đồng`);
    for (const t of plan.targets.filter((x) => x.headline))
      expect(text).toContain(`${t.label} ${t.approx ? `${t.approx} ` : ''}${t.min !== undefined ? `${vi(t.min)}–${vi(t.max!)}` : t.quantity! < 10 ? `0${t.quantity}` : vi(t.quantity!)} ${t.unit}`);
  });
  test('links only to sections that exist', () => {
    const hrefs = [...readPage('/').matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(exists(href.endsWith('/') ? `${href}index.html` : href), href).toBe(true);
  });
});

describe('404 page', () => {
  test('is in Vietnamese and leads home', () => {
    const html = readPage('/404.html');
    expect(textOf(html)).toContain('Không tìm thấy trang');
    expect(html).toContain('href="/"');
  });
});
