// The image service (astro.config.mjs `image.service`): Astro's sharp service,
// with every picture it makes capped at MAX_IMAGE_SIDE pixels on its longest
// side. A phone photo of 8000×8000 put in a bulletin's body was otherwise
// published at full size (a 16 MB WebP on every page that showed it). sharp
// writes no EXIF/XMP unless asked (Astro never asks), so the versions it makes
// carry no camera owner or GPS position; src/integrations/published-images.ts
// checks both over the finished site before it is published.
import type { ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { webpChunks } from '../lib/picture-header.ts';

/**
 * The longest side of any published picture. 2400 px fills the widest layout
 * (a 1200 px page) on a screen of twice the density; the site's own variants are
 * smaller (photos 360, 720 and 1080 px wide: src/data/pictures.ts).
 */
export const MAX_IMAGE_SIDE = 2400;

/** `width` × `height` scaled down (never up) to fit MAX_IMAGE_SIDE, keeping the shape. */
export function fitWithinCap(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The original picture's size, when Astro knows it (an imported image). */
function sourceSize(options: ImageTransform): { width: number; height: number } | null {
  const src = options.src as unknown;
  if (src && typeof src === 'object' && 'width' in src && 'height' in src) {
    const { width, height } = src as { width: number; height: number };
    if (width > 0 && height > 0) return { width, height };
  }
  return null;
}

/** The widest a variant may be for this picture: MAX_IMAGE_SIDE on its longest side. */
function widestFor(options: ImageTransform): number {
  const size = sourceSize(options) ?? (options.width && options.height ? { width: options.width, height: options.height } : null);
  return size ? fitWithinCap(size.width, size.height).width : MAX_IMAGE_SIDE;
}

/**
 * Bytes a pixel up to which a lossy WebP at the size asked is published as it is: 2 bits
 * a pixel, where sharp's WebP of a photo takes 0.5 to 1.5. A file above it (a WebP saved
 * at the highest quality) is made again, smaller.
 */
export const AS_IS_MAX_BYTES_PER_PIXEL = 0.25;
/** A lossy picture with, at most, its transparency: no colour profile, animation or metadata. */
const AS_IS_CHUNKS = new Set(['VP8 ', 'VP8X', 'ALPH']);

/**
 * Whether `input` is already what sharp would write for `transform` at `size`: a lossy
 * WebP of that size holding nothing but the picture (and its transparency), with no
 * quality or background asked and no more than AS_IS_MAX_BYTES_PER_PIXEL. It is then
 * published as it is: encoding it again would only lose detail (a second lossy pass),
 * and it is a photo's costliest version to make (about 60 ms of CPU at 960 × 720 px).
 */
export async function publishableAsIs(input: Uint8Array, transform: ImageTransform, size: { width: number; height: number }): Promise<boolean> {
  if ((transform.format ?? 'webp') !== 'webp' || transform.quality !== undefined || transform['background'] !== undefined) return false;
  if (input.byteLength > size.width * size.height * AS_IS_MAX_BYTES_PER_PIXEL) return false;
  const webp = await webpChunks(input);
  return (
    webp !== undefined &&
    webp.width === size.width &&
    webp.height === size.height &&
    webp.chunks.filter((c) => c === 'VP8 ').length === 1 &&
    webp.chunks.every((c) => AS_IS_CHUNKS.has(c))
  );
}

const service: LocalImageService = {
  ...sharpService,
  async validateOptions(options, imageConfig, logger) {
    const valid = { ...(sharpService.validateOptions ? await sharpService.validateOptions(options, imageConfig, logger) : options) };
    if (valid.width && valid.height) Object.assign(valid, fitWithinCap(valid.width, valid.height));
    else if (valid.width) valid.width = Math.min(valid.width, widestFor(valid));
    if (valid.widths) {
      const widest = widestFor(valid);
      valid.widths = [...new Set(valid.widths.map((w) => Math.min(w, widest)))];
    }
    return valid;
  },
  async getSrcSet(options, imageConfig, logger) {
    const set = sharpService.getSrcSet ? await sharpService.getSrcSet(options, imageConfig, logger) : [];
    const widest = widestFor(options);
    const seen = new Set<number>();
    return set.flatMap((entry) => {
      const width = entry.transform.width;
      if (!width || width <= widest) return [entry];
      // A density (2x) or width beyond the cap: the capped size once, in place of each larger one.
      if (seen.has(widest)) return [];
      seen.add(widest);
      const height = entry.transform.height ? Math.round((entry.transform.height * widest) / width) : undefined;
      return [{ ...entry, transform: { ...entry.transform, width: widest, ...(height ? { height } : {}) } }];
    });
  },
  async transform(inputBuffer, transform, imageConfig, logger) {
    // Whatever was asked, the output is never larger than the cap (the size after EXIF rotation).
    const { default: sharp } = await import('sharp');
    const meta = await sharp(inputBuffer, { failOn: 'none' }).metadata();
    const original = meta.autoOrient ?? { width: meta.width, height: meta.height };
    const asked = { ...transform };
    const width = typeof asked['width'] === 'number' ? asked['width'] : undefined;
    const height = typeof asked['height'] === 'number' ? asked['height'] : undefined;
    const out =
      width && height
        ? { width, height }
        : width && original.width && original.height
          ? { width, height: Math.round((width * original.height) / original.width) }
          : height && original.width && original.height
            ? { width: Math.round((height * original.width) / original.height), height }
            : original.width && original.height
              ? { width: original.width, height: original.height }
              : null;
    let size = out;
    if (out && Math.max(out.width, out.height) > MAX_IMAGE_SIDE) {
      const capped = fitWithinCap(out.width, out.height);
      asked['width'] = capped.width;
      if (width && height) asked['height'] = capped.height;
      else delete asked['height'];
      size = capped;
    }
    if (size && (await publishableAsIs(inputBuffer, transform, size))) return { data: inputBuffer, format: 'webp' };
    return sharpService.transform(inputBuffer, asked as typeof transform, imageConfig, logger);
  },
};

export default service;
