import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { adler32, adler32Combine, deflatePiece, zlibOfPieces } from '../../src/share-cards/zlib-segments.ts';

describe('a zlib stream made of pieces', () => {
  const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => ((i * seed) ^ (i >> 3)) & 0xff));

  test('Adler-32 as zlib computes it', () => {
    // zlib's own: the last 4 bytes of a zlib stream are the Adler-32 of its data.
    for (const data of [Buffer.alloc(0), Buffer.from('Wikipedia'), bytes(100_000, 7)]) {
      expect(adler32(data)).toBe(zlib.deflateSync(data).readUInt32BE(zlib.deflateSync(data).length - 4));
    }
    expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
  });

  test('checksums of two parts combine into the checksum of the whole', () => {
    const a = bytes(70_001, 3);
    const b = bytes(123_457, 11);
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])));
  });

  test('pieces laid end to end inflate to the data end to end, whatever pieces are reused', () => {
    const parts = [bytes(40_000, 5), bytes(3, 9), Buffer.alloc(70_000, 17), bytes(65_537, 13)];
    const pieces = parts.map((p) => deflatePiece(p, 3));
    const stream = zlibOfPieces([pieces[0]!, pieces[2]!, pieces[1]!, pieces[2]!, pieces[3]!]);
    expect(zlib.inflateSync(stream).equals(Buffer.concat([parts[0]!, parts[2]!, parts[1]!, parts[2]!, parts[3]!]))).toBe(true);
  });
});
