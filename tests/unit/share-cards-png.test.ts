// The share cards' PNG writer (src/share-cards/png.ts): what it writes decodes,
// in another decoder, to exactly the pixels it was given.
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { encodePng, pngOfScanlines, strideOf, toScanlines } from '../../src/share-cards/png.ts';

describe('the PNG writer', () => {
  const width = 41;
  const height = 23;
  const rgba = Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 37 + (i >> 7)) & 0xff)));
  const rgb = Buffer.from([...rgba].filter((_, i) => i % 4 !== 3));

  test('an image decodes to its own pixels', async () => {
    expect((await sharp(encodePng(rgba, width, height)).raw().toBuffer()).equals(rgb)).toBe(true);
  });

  test('rows written in two parts (left of a column, then whole rows) decode to the whole image', async () => {
    const rows = Buffer.alloc(strideOf(width) * height);
    toScanlines(rgba, rows, 0, width);
    const left = 10;
    const blank = Buffer.alloc(left * height * 4, 0);
    toScanlines(blank, rows, 0, left, width);
    const png = await sharp(pngOfScanlines(rows, width, height)).raw().toBuffer();
    for (let y = 0; y < height; y++) {
      expect(png.subarray((y * width) * 3, (y * width + left) * 3).every((b) => b === 0)).toBe(true);
      expect(png.subarray((y * width + left) * 3, (y + 1) * width * 3).equals(rgb.subarray((y * width + left) * 3, (y + 1) * width * 3))).toBe(true);
    }
  });
});
