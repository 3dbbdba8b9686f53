// What the server configuration and the release tools decide, without a server:
// the committed nginx maps are the ones the site's policy writes; the release
// gate refuses what a reviewer would; files are compressed so that they decode
// to themselves, and are not compressed again when unchanged.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { compressTree } from '../../scripts/lib/compress.ts';
import { mapsConf } from '../../scripts/lib/nginx-config.ts';
import { addressProblem, brokenLinksOf } from '../../scripts/lib/release-gate.ts';
import { cspHeader, metaDirectives } from '../../src/features/site/security.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'kc-deploy-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const write = (root: string, rel: string, text: string | Buffer) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};

describe('the nginx configuration', () => {
  test('deploy/nginx/snippets/khuyen-cong-maps.conf is what `npm run nginx-config` writes from the site’s policy', () => {
    expect(readFileSync('deploy/nginx/snippets/khuyen-cong-maps.conf', 'utf8')).toBe(mapsConf());
  });
  test('the header and the pages’ meta policy agree on every shared directive', () => {
    for (const directive of metaDirectives()) expect(cspHeader()).toContain(directive);
    expect(cspHeader()).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });
  test('no location adds a header of its own (it would drop the security headers there)', () => {
    const site = readFileSync('deploy/nginx/snippets/khuyen-cong-site.conf', 'utf8').replace(/#.*$/gm, '');
    for (const block of site.matchAll(/location[^{]*\{([^}]*)\}/g)) expect(block[1]).not.toContain('add_header');
  });
});

describe('the release gate', () => {
  test.each([
    [null, /chưa có địa chỉ/],
    ['http://localhost:4321/', /máy cục bộ/],
    ['http://127.0.0.1:8080/', /máy cục bộ/],
    ['https://khuyencong.example.gov.vn/', /địa chỉ ví dụ/],
    ['http://khuyencong.dongnai.gov.vn/', /https:\/\//],
  ])('%s is refused', (address, why) => expect(addressProblem(address)).toMatch(why));
  test('an https address of the province is accepted', () => expect(addressProblem('https://khuyencong.dongnai.gov.vn/')).toBeNull());

  test('broken links, assets and anchors are named; working ones, other sites and mail are not', () => {
    const dist = path.join(work, 'gate');
    write(dist, 'a/index.html', '<p id="x">A</p>');
    write(dist, '_astro/s.js', '');
    write(
      dist,
      'index.html',
      `<a href="/a/">a</a><a href="/a/#x">x</a><a href="/a/#khong-co">y</a><a href="/b/">b</a>
       <a href="https://site.test/a/">self</a><a href="https://site.test/c/">self broken</a><a href="https://other.test/">o</a>
       <a href="mailto:a@b.vn">m</a><script src="/_astro/s.js"></script><img src="/_astro/khong-co.webp" alt="">`,
    );
    expect(brokenLinksOf(dist, 'index.html', 'https://site.test').sort()).toEqual(['/_astro/khong-co.webp', '/a/#khong-co (không có phần #khong-co)', '/b/', 'https://site.test/c/'].sort());
  });
});

describe('files compressed ahead of time', () => {
  const root = path.join(work, 'site');
  const page = '<!doctype html><title>Khuyến công</title>' + 'Chương trình khuyến công tỉnh Đồng Nai. '.repeat(200);
  test('each text file gets a .br and a .gz that decode to it; a file compression would not shrink is left alone', async () => {
    write(root, 'index.html', page);
    write(root, 'tiny.txt', 'a');
    write(root, 'photo.webp', Buffer.alloc(2000, 7));
    const done = await compressTree(root);
    expect(done).toMatchObject({ compressed: 1, kept: 1 });
    expect(zlib.brotliDecompressSync(readFileSync(path.join(root, 'index.html.br'))).toString()).toBe(page);
    expect(zlib.gunzipSync(readFileSync(path.join(root, 'index.html.gz'))).toString()).toBe(page);
    expect(existsSync(path.join(root, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(path.join(root, 'photo.webp.br'))).toBe(false);
  });
  test('compressed files are kept by what they compress: an unchanged file is not compressed again, a changed one is', async () => {
    const cache = path.join(work, 'cache');
    const first = path.join(work, 'first');
    write(first, 'index.html', page);
    expect(await compressTree(first, { cacheDir: cache })).toMatchObject({ compressed: 1, reused: 0 });
    const next = path.join(work, 'next');
    write(next, 'index.html', page);
    write(next, 'changed.html', page.replace('Đồng Nai', 'Bình Phước'));
    expect(await compressTree(next, { cacheDir: cache })).toMatchObject({ reused: 1, compressed: 1 });
    expect(readFileSync(path.join(next, 'index.html.br')).equals(readFileSync(path.join(first, 'index.html.br')))).toBe(true);
    expect(zlib.brotliDecompressSync(readFileSync(path.join(next, 'changed.html.br'))).toString()).toContain('Bình Phước');
  });
  test('Pagefind’s metadata and WebAssembly are stored unwrapped and sent as Brotli, smaller than Pagefind’s gzip; its index chunks stay as Pagefind wrote them', async () => {
    const dir = path.join(work, 'pf');
    // Like Pagefind's files: its signature, then data (page hashes) that gzip does not shrink well.
    const raw = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(Array.from({ length: 4000 }, (_, i) => `vi_${((i * 2654435761) >>> 0).toString(16).slice(0, 7)}`).join(''))]);
    const gz = zlib.gzipSync(raw);
    write(dir, 'pagefind/pagefind.vi_0123456789.pf_meta', gz);
    write(dir, 'pagefind/wasm.unknown.pagefind', gz);
    write(dir, 'pagefind/index/vi_abc.pf_index', gz);
    await compressTree(dir);
    for (const f of ['pagefind/pagefind.vi_0123456789.pf_meta', 'pagefind/wasm.unknown.pagefind']) {
      // What a browser reads, with or without Content-Encoding, starts with the signature Pagefind looks for.
      expect(readFileSync(path.join(dir, f)).equals(raw), f).toBe(true);
      const br = readFileSync(path.join(dir, `${f}.br`));
      expect(zlib.brotliDecompressSync(br).equals(raw), f).toBe(true);
      expect(br.length, f).toBeLessThan(gz.length);
      expect(zlib.gunzipSync(readFileSync(path.join(dir, `${f}.gz`))).equals(raw), f).toBe(true);
    }
    expect(readFileSync(path.join(dir, 'pagefind/index/vi_abc.pf_index')).equals(gz)).toBe(true);
    expect(existsSync(path.join(dir, 'pagefind/index/vi_abc.pf_index.br'))).toBe(false);
    // Run again (a second deploy of the same tree): nothing changes.
    await compressTree(dir);
    expect(readFileSync(path.join(dir, 'pagefind/wasm.unknown.pagefind')).equals(raw)).toBe(true);
  });
});
