// What the build's process tells the share-cards job about each page it has just
// rendered (after-build.ts, `notice`): the page's card, read from its head, and
// the file its photo is made from, so that the job can draw the card while the
// other pages are rendered. The built picture the page names does not exist yet
// then (Astro makes its pictures after the pages): its source does, in the
// content folder (Astro's list of the pictures it is to make) or in public/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RenderedPage } from '../integrations/after-build.ts';
import type { CardNotice } from './index.ts';
import { pageCardOf } from './page-card.ts';

/** An original picture in Astro's list: its file, and the pictures made from it. */
type StaticImage = { originalSrcPath?: string | undefined; transforms: Map<string, { finalPath: string }> };
/** Astro's list of the pictures a build makes (astro/dist/assets/vite-plugin-assets.js), by each original's address. */
type StaticImages = Map<string, StaticImage>;

const staticImages = (): StaticImages | undefined => (globalThis as { astroAsset?: { staticImages?: StaticImages } }).astroAsset?.staticImages;

/** Astro's originals by their address without extension ("/_astro/x.Ab12"), for the list they were read from: the list only grows while pages are rendered. */
let byStem = new Map<string, StaticImage>();
let indexed: { images: StaticImages; size: number } | undefined;
/**
 * Addresses the list did not hold at its present size: searched again only once it has grown.
 * Every page without a photo names the same picture of public/ (chua-co-anh.png), which the
 * whole list was searched for on each page (1 s of a national catalogue's rendering). A picture
 * Astro makes is in the list before any page names it: the page that first asks for it adds it.
 */
let notFound = new Set<string>();

/**
 * The source file of a picture Astro is to make at `pathname` ("/_astro/x.Ab12_Cd34.webp"),
 * from Astro's list: the original is named as the picture without its transform's
 * hash ("/_astro/x.Ab12.jpg"), whatever its format; the whole list is searched when
 * that name is not found. Undefined when Astro makes no such picture.
 */
export function builtPictureSource(pathname: string, images: StaticImages | undefined = staticImages()): string | undefined {
  if (!images) return undefined;
  if (indexed?.images !== images) [byStem, indexed] = [new Map(), { images, size: 0 }];
  if (indexed.size !== images.size) {
    let i = 0;
    for (const [original, entry] of images) if (i++ >= indexed.size) byStem.set(original.replace(/\.[^/.]+$/, ''), entry);
    indexed.size = images.size;
    notFound = new Set();
  }
  if (notFound.has(pathname)) return undefined;
  const made = (entry: StaticImage) => [...entry.transforms.values()].some((t) => t.finalPath === pathname);
  const stem = /^(.*)_[^/_.]+\.[^/.]+$/.exec(pathname)?.[1];
  const named = stem === undefined ? undefined : byStem.get(stem);
  if (named && made(named)) return named.originalSrcPath;
  for (const entry of images.values()) if (made(entry)) return entry.originalSrcPath;
  notFound.add(pathname);
  return undefined;
}

/**
 * The file a page's photo (its address, as the page names it) is made from: a picture Astro makes, or a file of public/.
 * Astro's list is not a public interface: should it change shape, the photo is not found here, and
 * its card is drawn after the pages from the built picture, as when the job runs by hand.
 */
export function photoSourceOf(url: string, publicDir: string, images?: StaticImages): string | undefined {
  const pathname = decodeURIComponent(new URL(url, 'file:///').pathname);
  let source: string | undefined;
  try {
    source = builtPictureSource(pathname, images ?? staticImages());
  } catch {
    source = undefined;
  }
  if (source) return source;
  const inPublic = path.join(publicDir, pathname);
  return inPublic.startsWith(path.resolve(publicDir) + path.sep) && existsSync(inPublic) ? inPublic : undefined;
}

/** The notice of a rendered page; none for a page without a card. */
export function cardNoticeOf(page: RenderedPage, publicDir: string): CardNotice | undefined {
  const card = pageCardOf(page.head);
  return card ? { pathname: page.pathname, card, photoSource: card.photo ? photoSourceOf(card.photo, publicDir) : undefined } : undefined;
}

/** The notice of a rendered page as one line of JSON (for the job's process); none for a page without a card. */
export function cardNotices(publicDir: string) {
  return (page: RenderedPage): string | undefined => {
    const notice = cardNoticeOf(page, publicDir);
    return notice && JSON.stringify(notice);
  };
}
