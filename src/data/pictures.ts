// The optimised versions of a product photo, made once per photo and width set
// for the whole build: a product is shown in many lists (the catalogue, its
// facets, the brochure, other products' "related" cards), and astro:assets
// would otherwise work out the same transforms on every card.
import type { GetImageResult, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

export interface PictureSources {
  avif: GetImageResult;
  webp: GetImageResult;
}

const made = new Map<string, Promise<PictureSources>>();

/** AVIF and WebP at `widths` (the WebP one is also the <img> fallback). */
export function pictureSources(src: ImageMetadata, widths: number[]): Promise<PictureSources> {
  const load = async () => {
    const [avif, webp] = await Promise.all((['avif', 'webp'] as const).map((format) => getImage({ src, widths, format })));
    return { avif: avif!, webp: webp! };
  };
  // In `astro dev` a photo may change under the same name: no memory there.
  if (!import.meta.env.PROD) return load();
  // Keyed by the file's path: reading the picture's own fields (src.src) would mark its original
  // as used by a page, and Astro would then publish the original file (with its EXIF) beside the versions.
  const key = `${(src as ImageMetadata & { fsPath?: string }).fsPath ?? src.src}|${widths.join(',')}`;
  let sources = made.get(key);
  if (!sources) made.set(key, (sources = load()));
  return sources;
}
