// What a page asks of its share card, written by the layout and read back after
// the build by the share-cards step (src/share-cards/page-card.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { attributesOf, isNoindex, metaTag, ogTitleOf, readHead } from '../../src/lib/built-pages.ts';
import { cardAttributes, pageCardOf } from '../../src/share-cards/page-card.ts';

/** A head as BaseLayout writes it: attributes escaped, undefined ones left out. */
function head(title: string, attrs: Record<string, string | undefined>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const extra = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v!)}"`)
    .join('');
  return `<head><meta property="og:site_name" content="Khuyến công Đồng Nai"><meta property="og:title" content="${esc(title)}"><meta property="og:image" content="https://x/og/a.png"${extra}></head>`;
}

describe('share card inputs: written by the layout, read back after the build', () => {
  test.each([
    { title: 'A & B "C" <Đồng>', section: 'Sản phẩm', photo: '/_astro/p.webp', sample: true },
    { title: 'Kế hoạch 2024', section: 'Kế hoạch', photo: undefined, sample: false },
  ])('$title', ({ title, section, photo, sample }) => {
    expect(pageCardOf(head(title, cardAttributes({ section, photo, sample })))).toEqual({
      title,
      siteName: 'Khuyến công Đồng Nai',
      image: 'https://x/og/a.png',
      section,
      photo,
      sample: sample || undefined,
    });
  });
  test('text in decomposed form (NFD) is read as NFC', () => {
    expect(pageCardOf(head('Đồng'.normalize('NFD'), cardAttributes({ section: 'Mục'.normalize('NFD') })))).toMatchObject({ title: 'Đồng', section: 'Mục' });
  });
  test('a page without og:title or og:image asks for no card', () => {
    expect(pageCardOf('<head></head>')).toBeNull();
    expect(pageCardOf('<head><meta property="og:title" content="x"></head>')).toBeNull();
  });
  test.each([
    ['data-og-sample="true"', true],
    ['data-og-sample', true],
    ['data-og-sample="false"', false],
    ['data-og-section="A"', false],
  ])('og:image with %s asks for the "Minh họa" mark: %s', (attr, sample) => {
    expect(pageCardOf(`<meta property="og:title" content="x"><meta property="og:image" content="x" ${attr}>`)?.sample ?? false).toBe(sample);
  });
});

describe('reading a built head', () => {
  test('attributes: quoted either way or bare, names in lower case, entities decoded', () => {
    expect(attributesOf(`<meta NAME='a' content="&#39;&#x110;&amp;" data-x=y flag>`)).toEqual({ name: 'a', content: "'Đ&", 'data-x': 'y', flag: '' });
  });
  test.each([
    ['<meta name="robots" content="noindex">', true],
    ['<meta name="robots" content="noindex, follow">', true],
    ['<meta name="robots" content="index">', false],
    ['<meta name="description" content="noindex">', false],
    ['', false],
  ])('%s → noindex %s', (h, noindex) => expect(isNoindex(h)).toBe(noindex));
  test('a meta tag by its name or property, in any attribute order; a mention of the key elsewhere is not one', () => {
    const h = '<head><meta name="description" content="og:title và robots"><style>a[content="og:title"]{}</style><meta content="Đồng &amp; Nai" property="og:title"><meta name=robots content=noindex></head>';
    expect(metaTag(h, 'og:title')).toEqual({ content: 'Đồng & Nai', property: 'og:title' });
    expect(metaTag(h, 'robots')).toEqual({ name: 'robots', content: 'noindex' });
    expect(metaTag(h, 'og:image')).toBeUndefined();
    expect(ogTitleOf(h.normalize('NFD'))).toBe('Đồng & Nai');
  });
  test('a head longer than one read is read whole, and no further; the contents of its style and script elements are left out', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kc-head-'));
    const file = path.join(dir, 'index.html');
    // 150 KB of CSS before the metadata: more than the first read, and more than twice it.
    const style = `<style>${'a[content="og:title"]{color:red}'.repeat(5000)}</style>`;
    const script = '<script type="application/ld+json">{"name":"<meta name=\'robots\' content=\'noindex\'>"}</script>';
    writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8">${style}${script}<meta property="og:title" content="Gốm Đồng Nai"><meta name="robots" content="noindex"></head><body>${'<p>Đồng</p>'.repeat(10000)}</body></html>`);
    const head = readHead(file);
    expect(head).toBe('<!doctype html><html><head><meta charset="utf-8"><style></style><script type="application/ld+json"></script><meta property="og:title" content="Gốm Đồng Nai"><meta name="robots" content="noindex">');
    expect(isNoindex(head)).toBe(true);
    expect(metaTag(head, 'og:title')?.['content']).toBe('Gốm Đồng Nai');
    // A page without the robots tag, read next with the same buffer: nothing of the last page carries over.
    const other = path.join(dir, 'khac.html');
    writeFileSync(other, '<html><head><meta property="og:title" content="Khác"></head><body><meta name="robots" content="noindex"></body></html>');
    expect(readHead(other)).toBe('<html><head><meta property="og:title" content="Khác">');
    expect(isNoindex(readHead(other))).toBe(false);
  });
});
