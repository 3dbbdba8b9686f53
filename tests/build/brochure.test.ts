// The brochure in dist/, against content/products/: a QR code beside each
// product that a phone reads as that product's address, contact rows only
// where the producer has a way to be reached, the product's own photo or the
// neutral card (never a drawing), and the back page's contacts without empty rows.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { exists, readPage, textOf } from '../support/dist.ts';
import { products } from '../support/published.ts';

// The whole catalogue in one print, or (beyond one print's size) its first volume.
const brochure = exists('san-pham/in/1/index.html') ? '/san-pham/in/1/' : '/san-pham/in/';
const html = readPage(brochure);
/** Each product block of the brochure, by the product's folder name. */
const blocks = new Map([...html.matchAll(/<article[^>]* id="sp-([^"]+)"[\s\S]*?<\/article>/g)].map((m) => [m[1]!, m[0]]));
const inPrint = products().filter((p) => blocks.has(p.slug));
/** The product page's own address, as its head gives it. */
const canonical = (page: string) => /<link rel="canonical" href="([^"]+)"/.exec(readPage(page))![1]!;

/** The text a QR drawing holds, read by a QR decoder from the drawing rendered to pixels. */
async function decode(svg: string): Promise<string | undefined> {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  // As a file of its own: XML wants a namespace and attribute values (HTML's bare data-qr is not XML).
  const sized = svg.replace(/ data-qr(?=[\s>])/, '').replace('<svg ', `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 6}" height="${size * 6}" `);
  const { data, info } = await sharp(Buffer.from(sized)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

test(`${brochure} holds a block per product (${inPrint.length})`, () => {
  expect(inPrint.length).toBeGreaterThan(0);
  expect(blocks.size).toBe(inPrint.length);
});

describe.each(inPrint.map((p) => [p.slug, p] as const))('%s in the brochure', (slug, p) => {
  const block = blocks.get(slug)!;

  test('one QR code, which a phone reads as the product page’s address', async () => {
    const codes = [...block.matchAll(/<svg[^>]*data-qr[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(codes).toHaveLength(1);
    expect(await decode(codes[0]!)).toBe(canonical(p.page));
  });

  test('a “Liên hệ” row only when the producer has a phone, email or website, and then with them', () => {
    const { phone, email, website } = p.data.producer;
    const text = textOf(block);
    if (!phone && !email && !website) expect(text).not.toContain('Liên hệ');
    else for (const way of [phone, email, website && new URL(website).host]) if (way) expect(text).toContain(way);
    expect(text).not.toMatch(/Liên hệ\s*(—|-|$)/);
  });

  test('its own photo, or “Chưa có ảnh sản phẩm”; never a drawing', () => {
    const photo = p.data.photos.find((ph) => !ph.illustrative);
    if (photo) expect(block).toContain(`alt="${photo.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    else {
      expect(block).not.toContain('<img');
      expect(block).toContain('role="img" aria-label="Chưa có ảnh sản phẩm"');
    }
  });
});

test('the back page names the centre and lists only the contacts it has (no empty row)', async () => {
  const back = /<section[^>]*brochure-back[\s\S]*?<\/section>/.exec(html)![0];
  expect(textOf(back)).toContain('Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai');
  const rows = [...back.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [textOf(m[1]!), textOf(m[2]!)]);
  for (const [label, value] of rows) expect(value, label).toMatch(/\S/);
  // The QR code of the back page opens the catalogue.
  const code = /<svg[^>]*data-qr[\s\S]*?<\/svg>/.exec(back)![0];
  expect(await decode(code)).toBe(canonical('/san-pham/'));
});
