// The small PNG writer of the share cards: 8-bit RGB, unfiltered scanlines,
// deflated by node:zlib. About 3 times faster than sharp here (most of sharp's
// time is setting up libvips for one image), for files of about the same size.
import zlib from 'node:zlib';

/**
 * zlib level 1 with the largest memory level: over 200 cards of the national
 * benchmark (each with a photo), 3.13 ms a card for 125.1 KB, against 4.09 ms for
 * 117.2 KB at level 3 (the setting until 2026-12-02) and 3.39 ms at level 1 alone;
 * deflating was a third of a card's time, and 10,000 cards are the longest part of a
 * cold national build. 6 takes 2.5 times as long as 3 for files a sixth smaller.
 */
export const PNG_LEVEL = 1;
const PNG_MEM_LEVEL = 9;

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
function pngOfZlib(deflated: Buffer, width: number, height: number): Buffer {
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

/** Scanlines (height × strideOf(width) bytes) as a PNG. */
export function pngOfScanlines(rows: Buffer, width: number, height: number): Buffer {
  return pngOfZlib(zlib.deflateSync(rows, { level: PNG_LEVEL, memLevel: PNG_MEM_LEVEL }), width, height);
}

/** An opaque image's pixels (RGBA; premultiplied is the same as straight when opaque) as a PNG. */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const rows = Buffer.alloc(strideOf(width) * height);
  toScanlines(rgba, rows, 0, width);
  return pngOfScanlines(rows, width, height);
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
