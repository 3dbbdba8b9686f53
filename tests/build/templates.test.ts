// The grouping the browser tests rely on (tests/support/templates.ts): every
// built page is made by a page file in src/pages, URLs are told apart as Astro
// tells its routes apart, and the pages chosen for Chromium cover every template.
import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';
import { pageRoutes, representativePages, routeOfUrl, showsSampleNotice, templatesOfBuiltPages } from '../support/templates.ts';

const routes = pageRoutes();

describe('URL → page file', () => {
  test.each([
    ['/', 'index.astro'],
    ['/404.html', '404.astro'],
    ['/ke-hoach/2031/', 'ke-hoach/[year].astro'],
    ['/ke-hoach/2031/tien-do/', 'ke-hoach/[year]/tien-do.astro'],
    ['/ban-tin/mot-so-moi/', 'ban-tin/[slug].astro'],
    ['/ban-tin/trang/2/', 'ban-tin/trang/[page].astro'],
    ['/san-pham/', 'san-pham/index.astro'],
    ['/san-pham/mot-san-pham-moi/', 'san-pham/[slug].astro'],
    ['/san-pham/trang/3/', 'san-pham/trang/[page].astro'],
    ['/san-pham/in/', 'san-pham/in/index.astro'],
    ['/san-pham/in/2/', 'san-pham/in/[volume].astro'],
    ['/san-pham/nhom/thu-cong-my-nghe/', 'san-pham/[kind]/[value].astro'],
    ['/san-pham/huyen/bien-hoa/trang/2/', 'san-pham/[kind]/[value]/trang/[page].astro'],
    ['/chinh-sach/mot-chinh-sach/', 'chinh-sach/[slug].astro'],
  ])('%s is made by src/pages/%s', (url, file) => {
    expect(routeOfUrl(url, routes)?.file).toBe(file);
  });

  test('a URL no page file makes matches none', () => {
    expect(routeOfUrl('/khong-co/trang/nay/', routes)).toBeUndefined();
    expect(routeOfUrl('/san-pham', routes)).toBeUndefined();
  });

  test('endpoints and _-prefixed files are not page templates', () => {
    const files = routes.map((r) => r.file);
    expect(files.some((f) => f.endsWith('.ts'))).toBe(false);
    expect(files.some((f) => f.split('/').some((part) => part.startsWith('_')))).toBe(false);
  });

  test('a built page that no page file explains stops the browser tests, naming it', () => {
    expect(() => templatesOfBuiltPages(['/', '/khong-co/trang/nay/'], routes)).toThrow(/\/khong-co\/trang\/nay\//);
  });
});

describe('the built site', () => {
  const templates = templatesOfBuiltPages();

  test('every built page belongs to exactly one template', () => {
    expect(templates.flatMap((t) => t.pages).sort()).toEqual(builtPages().sort());
  });

  test('the pages checked in Chromium cover every template, with one illustrative and one sourced page where it has both', () => {
    const chosen = representativePages(templates);
    for (const { route, pages } of templates) {
      const picked = chosen.filter((c) => c.template === route.file).map((c) => c.url);
      expect(picked, route.file).toContain(pages[0]);
      expect(picked, route.file).toContain(pages.at(-1));
      const kinds = (urls: string[]) => new Set(urls.map((u) => showsSampleNotice(readPage(u))));
      expect(kinds(picked), route.file).toEqual(kinds(pages));
      // A few pages per template, however many pages it has.
      expect(picked.length, route.file).toBeLessThanOrEqual(4);
    }
  });
});
