// The built site served by Debian's nginx with the site's own configuration
// (deploy/nginx/): every template loads in Chromium under the
// Content-Security-Policy with no violation, search works under it, files are
// sent compressed ahead of time with the headers the configuration promises,
// and a missing page is the site's 404 with status 404.
// Run with `npm run test:deploy` (needs nginx: .ci/run installs it).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { compressTree } from '../../scripts/lib/compress.ts';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { DIST } from '../support/dist.ts';
import { products } from '../support/published.ts';
import { representativePages } from '../support/templates.ts';

let root: string;
let server: RunningNginx;
let browser: Browser;
beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kc-served-'));
  cpSync(DIST, root, { recursive: true });
  writeFileSync(path.join(root, '.kc-private'), 'not for readers');
  await compressTree(root);
  server = await startNginx({ root });
  browser = await launchChromium(inject('chromium'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Opens a page, collecting every CSP violation (reported by the page and by the console) and every failed request. */
async function visit(url: string, act?: (page: import('playwright-core').Page) => Promise<void>) {
  const page = await browser.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  const response = await page.goto(server.url + url, { waitUntil: 'networkidle' });
  await act?.(page);
  const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
  await page.close();
  return { status: response?.status(), problems: [...problems, ...violations.map((v) => `violation: ${v}`)] };
}

describe('every template in Chromium, through nginx', () => {
  test.each(representativePages().filter((p) => p.url !== '/404.html').map((p) => [p.url, p.template] as const))('%s (%s): loads with no CSP violation and no failed request', async (url) => {
    const { status, problems } = await visit(url);
    expect(status).toBe(200);
    expect(problems).toEqual([]);
  });
});

test('search works under the policy: a product found by its name, with Pagefind’s worker and WebAssembly allowed', async () => {
  const product = products()[0]!;
  const { problems } = await visit(`/tim-kiem/?q=${encodeURIComponent(product.data.name)}`, async (page) => {
    await page.waitForSelector(`a[href="${product.page}"]`, { timeout: 15_000 });
  });
  expect(problems).toEqual([]);
});

describe('headers', () => {
  const get = (p: string, headers: Record<string, string> = {}) => fetch(server.url + p, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });
  const astroFile = () => {
    const html = readFileSync(path.join(root, 'index.html'), 'utf8');
    return /href="(\/_astro\/[^"]+\.woff2)"/.exec(html)![1]!;
  };
  const samples = () => ['/', '/ke-hoach/2024/', '/ban-tin/rss.xml', '/truyen-hinh/lich.ics', '/du-lieu/san-pham.csv', '/du-lieu/san-pham.json', '/sitemap-index.xml', '/favicon.svg', '/pagefind/pagefind.js', astroFile(), '/khong-co-trang-nay/'];

  test.each(['x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-security-policy', 'x-frame-options', 'cache-control'])('%s on every kind of response, the 404 too', async (header) => {
    for (const p of samples()) expect((await get(p)).headers.get(header), `${header} on ${p}`).toBeTruthy();
  });

  test("the policy allows nothing off the site's origin and no framing", async () => {
    const csp = (await get('/')).headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/https?:|\*/);
    const svg = (await get('/favicon.svg')).headers.get('content-security-policy')!;
    expect(svg).toContain("default-src 'none'");
    expect(svg).not.toContain('script-src');
  });

  test('the web editor (/admin/) has its own policy, the other security headers, and loads from the site alone with no violation', async () => {
    const res = await get('/admin/');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    // Decap CMS compiles its configuration's checks at run time and styles itself with inline styles.
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*https?:/);
    for (const header of ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'cache-control']) expect(res.headers.get(header), header).toBeTruthy();
    expect((await get('/admin/decap-cms.js')).headers.get('content-security-policy')).toBe(csp);
    // The site's pages keep theirs: no 'unsafe-eval' outside /admin/.
    expect((await get('/')).headers.get('content-security-policy')).not.toContain("'unsafe-eval'");
    let requested: string[] = [];
    const { status, problems } = await visit('/admin/', async (page) => {
      await page.getByText(/chưa được nối với kho mã|Đăng nhập/).first().waitFor({ timeout: 30_000 });
      requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    });
    expect(requested.some((u) => u.endsWith('/admin/decap-cms.js'))).toBe(true);
    expect(status).toBe(200);
    expect(problems).toEqual([]);
    expect(requested.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });

  test('hashed files are kept for a year; pages, feeds and Pagefind’s fixed-name files are revalidated', async () => {
    expect((await get(astroFile())).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const entry = JSON.parse(readFileSync(path.join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const { hash } = Object.values(entry.languages)[0]!;
    const meta = await get(`/pagefind/pagefind.${hash}.pf_meta`);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/ke-hoach/2024/', '/ban-tin/rss.xml', '/truyen-hinh/lich.ics', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      const res = await get(p);
      expect(res.headers.get('cache-control'), p).toBe('no-cache');
      expect(res.headers.get('etag') ?? res.headers.get('last-modified'), p).toBeTruthy();
    }
  });

  test.each([
    ['/', 'text/html'],
    ['/ban-tin/rss.xml', 'xml'],
    ['/truyen-hinh/lich.ics', 'text/calendar'],
    ['/du-lieu/san-pham.csv', 'text/csv'],
    ['/du-lieu/san-pham.json', 'application/json'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/pagefind/pagefind.js', 'javascript'],
  ])('%s: sent as %s, the prepared .br and .gz files to clients that accept them', async (p, type) => {
    const file = path.join(root, p.endsWith('/') ? `${p}index.html` : p);
    for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
      const res = await get(p, { 'accept-encoding': encoding });
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      // fetch decodes the body: compare the raw length with the prepared file's.
      expect(Number(res.headers.get('content-length'))).toBe(readFileSync(file + ext).length);
      await res.arrayBuffer();
    }
    const plain = await get(p);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(readFileSync(file))).toBe(true);
  });

  test('Pagefind’s metadata and WebAssembly, which every first search fetches, are sent as Brotli; what arrives is what Pagefind reads', async () => {
    const entry = JSON.parse(readFileSync(path.join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const meta = `/pagefind/pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`;
    for (const p of [meta, '/pagefind/wasm.unknown.pagefind']) {
      const res = await get(p, { 'accept-encoding': 'br, gzip' });
      expect(res.headers.get('content-encoding'), p).toBe('br');
      const sent = Number(res.headers.get('content-length'));
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.subarray(0, 12).toString(), p).toBe('pagefind_dcd');
      // Smaller than the gzip file Pagefind wrote (kept unchanged in dist/).
      if (p.includes('wasm')) expect(sent).toBeLessThan(readFileSync(path.join(DIST, p)).length);
    }
  });
});

describe('addresses', () => {
  const get = (p: string) => fetch(server.url + p, { redirect: 'manual' });
  test.each(['/khong-co-trang-nay/', '/san-pham/khong-co/', '/_astro/khong-co.js', '/san-pham/nhom/'])('%s: the site’s 404 page, with status 404', async (p) => {
    const res = await get(p);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(readFileSync(path.join(root, '404.html'), 'utf8'));
  });
  test('a page asked without its final slash is redirected to it, on the same host', async () => {
    const res = await get('/ke-hoach/2024');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/ke-hoach/2024/');
  });
  test.each(['/index.html.br', '/index.html.gz', '/.kc-private'])('%s is not served', async (p) => {
    expect((await get(p)).status).toBe(404);
  });
});
