// The share cards' PNG writer (src/share-cards/png.ts): its checksums agree
// with zlib's, and a card whose unchanged rows are reused from an earlier card
// decodes to exactly its own pixels.
import zlib from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { adler32, adler32Combine, rowDeflater, strideOf } from '../../src/share-cards/png.ts';

const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => ((i * seed) ^ (i >> 3)) & 0xff));

describe('Adler-32', () => {
  test('as zlib computes it', () => {
    // zlib's own: the last 4 bytes of a zlib stream are the Adler-32 of its data.
    for (const data of [Buffer.alloc(0), Buffer.from('Wikipedia'), bytes(100_000, 7)]) {
      const z = zlib.deflateSync(data);
      expect(adler32(data)).toBe(z.readUInt32BE(z.length - 4));
    }
    expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
  });
  test('the checksums of two parts combine into the checksum of the whole', () => {
    const a = bytes(70_001, 3);
    const b = bytes(123_457, 11);
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])));
  });
});

describe('cards whose unchanged rows are reused', () => {
  const width = 40;
  const height = 30;
  /** Scanlines (filter byte 0, then RGB) of a gradient, with rows [from, to) painted `value`. */
  function scanlines(paint: [number, number, number][]): Buffer {
    const rows = Buffer.alloc(strideOf(width) * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width * 3; x++) rows[y * strideOf(width) + 1 + x] = (x + 7 * y) & 0xff;
    for (const [from, to, value] of paint) for (let y = from; y < to; y++) rows.fill(value, y * strideOf(width) + 1, (y + 1) * strideOf(width));
    return rows;
  }
  async function pixels(png: Buffer): Promise<Buffer> {
    return sharp(png).raw().toBuffer();
  }
  const expected = (rows: Buffer) => Buffer.concat(Array.from({ length: height }, (_, y) => rows.subarray(y * strideOf(width) + 1, (y + 1) * strideOf(width))));

  test.each([true, false])('each card decodes to its own pixels (reuse: %s)', async (reuse) => {
    const deflater = rowDeflater({ width, height, reuse });
    const cards = [
      { paint: [[3, 6, 200]] as [number, number, number][], changed: [[3, 6]] as [number, number][] },
      { paint: [[10, 20, 90]] as [number, number, number][], changed: [[10, 20]] as [number, number][] },
      { paint: [[0, 2, 1], [28, 30, 2]] as [number, number, number][], changed: [[0, 2], [28, 30]] as [number, number][] },
      { paint: [[3, 6, 17]] as [number, number, number][], changed: [[3, 6]] as [number, number][] },
    ];
    for (const card of cards) {
      const rows = scanlines(card.paint);
      const png = deflater.png(rows, card.changed, 'same template');
      expect((await pixels(png)).equals(expected(rows))).toBe(true);
    }
  });
});
