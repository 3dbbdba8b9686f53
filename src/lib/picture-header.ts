// What the last check before publishing needs to know of a WebP or PNG picture
// (its size, and whether it carries EXIF, XMP or IPTC metadata), read from the
// file's chunk headers only: a few bytes a chunk, where sharp (libvips) took about
// 1 ms of a thread a picture, and 70 ms to load. Every chunk of the file is
// walked, so a metadata chunk is found wherever it is (a published file must not
// hold one, whether a decoder would read it or not). Anything this reading does
// not understand is left to sharp (published-images.ts).
// The formats: https://developers.google.com/speed/webp/docs/riff_container,
// https://www.w3.org/TR/png-3/ (and ImageMagick's "Raw profile type" text chunks).

export type Metadata = 'EXIF' | 'XMP' | 'IPTC';

export interface PictureFacts {
  width: number;
  height: number;
  /** The kinds of metadata the file holds, each once, in the order found. */
  metadata: Metadata[];
}

/** Reads `length` bytes at `offset` (fewer at the file's end). */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

/** The facts of the WebP file read by `read` (`size` bytes long), or undefined when it is not a WebP file this reading understands. */
export async function webpFacts(read: ReadAt, size: number): Promise<PictureFacts | undefined> {
  const walked = await webpWalk(read, size);
  return walked && { width: walked.width, height: walked.height, metadata: walked.metadata };
}

/** A WebP file's size and the names of its chunks in order ('VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ICCP', 'ANIM', 'EXIF'…), or undefined when it is not a WebP file this reading understands. */
export async function webpChunks(bytes: Uint8Array): Promise<{ width: number; height: number; chunks: string[] } | undefined> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const walked = await webpWalk(async (offset, length) => buffer.subarray(offset, offset + length), buffer.length);
  return walked && { width: walked.width, height: walked.height, chunks: walked.chunks };
}

async function webpWalk(read: ReadAt, size: number): Promise<(PictureFacts & { chunks: string[] }) | undefined> {
  const head = await read(0, 12);
  if (head.length < 12 || head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WEBP') return undefined;
  const end = Math.min(size, 8 + head.readUInt32LE(4));
  let canvas: { width: number; height: number } | undefined;
  let frame: { width: number; height: number } | undefined;
  const metadata = new Set<Metadata>();
  const chunks: string[] = [];
  let at = 12;
  while (at < end) {
    // A chunk: its name (4 bytes), its data's length (4 bytes, little-endian), its data (padded to an even length).
    const chunk = await read(at, 18);
    if (chunk.length < 8) return undefined;
    const name = chunk.toString('latin1', 0, 4);
    const length = chunk.readUInt32LE(4);
    const data = chunk.subarray(8);
    if (at + 8 + length > end) return undefined;
    chunks.push(name);
    if (name === 'VP8X') {
      if (data.length < 10) return undefined;
      canvas = { width: data.readUIntLE(4, 3) + 1, height: data.readUIntLE(7, 3) + 1 };
    } else if (name === 'VP8 ' && !frame) {
      // A key frame: 3 bytes of frame tag, the start code 9d 01 2a, then 14-bit width and height.
      if (data.length < 10 || data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) return undefined;
      frame = { width: data.readUInt16LE(6) & 0x3fff, height: data.readUInt16LE(8) & 0x3fff };
    } else if (name === 'VP8L' && !frame) {
      // The signature 0x2f, then width − 1 and height − 1 in 14 bits each.
      if (data.length < 5 || data[0] !== 0x2f) return undefined;
      const bits = data.readUInt32LE(1);
      frame = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    } else if (name === 'EXIF') metadata.add('EXIF');
    else if (name === 'XMP ') metadata.add('XMP');
    at += 8 + length + (length % 2);
  }
  const dimensions = canvas ?? frame;
  return dimensions ? { ...dimensions, metadata: [...metadata], chunks } : undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The metadata a PNG text chunk's keyword says it holds (XMP's own keyword, ImageMagick's raw profiles). */
function textMetadata(keyword: string): Metadata | undefined {
  if (keyword === 'XML:com.adobe.xmp') return 'XMP';
  const profile = /^Raw profile type (\w+)$/i.exec(keyword)?.[1]?.toLowerCase();
  if (profile === 'exif' || profile === 'app1') return 'EXIF';
  if (profile === 'iptc' || profile === '8bim') return 'IPTC';
  if (profile === 'xmp') return 'XMP';
  return undefined;
}

/** The facts of the PNG file read by `read` (`size` bytes long), or undefined when it is not a PNG file this reading understands. */
export async function pngFacts(read: ReadAt, size: number): Promise<PictureFacts | undefined> {
  const head = await read(0, 8);
  if (!head.equals(PNG_SIGNATURE)) return undefined;
  let dimensions: { width: number; height: number } | undefined;
  const metadata = new Set<Metadata>();
  let at = 8;
  for (;;) {
    // A chunk: its data's length (4 bytes, big-endian), its type (4 bytes), its data, a CRC (4 bytes).
    // A text chunk's data starts with its keyword (at most 79 bytes) and a zero byte.
    const chunk = await read(at, 8 + 80);
    if (chunk.length < 8) return undefined;
    const length = chunk.readUInt32BE(0);
    const type = chunk.toString('latin1', 4, 8);
    const data = chunk.subarray(8);
    if (at + 12 + length > size) return undefined;
    if (type === 'IHDR') {
      if (dimensions || length < 8 || data.length < 8) return undefined;
      dimensions = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
    } else if (!dimensions) return undefined; // IHDR comes first
    else if (type === 'eXIf') metadata.add('EXIF');
    else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const keyword = data.subarray(0, Math.min(length, 80));
      const zero = keyword.indexOf(0);
      const found = textMetadata(keyword.toString('latin1', 0, zero < 0 ? keyword.length : zero));
      if (found) metadata.add(found);
    } else if (type === 'IEND') break;
    at += 12 + length;
  }
  return dimensions ? { ...dimensions, metadata: [...metadata] } : undefined;
}

/** The facts of a WebP or PNG file, or undefined for any other file (or one not understood). */
export async function pictureFacts(read: ReadAt, size: number): Promise<PictureFacts | undefined> {
  return (await webpFacts(read, size)) ?? (await pngFacts(read, size));
}
