// Publishing a build (src/integrations/staged-output.ts, image-service.ts,
// published-images.ts), without a build: the staging folder takes the output
// folder's place only when asked; pictures are capped and lose their metadata;
// the last check names what must not be published.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImageTransform } from 'astro';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import service, { AS_IS_MAX_BYTES_PER_PIXEL, fitWithinCap, MAX_IMAGE_SIDE } from '../../src/integrations/image-service.ts';
import { publishedImageProblems } from '../../src/integrations/published-images.ts';
import { pictureFacts, webpChunks } from '../../src/lib/picture-header.ts';
import { publishStaging, stagedOutput, stagingFolders } from '../../src/integrations/staged-output.ts';

const root = mkdtempSync(path.join(tmpdir(), 'kc-unit-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder with these files (path → text). */
function folder(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** A JPEG of this size carrying EXIF (owner, GPS). */
const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#b47838' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Nguyen Van A' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 57/1 0/1' } })
    .toBuffer();

/** Waits without an event loop turn (the removal runs in another process). */
const sleepMs = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe('the staging folder and the output folder', () => {
  test('the staging folder sits beside the output folder, hidden', () => {
    expect(stagingFolders('/srv/site/dist')).toEqual({ staging: '/srv/site/.dist.staging', old: '/srv/site/.dist.old' });
  });

  test('publishing puts the staging folder in the output folder\'s place, keeping a .git folder of the old output', () => {
    const base = path.join(root, 'swap');
    const out = folder(path.join(base, 'dist'), { 'index.html': 'cũ', 'old-only.html': 'cũ', '.git/HEAD': 'ref: refs/heads/gh-pages' });
    const { staging, old } = stagingFolders(out);
    folder(staging, { 'index.html': 'mới', 'new-only.html': 'mới' });
    publishStaging(staging, out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('mới');
    expect(existsSync(path.join(out, 'new-only.html'))).toBe(true);
    expect(existsSync(path.join(out, 'old-only.html'))).toBe(false);
    expect(readFileSync(path.join(out, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages');
    expect(existsSync(staging)).toBe(false);
    // The old output is moved aside at once and removed by a process the build does not wait for.
    expect(existsSync(old)).toBe(false);
    const leftovers = () => readdirSync(base).filter((n) => n.startsWith('.dist.old'));
    for (let i = 0; i < 100 && leftovers().length; i++) sleepMs(50);
    expect(leftovers()).toEqual([]);
  });

  test('an old output whose removal did not finish (the machine stopped) is removed by the next publication', () => {
    const base = path.join(root, 'leftover');
    const out = folder(path.join(base, 'dist'), { 'index.html': 'cũ' });
    folder(path.join(base, '.dist.old-999-1'), { 'index.html': 'rất cũ' });
    const { staging } = stagingFolders(out);
    folder(staging, { 'index.html': 'mới' });
    publishStaging(staging, out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('mới');
    const leftovers = () => readdirSync(base).filter((n) => n.startsWith('.dist.old'));
    for (let i = 0; i < 100 && leftovers().length; i++) sleepMs(50);
    expect(leftovers()).toEqual([]);
  });

  test('a first build: no output folder yet', () => {
    const out = path.join(root, 'first', 'dist');
    const { staging } = stagingFolders(out);
    folder(staging, { 'index.html': 'mới' });
    publishStaging(staging, out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('mới');
  });

  test('the integration sends `astro build` to the staging folder; `astro dev` and `astro preview` keep the output folder', () => {
    const out = path.join(root, 'hooks', 'dist');
    for (const command of ['build', 'dev', 'preview'] as const) {
      let updated: unknown;
      const setup = stagedOutput().hooks['astro:config:setup']!;
      void setup({ command, config: { outDir: new URL(`file://${out}/`) }, updateConfig: (c: unknown) => (updated = c) } as never);
      if (command === 'build') expect((updated as { outDir: URL }).outDir.pathname).toBe(`${stagingFolders(out).staging}/`);
      else expect(updated).toBeUndefined();
    }
  });
});

describe('pictures are capped and lose their metadata', () => {
  const imageConfig = { service: { entrypoint: '', config: {} } } as never;
  const src = (width: number, height: number) => ({ src: '/_astro/a.jpg', width, height, format: 'jpg' as const });

  test.each([
    [[8000, 8000], [2400, 2400]],
    [[6000, 4000], [2400, 1600]],
    [[1000, 4000], [600, 2400]],
    [[1200, 900], [1200, 900]],
  ])('%j fits within %j', ([w, h], expected) => {
    expect(fitWithinCap(w!, h!)).toEqual({ width: expected[0], height: expected[1] });
  });

  test('a picture asked at its full size (a Markdown body) is given at most MAX_IMAGE_SIDE, in its shape', async () => {
    const valid = await service.validateOptions!({ src: src(8000, 6000), width: 8000, height: 6000, format: 'webp' } as ImageTransform, imageConfig, console as never);
    expect([valid.width, valid.height]).toEqual([MAX_IMAGE_SIDE, 1800]);
  });

  test('widths and densities beyond the cap become the cap, once', async () => {
    const valid = await service.validateOptions!({ src: src(8000, 8000), width: 2000, height: 2000, widths: [480, 960, 3000, 4000], format: 'webp' } as ImageTransform, imageConfig, console as never);
    expect(valid.widths).toEqual([480, 960, MAX_IMAGE_SIDE]);
    const dense = await service.getSrcSet!({ ...valid, widths: undefined, densities: [1, 2] } as ImageTransform, imageConfig, console as never);
    expect(dense.map((d) => d.transform.width)).toEqual([2000, MAX_IMAGE_SIDE]);
  });

  test('the transform itself never writes more than the cap, and writes no EXIF', async () => {
    const input = await photo(3000, 2000);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const { data } = await service.transform(new Uint8Array(input), { src: '/x.jpg', format: 'webp' }, imageConfig, console as never);
    const meta = await sharp(Buffer.from(data)).metadata();
    expect([meta.width, meta.height]).toEqual([MAX_IMAGE_SIDE, 1600]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
  });
});

describe('a WebP already as sharp would write it is published as it is', () => {
  const imageConfig = { service: { entrypoint: '', config: {} } } as never;
  const make = (options: { width?: number; height?: number; noise?: boolean } = {}) => {
    const width = options.width ?? 320;
    const height = options.height ?? 240;
    if (!options.noise) return sharp({ create: { width, height, channels: 3, background: '#b47838' } });
    const pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24; // no pattern a codec could use
    return sharp(pixels, { raw: { width, height, channels: 3 } });
  };
  const transform = async (input: Buffer, asked: { width?: number; height?: number; quality?: number } = {}) =>
    Buffer.from((await service.transform(new Uint8Array(input), { src: '/_astro/anh.webp', format: 'webp', ...asked }, imageConfig, console as never)).data);
  const chunks = async (bytes: Buffer) => (await webpChunks(bytes))?.chunks;

  test('a lossy WebP with nothing but its picture, at its own size: the same bytes, not encoded again', async () => {
    const input = await make().webp({ quality: 80 }).toBuffer();
    expect((await transform(input)).equals(input)).toBe(true);
    expect((await transform(input, { width: 320 })).equals(input)).toBe(true);
    expect((await transform(input, { width: 320, height: 240 })).equals(input)).toBe(true);
    const transparent = await sharp({ create: { width: 320, height: 240, channels: 4, background: { r: 180, g: 120, b: 56, alpha: 0.5 } } }).webp().toBuffer();
    expect(await chunks(transparent)).toEqual(['VP8X', 'ALPH', 'VP8 ']);
    expect((await transform(transparent)).equals(transparent)).toBe(true);
  });

  test.each([
    ['another size', async () => make().webp().toBuffer(), { width: 160 }, { width: 160, height: 120 }],
    ['a crop', async () => make().webp().toBuffer(), { width: 320, height: 200 }, { width: 320, height: 200 }],
    ['a quality asked', async () => make().webp().toBuffer(), { quality: 50 }, { width: 320, height: 240 }],
    ['a lossless file', async () => make().webp({ lossless: true }).toBuffer(), {}, { width: 320, height: 240 }],
    ['EXIF in it', async () => make().webp().withExif({ IFD0: { Artist: 'Nguyen Van A' } }).toBuffer(), {}, { width: 320, height: 240 }],
    ['a colour profile in it', async () => make().webp().withIccProfile('p3').toBuffer(), {}, { width: 320, height: 240 }],
    ['more than 2 bits a pixel', async () => make({ noise: true }).webp({ quality: 100 }).toBuffer(), {}, { width: 320, height: 240 }],
  ])('%s: encoded again by sharp, with nothing but the picture', async (_, input: () => Promise<Buffer>, asked: { width?: number; height?: number; quality?: number }, size) => {
    const original = await input();
    if (_ === 'more than 2 bits a pixel') expect(original.length).toBeGreaterThan(320 * 240 * AS_IS_MAX_BYTES_PER_PIXEL);
    else expect(original.length).toBeLessThan(320 * 240 * AS_IS_MAX_BYTES_PER_PIXEL);
    const out = await transform(original, asked);
    expect(out.equals(original)).toBe(false);
    const meta = await sharp(out).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual(size);
    expect(await chunks(out)).toEqual(['VP8 ']);
  });
});

describe('the last check before publishing', () => {
  test('a picture with EXIF (an original copied as it is), a picture too large are each named; a clean picture is not', async () => {
    const dist = folder(path.join(root, 'check', 'dist'), {});
    const original = await photo(100, 80);
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, '_astro/anh.abc.jpg'), original); // an original, copied as it is
    writeFileSync(path.join(dist, '_astro/lon.webp'), await sharp({ create: { width: 2600, height: 10, channels: 3, background: '#fff' } }).webp().toBuffer());
    writeFileSync(path.join(dist, '_astro/sach.webp'), await sharp(original).resize(50).webp().toBuffer());
    const problems = await publishedImageProblems(dist);
    expect(problems).toEqual([
      expect.stringMatching(/^_astro\/anh\.abc\.jpg: ảnh còn thông tin EXIF/),
      expect.stringMatching(/^_astro\/lon\.webp: ảnh 2600×10 điểm ảnh, lớn hơn giới hạn 2400/),
    ]);
  });

  test('checked while the after-build steps run, then once more: a picture written in between is named at the end, none twice', async () => {
    const dist = folder(path.join(root, 'check-twice', 'dist'), {});
    const original = await photo(100, 80);
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, '_astro/truoc.jpg'), original);
    const checked = new Set<string>();
    expect(await publishedImageProblems(dist, checked)).toEqual([expect.stringMatching(/^_astro\/truoc\.jpg: ảnh còn thông tin EXIF/)]);
    writeFileSync(path.join(dist, 'sau.jpg'), original);
    expect(await publishedImageProblems(dist, checked)).toEqual([expect.stringMatching(/^sau\.jpg: ảnh còn thông tin EXIF/)]);
    expect(await publishedImageProblems(dist, checked)).toEqual([]);
  });
});

describe('a WebP or PNG picture read from its chunk headers', () => {
  const facts = (bytes: Buffer) => pictureFacts(async (offset, length) => bytes.subarray(offset, offset + length), bytes.length);
  const blank = (width: number, height: number, channels: 3 | 4 = 3) => sharp({ create: { width, height, channels, background: channels === 4 ? { r: 180, g: 120, b: 56, alpha: 0.5 } : '#b47838' } });

  test.each([
    ['lossy', { width: 37, height: 2401 }, {}],
    ['lossless', { width: 2500, height: 3 }, { lossless: true }],
    ['with transparency (extended format)', { width: 640, height: 427 }, { alpha: true }],
  ])('%s: the size sharp reads', async (_, { width, height }, options: { lossless?: boolean; alpha?: boolean }) => {
    const bytes = await blank(width, height, options.alpha ? 4 : 3)
      .webp({ lossless: options.lossless ?? false })
      .toBuffer();
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height]).toEqual([width, height]);
    expect(await facts(bytes)).toEqual({ width, height, metadata: [] });
  });

  test('EXIF and XMP chunks are found, wherever they are in the file', async () => {
    const exif = await blank(40, 30).webp().withExif({ IFD0: { Artist: 'Nguyen Van A' } }).toBuffer();
    expect((await facts(exif))?.metadata).toEqual(['EXIF']);
    const xmp = await blank(40, 30).webp().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').toBuffer();
    expect((await facts(xmp))?.metadata).toEqual(['XMP']);
    // A simple lossy file with an EXIF chunk appended: no decoder would read it, but it is published all the same.
    const plain = await blank(40, 30).webp().toBuffer();
    const chunk = Buffer.concat([Buffer.from('EXIF', 'latin1'), Buffer.from([5, 0, 0, 0]), Buffer.from('GPS!!'), Buffer.from([0])]);
    const appended = Buffer.concat([plain, chunk]);
    appended.writeUInt32LE(appended.length - 8, 4);
    expect(await facts(appended)).toEqual({ width: 40, height: 30, metadata: ['EXIF'] });
  });

  test('PNG: the size sharp reads; EXIF, XMP and raw profiles in text chunks are found', async () => {
    const png = await blank(300, 2401, 4).png().toBuffer();
    expect(await facts(png)).toEqual({ width: 300, height: 2401, metadata: [] });
    const exif = await blank(30, 20).png().withExif({ IFD0: { Artist: 'Nguyen Van A' } }).toBuffer();
    expect((await sharp(exif).metadata()).exif).toBeDefined();
    expect((await facts(exif))?.metadata).toEqual(['EXIF']);
    const xmp = await blank(30, 20).png().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').toBuffer();
    expect((await facts(xmp))?.metadata).toEqual(['XMP']);
    // A text chunk as ImageMagick writes an IPTC profile, before the image's end.
    const plain = await blank(30, 20).png().toBuffer();
    const text = Buffer.from('Raw profile type iptc\0\niptc\n4\n1c020000', 'latin1');
    const chunk = Buffer.concat([Buffer.alloc(4), Buffer.from('tEXt', 'latin1'), text, Buffer.alloc(4)]);
    chunk.writeUInt32BE(text.length, 0);
    const iend = plain.length - 12;
    expect(await facts(Buffer.concat([plain.subarray(0, iend), chunk, plain.subarray(iend)]))).toEqual({ width: 30, height: 20, metadata: ['IPTC'] });
  });

  test('what is not a WebP or PNG file it understands is left to sharp', async () => {
    expect(await facts(Buffer.from('not a picture at all'))).toBeUndefined();
    const plain = await blank(40, 30).webp().toBuffer();
    expect(await facts(plain.subarray(0, 20))).toBeUndefined(); // cut short
    const jpeg = await photo(40, 30);
    expect(await facts(jpeg)).toBeUndefined();
    const png = await blank(40, 30).png().toBuffer();
    expect(await facts(png.subarray(0, 30))).toBeUndefined(); // cut short
  });

  test('in the last check: a WebP or PNG with metadata, one too large and one that is no picture are named; a clean one is not', async () => {
    const dist = folder(path.join(root, 'check-webp', 'dist'), {});
    writeFileSync(path.join(dist, 'exif.webp'), await blank(40, 30).webp().withExif({ IFD0: { Artist: 'Nguyen Van A' } }).toBuffer());
    writeFileSync(path.join(dist, 'lon.webp'), await blank(2401, 8, 4).webp().toBuffer());
    writeFileSync(path.join(dist, 'sach.webp'), await blank(40, 30).webp().toBuffer());
    writeFileSync(path.join(dist, 'vo.webp'), 'not a picture at all');
    writeFileSync(path.join(dist, 'xmp.png'), await blank(30, 20).png().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').toBuffer());
    writeFileSync(path.join(dist, 'sach.png'), await blank(30, 20).png().toBuffer());
    expect(await publishedImageProblems(dist)).toEqual([
      expect.stringMatching(/^exif\.webp: ảnh còn thông tin EXIF \(/),
      'lon.webp: ảnh 2401×8 điểm ảnh, lớn hơn giới hạn 2400 điểm ảnh ở cạnh dài',
      expect.stringMatching(/^vo\.webp: không đọc được ảnh/),
      expect.stringMatching(/^xmp\.png: ảnh còn thông tin XMP \(/),
    ]);
  });
});
