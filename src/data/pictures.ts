// The optimised versions of a photo (a product's, a bulletin's cover), made
// once per photo and width set for the whole build: a product is shown in many
// lists (the catalogue, its facets, the brochure, other products' "related"
// cards), and astro:assets would otherwise work out the same transforms on
// every card.
//
// WebP only, at few widths: every variant costs encoding time in a cold build
// (AVIF at 4 widths beside WebP was 297 variants and 16 s of a 26 s build).
// Measured on the site's photos and on a real photograph, docs/PERFORMANCE.md
// ("Speed of publishing and of the first view"): WebP is within a few KB of
// AVIF on the drawings and twice its size on a photograph, at a quarter of its
// encoding time.
import type { GetImageResult, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/**
 * Widths of a photo in a list (cards, related products, the brochure): the slot
 * is at most 22rem wide (352 px), or 92 % of a phone's width; a phone of 360 px
 * at 2× needs 720 px.
 */
export const LIST_WIDTHS = [360, 720] as const;
/** Widths of a photo on its own page: a 34rem (544 px) slot needs 1080 px on a 2× screen. */
export const PAGE_WIDTHS = [360, 720, 1080] as const;
/**
 * The width of the <img src> (browsers without srcset), of the photo given to
 * search engines and to the share card: one of the widths above, so no variant
 * more is made for it.
 */
export const MAIN_WIDTH = 720;

const made = new Map<string, Promise<GetImageResult>>();

/**
 * WebP versions of `src` at `widths` (those wider than the photo become its own
 * width), its `src` at MAIN_WIDTH. The photo's own fields are never read here:
 * Astro publishes the original file of any picture whose fields page code reads.
 */
export function photoVersions(src: ImageMetadata, widths: readonly number[]): Promise<GetImageResult> {
  const load = () => getImage({ src, width: MAIN_WIDTH, widths: [...widths], format: 'webp' });
  // In `astro dev` a photo may change under the same name: no memory there.
  if (!import.meta.env.PROD) return load();
  // Keyed by the file's path: reading the picture's own fields (src.src) would mark its original
  // as used by a page, and Astro would then publish the original file (with its EXIF) beside the versions.
  const key = `${(src as ImageMetadata & { fsPath?: string }).fsPath ?? src.src}|${widths.join(',')}`;
  let versions = made.get(key);
  if (!versions) made.set(key, (versions = load()));
  return versions;
}
