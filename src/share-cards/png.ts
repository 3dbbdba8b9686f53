// The small PNG writer of the share cards: 8-bit RGB, unfiltered scanlines,
// deflated by node:zlib. About 3 times faster than sharp here (most of sharp's
// time is setting up libvips for one image), for files of about the same size.
//
// Cards differ from one another only in the rows their text (and photo) touch;
// `RowDeflater` deflates the other rows once per template (base and photo) and
// row range, and reuses them: each piece is raw deflate ended by a full flush
// (byte-aligned, no reference to earlier data), so pieces can be laid end to
// end; an empty final block closes the stream and the pieces' checksums are
// combined. It saves about 7 ms of a card's 11–18 ms (docs/PERFORMANCE.md).
import zlib from 'node:zlib';

/** zlib level: 3 takes about 2.5 ms a card here (cards of 62 KB on average, 121 KB at most in bench:og); 6 takes 2.5 times as long for files a sixth smaller. */
export const PNG_LEVEL = 3;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG from its scanlines already deflated as a zlib stream. */
export function pngOfZlib(deflated: Buffer, width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per sample
  ihdr[9] = 2; // RGB; compression, filter method and interlace stay 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflated), chunk('IEND', Buffer.alloc(0))]);
}

/** Bytes of one scanline of `width` pixels: the filter byte, then RGB. */
export const strideOf = (width: number) => width * 3 + 1;

/**
 * Writes `rgba`'s rows (opaque RGBA, `width` pixels each) into `rows`
 * (scanlines of `rowWidth` pixels: filter byte 0, then RGB) from row `y0` on,
 * at the left of each row; the rest of each row is left as it is.
 */
export function toScanlines(rgba: ArrayLike<number>, rows: Buffer, y0: number, width: number, rowWidth = width): void {
  const height = rgba.length / 4 / width;
  for (let y = 0, s = 0; y < height; y++) {
    let d = (y0 + y) * strideOf(rowWidth);
    rows[d++] = 0;
    for (let x = 0; x < width; x++, s += 4) {
      rows[d++] = rgba[s]!;
      rows[d++] = rgba[s + 1]!;
      rows[d++] = rgba[s + 2]!;
    }
  }
}

/** An opaque image's pixels (RGBA; premultiplied is the same as straight when opaque) as a PNG. */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const rows = Buffer.alloc(strideOf(width) * height);
  toScanlines(rgba, rows, 0, width);
  return pngOfZlib(zlib.deflateSync(rows, { level: PNG_LEVEL }), width, height);
}

/** Row bands [from, to) merged where they overlap or touch, clamped to [0, height). */
export function mergeBands(bands: [number, number][], height: number): [number, number][] {
  const sorted = bands.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(height, b)]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

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

interface Piece {
  deflated: Buffer;
  adler: number;
  length: number;
}

function deflatePiece(data: Buffer): Piece {
  return { deflated: zlib.deflateRawSync(data, { level: PNG_LEVEL, finishFlush: zlib.constants.Z_FULL_FLUSH }), adler: adler32(data), length: data.length };
}

/** The zlib stream (header, the pieces' blocks, an empty final block, Adler-32) of the pieces' data laid end to end. */
function zlibOfPieces(pieces: readonly Piece[]): Buffer {
  let adler = 1;
  for (const p of pieces) adler = adler32Combine(adler, p.adler, p.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  // 0x78 0x01: deflate, 32 KB window, no preset dictionary; 0x03 0x00: an empty final block (fixed codes).
  return Buffer.concat([Buffer.from([0x78, 0x01]), ...pieces.map((p) => p.deflated), Buffer.from([0x03, 0x00]), trailer]);
}

/**
 * Deflates a card's scanlines, reusing the pieces of rows outside `changed`
 * that an earlier card of the same `template` deflated (the last `keep` row
 * ranges are kept). With `reuse: false` every row is deflated each time (for
 * scripts/bench-og.ts, to measure what the reuse saves).
 */
export function rowDeflater(options: { width: number; height: number; keep?: number; reuse?: boolean }) {
  const { width, height, keep = 512, reuse = true } = options;
  const stride = strideOf(width);
  const pieces = new Map<string, Piece>();
  return {
    /** A PNG of `scanlines` (height × strideOf(width) bytes), whose rows outside `changed` are those of `template`. */
    png(scanlines: Buffer, changed: [number, number][], template: string): Buffer {
      if (!reuse) return pngOfZlib(zlib.deflateSync(scanlines, { level: PNG_LEVEL }), width, height);
      const out: Piece[] = [];
      const rows = (from: number, to: number) => scanlines.subarray(from * stride, to * stride);
      const same = (from: number, to: number) => {
        if (to <= from) return;
        const key = `${template}|${from}|${to}`;
        let piece = pieces.get(key);
        if (!piece) {
          piece = deflatePiece(rows(from, to));
          if (pieces.size >= keep) pieces.delete(pieces.keys().next().value!);
          pieces.set(key, piece);
        }
        out.push(piece);
      };
      let y = 0;
      for (const [from, to] of changed) {
        same(y, from);
        out.push(deflatePiece(rows(from, to)));
        y = to;
      }
      same(y, height);
      return pngOfZlib(zlibOfPieces(out), width, height);
    },
  };
}
