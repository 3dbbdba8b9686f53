// A zlib stream made of separately deflated pieces, so that pieces that are
// the same from image to image (a share card's unchanged rows) are compressed
// once and reused. Each piece is raw deflate ended by a full flush (byte-aligned,
// no reference to earlier data), so pieces can be laid end to end; an empty
// final block closes the stream, and the checksums of the pieces are combined.
import zlib from 'node:zlib';

const BASE = 65521;

/** Adler-32 of bytes [start, end) of `data` (zlib's checksum). */
export function adler32(data: Uint8Array, start = 0, end = data.length): number {
  let a = 1;
  let b = 0;
  for (let i = start; i < end; ) {
    const stop = Math.min(end, i + 5552);
    for (; i < stop; i++) {
      a += data[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of A followed by B, from those of A and B and B's length (zlib's adler32_combine). */
export function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const rem = lengthB % BASE;
  let sum1 = adlerA & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adlerB & 0xffff) + BASE - 1;
  sum2 += ((adlerA >>> 16) & 0xffff) + ((adlerB >>> 16) & 0xffff) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE * 2) sum2 -= BASE * 2;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

export interface Piece {
  deflated: Buffer;
  adler: number;
  length: number;
}

/** One piece: `data` deflated (raw, ended by a full flush) with its checksum and length. */
export function deflatePiece(data: Buffer, level: number): Piece {
  return { deflated: zlib.deflateRawSync(data, { level, finishFlush: zlib.constants.Z_FULL_FLUSH }), adler: adler32(data), length: data.length };
}

/** The zlib stream (header, the pieces' blocks, an empty final block, Adler-32) of the pieces' data laid end to end. */
export function zlibOfPieces(pieces: readonly Piece[]): Buffer {
  let adler = 1;
  for (const p of pieces) adler = adler32Combine(adler, p.adler, p.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  // 0x78 0x01: deflate, 32 KB window, no preset dictionary; 0x03 0x00: an empty final block (fixed codes).
  return Buffer.concat([Buffer.from([0x78, 0x01]), ...pieces.map((p) => p.deflated), Buffer.from([0x03, 0x00]), trailer]);
}
