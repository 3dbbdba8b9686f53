// The web editor in the build (dist/admin/): its files come from the site itself,
// its configuration is the one made from the schemas, and it is no page of the
// site: not in the sitemap, the search index or the share cards, noindex, and
// Disallow in robots.txt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, sitemapPaths } from '../support/dist.ts';

const admin = (name: string) => readFileSync(path.join(DIST, 'admin', name), 'utf8');

describe('/admin/ in the build', () => {
  test("the page loads Decap CMS and the editor's code from the site itself, with its own policy and noindex", () => {
    const html = admin('index.html');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(['manual-init.js', 'decap-cms.js', 'editor.js']);
    for (const s of scripts) expect(existsSync(path.join(DIST, 'admin', s)), s).toBe(true);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*(https?:|\*)/);
    // Decap's parts loaded on demand are there too (no CDN).
    expect(readdirSync(path.join(DIST, 'admin')).filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(10);
  });

  test('config.yml is the one made from the schemas, in Vietnamese', () => {
    const config = yaml.load(admin('config.yml')) as { locale: string; collections: { name: string }[] };
    expect(config.locale).toBe('vi');
    expect(config.collections.map((c) => c.name)).toEqual(expect.arrayContaining(['bulletins', 'products', 'tv', 'events', 'progress', 'policies', 'site', 'units']));
  });

  test('is no page of the site: not in the sitemap, the search index or the share cards; robots.txt disallows it', () => {
    expect(builtPages().filter((p) => p.startsWith('/admin'))).toEqual([]);
    expect(sitemapPaths().filter((p) => p.startsWith('/admin'))).toEqual([]);
    expect(admin('index.html')).not.toContain('data-pagefind');
    const og = existsSync(path.join(DIST, 'og')) ? readdirSync(path.join(DIST, 'og'), { recursive: true }).map(String) : [];
    expect(og.filter((f) => f.includes('admin'))).toEqual([]);
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
  });
});
