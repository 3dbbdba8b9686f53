// The printed brochure's pages worked out before printing, the contact lines it
// prints (only those there are), the photos it may show, and its QR codes, read
// back by a QR decoder from the drawing.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { brochureLayout, centreContacts, producerContacts } from '../../src/features/catalogue/brochure.ts';
import { DRAWING_UNMARKED, isDrawingFile } from '../../src/features/catalogue/checks.ts';
import { realPhotos } from '../../src/features/catalogue/products.ts';
import { qrDrawing } from '../../src/lib/qr.ts';

describe('brochureLayout: page numbers known before printing', () => {
  // Cover 1; contents of 7 lines at 4 a page: pages 2–3; products 3 a page from page 4; back page after them.
  const layout = brochureLayout(
    [
      { group: 'thu-cong-my-nghe', items: ['a1', 'a2'] },
      { group: 'thiet-bi-may-moc-co-khi', items: [] },
      { group: 'san-pham-khac', items: ['b1', 'b2', 'b3'] },
    ],
    3,
    4,
  );

  test('the contents: a line per group that has products and per product, 4 to a page, each with the page it is on', () => {
    const lines = layout.contents.map((page) => page.map((l) => (l.kind === 'group' ? `${l.group} ${l.page}` : `${l.number}. ${l.product} ${l.page}`)));
    expect(lines).toEqual([
      ['thu-cong-my-nghe 4', '1. a1 4', '2. a2 4', 'san-pham-khac 4'],
      ['1. b1 4', '2. b2 5', '3. b3 5'],
    ]);
  });

  test('products three a page, a group going on where the one before ends (no half-empty page per group)', () => {
    expect(layout.sheets.map((s) => [s.page, s.items.map((i) => `${i.groupStart ?? ''}:${i.product}`)])).toEqual([
      [4, ['thu-cong-my-nghe:a1', ':a2', 'san-pham-khac:b1']],
      [5, [':b2', ':b3']],
    ]);
    expect(layout.backPage).toBe(6);
  });

  test('32 products in groups of 8, 13, 5 and 6: one page of contents, eleven pages of products, the back page 14', () => {
    const items = (n: number, g: string) => Array.from({ length: n }, (_, i) => `${g}${i + 1}`);
    const big = brochureLayout([
      { group: 'thu-cong-my-nghe', items: items(8, 'a') },
      { group: 'che-bien-nong-lam-thuy-san-thuc-pham', items: items(13, 'b') },
      { group: 'thiet-bi-may-moc-co-khi', items: items(5, 'c') },
      { group: 'san-pham-khac', items: items(6, 'd') },
    ]);
    expect(big.contents).toHaveLength(1);
    expect(big.sheets.map((s) => s.page)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(big.sheets.at(-1)!.items).toHaveLength(2);
    expect(big.backPage).toBe(14);
    // b1 is the 9th product: on the third page of products.
    expect(big.contents[0]!.find((l) => l.kind === 'product' && l.product === 'b1')!.page).toBe(5);
  });
});

describe('contact lines: only those there are', () => {
  test('a producer without phone, email or website has none (no "Liên hệ —" row)', () => {
    expect(producerContacts({})).toEqual([]);
  });
  test('a phone becomes a tel: link, a website its host', () => {
    expect(producerContacts({ phone: '0251 3822 000', website: 'https://example.vn/a' })).toEqual([
      { label: 'Điện thoại', text: '0251 3822 000', href: 'tel:+842513822000' },
      { label: 'Trang web', text: 'example.vn', href: 'https://example.vn/a' },
    ]);
  });
  test('the centre: empty settings print nothing', () => {
    expect(centreContacts({ address: '', phone: ' ', email: undefined })).toEqual([]);
    expect(centreContacts({ hours: 'Thứ Hai đến Thứ Sáu' })).toEqual([{ label: 'Giờ làm việc', text: 'Thứ Hai đến Thứ Sáu' }]);
  });
});

describe('photos: drawings are not the product', () => {
  test('illustrative photos are left out', () => {
    expect(realPhotos([{ src: 'minh-hoa.webp', illustrative: true }, { src: 'anh-1.jpg', illustrative: false }, { src: 'anh-2.jpg' }]).map((p) => p.src)).toEqual(['anh-1.jpg', 'anh-2.jpg']);
    expect(realPhotos(undefined)).toEqual([]);
  });
  test('the drawings npm run images:products makes are named minh-hoa.*', () => {
    expect(['./minh-hoa.webp', 'content/products/x/minh-hoa.png', 'MINH-HOA.WEBP'].map(isDrawingFile)).toEqual([true, true, true]);
    expect(['./anh-1.webp', './minh-hoa-2.webp', './ghe-minh-hoa.webp'].map(isDrawingFile)).toEqual([false, false, false]);
    expect(DRAWING_UNMARKED('./minh-hoa.webp')).toMatch(/illustrative: true.*đổi tên tệp/);
  });
});

describe('QR codes', () => {
  test.each([
    'http://localhost:4321/san-pham/ghe-xich-du-may/',
    'https://khuyencong.dongnai.gov.vn/san-pham/nuoc-mam-chay/',
    'https://example.gov.vn/san-pham/than-hoat-tinh-gao-dua-xuat-khau-cong-ty-tnhh-mot-thanh-vien/',
  ])('%s: the drawing, rendered to pixels, is read back by a QR decoder', async (url) => {
    const { size, path } = qrDrawing(url);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 6}" height="${size * 6}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
  });
});
