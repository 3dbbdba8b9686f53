// Drawing share cards (used by the share-images workers and scripts/bench-og.ts).
// Per card, satori lays out only the section and the title (the 'text'
// layer, its glyphs as SVG paths) and Skia (@napi-rs/canvas) fills those paths
// over the fixed parts, which were drawn once (the 'base' layer), and the
// photo, framed once per photo and kept for the next cards that show it;
// the small PNG writer (png.ts) compresses the rows.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, Image, ImageData, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import satori from 'satori';
import sharp from 'sharp';
import { mergeBands, pngOfScanlines, strideOf, toScanlines } from './png.ts';
import { cardTree, DEFAULT_LOOK, OG_FONT_FAMILIES, OG_HEIGHT, OG_WIDTH, PHOTO_FRAME, type CardInput, type CardLayer, type CardLook } from './layout.ts';

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;

export type Fonts = Awaited<ReturnType<typeof loadFonts>>;

/** Be Vietnam Pro, 400 and 700, each subset under its own family name (OG_FONT_FAMILIES). */
export async function loadFonts() {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  const fonts = [];
  for (const [i, subset] of SUBSETS.entries()) {
    for (const weight of [400, 700] as const) {
      const data = await readFile(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
      fonts.push({ name: OG_FONT_FAMILIES[i]!, data, weight, style: 'normal' as const });
    }
  }
  return fonts;
}

/** satori's SVG of a card or a layer. The same `fonts` array every time: satori keeps its parsed fonts per array. */
export async function cardSvg(input: CardInput, fonts: Fonts, layer: CardLayer = 'all'): Promise<string> {
  return satori(cardTree(input, layer) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
}

/**
 * The filled paths of satori's SVG, when that is all it draws (its masks are
 * defined but used by nothing; <g> only groups): satori writes text as one
 * path per run. Null when the SVG has anything else, to be drawn as an SVG.
 */
export function svgFills(svg: string): { fill: string; d: string }[] | null {
  const body = svg.replace(/^<svg [^>]*>|<\/svg>$/g, '').replace(/<mask id="[^"]*"><rect [^>]*\/><\/mask>/g, '');
  const fills: { fill: string; d: string }[] = [];
  const rest = body.replace(/<path fill="(#[0-9a-fA-F]{3,8})" d="([^"]*)"\/>/g, (_, fill: string, d: string) => {
    fills.push({ fill, d });
    return '';
  });
  return /^(?:<g>|<\/g>)*$/.test(rest) ? fills : null;
}

/** An SVG drawn by sharp (librsvg) as premultiplied-free RGBA ImageData. */
async function svgImageData(svg: string): Promise<ImageData> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return new ImageData(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
}

/** The empty frame (the card's background, the white rounded square: RGBA) and the photo's rounded mask (one byte a pixel), drawn once. */
const frameParts = new Map<string, Promise<{ frame: Buffer; mask: Buffer }>>();
function photoFrameParts(background: string) {
  const { size, border, radius } = PHOTO_FRAME;
  const inner = size - 2 * border;
  let parts = frameParts.get(background);
  if (parts) return parts;
  parts = Promise.all([
    sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${background}"/><rect width="${size}" height="${size}" rx="${radius}" fill="#fff"/></svg>`))
      .ensureAlpha()
      .raw()
      .toBuffer(),
    sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${inner}" height="${inner}"><rect width="${inner}" height="${inner}" rx="${radius - border}" fill="#fff"/></svg>`))
      .ensureAlpha()
      .extractChannel(3)
      .raw()
      .toBuffer(),
  ]).then(([frame, mask]) => ({ frame, mask }));
  frameParts.set(background, parts);
  return parts;
}

/** A photo in its white rounded frame on the card's background: opaque RGBA, PHOTO_FRAME.size square. */
export async function framedPhoto(photo: Buffer, background: string = DEFAULT_LOOK.background): Promise<ImageData> {
  const { size, border } = PHOTO_FRAME;
  const inner = size - 2 * border;
  const [{ frame, mask }, rgb] = await Promise.all([
    photoFrameParts(background),
    // Turned upright first: a source picture may say how it is to be turned (EXIF).
    sharp(photo).rotate().resize(inner, inner, { fit: 'cover' }).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer(),
  ]);
  const tile = Buffer.from(frame);
  // The photo over the white frame, through the rounded mask.
  for (let y = 0, m = 0; y < inner; y++) {
    for (let x = 0, d = ((y + border) * size + border) * 4; x < inner; x++, m++, d += 4) {
      const a = mask[m]!;
      const s = m * 3;
      tile[d] = (rgb[s]! * a + tile[d]! * (255 - a) + 127) / 255;
      tile[d + 1] = (rgb[s + 1]! * a + tile[d + 1]! * (255 - a) + 127) / 255;
      tile[d + 2] = (rgb[s + 2]! * a + tile[d + 2]! * (255 - a) + 127) / 255;
    }
  }
  return new ImageData(new Uint8ClampedArray(tile.buffer, tile.byteOffset, tile.length), size, size);
}

/**
 * What to draw of the text layer: its paths (fast), or the SVG as an image when
 * it has more than paths; and the rows it may touch (whole pixels, one more each
 * side for anti-aliasing), or null for all of them.
 */
export async function textPainter(svg: string): Promise<{ paint: (ctx: SKRSContext2D) => void; bands: [number, number][] | null }> {
  const fills = svgFills(svg);
  if (fills) {
    const paths = fills.map(({ fill, d }) => ({ fill, path: new Path2D(d) }));
    return {
      paint: (ctx) => {
        for (const { fill, path } of paths) {
          ctx.fillStyle = fill;
          ctx.fill(path);
        }
      },
      bands: paths.map(({ path }) => {
        const [, top, , bottom] = path.getBounds();
        return [Math.floor(top) - 1, Math.ceil(bottom) + 1];
      }),
    };
  }
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = reject;
    image.src = Buffer.from(svg);
  });
  return { paint: (ctx) => ctx.drawImage(image, 0, 0), bands: null };
}

export interface Card {
  title: string;
  section: string;
  sample?: boolean | undefined;
  /** The photo's file; read only when it is not framed yet. */
  photoFile?: string | undefined;
  /** Identifies the photo among those kept (its content hash); the file name when missing. */
  photoHash?: string | undefined;
}

/**
 * A card renderer for one build: fonts parsed once, the base layers drawn (and
 * turned into PNG scanlines) once, photos framed once each (the last
 * `keepPhotos` kept). Per card only the rows that differ from the base (the
 * text's, the photo's) are read back from the canvas and converted.
 */
export function cardRenderer(options: { fonts: Fonts; siteName: string; sampleLabel: string; look?: CardLook | undefined; keepPhotos?: number }) {
  const { fonts, siteName, sampleLabel, look = DEFAULT_LOOK, keepPhotos = 64 } = options;
  const W = OG_WIDTH;
  const H = OG_HEIGHT;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  // The card's scanlines, kept from card to card: a fresh 2 MB buffer each time costs more than filling it.
  const scanlines = Buffer.alloc(strideOf(W) * H);
  const bases = new Map<boolean, Promise<{ canvas: Canvas; rows: Buffer }>>();
  const base = (sample: boolean) => {
    let b = bases.get(sample);
    if (!b) {
      // Drawn once, by sharp (librsvg) as before: the star is an SVG image inside the SVG.
      b = cardSvg({ title: '', section: '', siteName, sample, sampleLabel, look }, fonts, 'base')
        .then(svgImageData)
        .then((data) => {
          const c = createCanvas(W, H);
          c.getContext('2d').putImageData(data, 0, 0);
          const rows = Buffer.alloc(strideOf(W) * H);
          toScanlines(c.data(), rows, 0, W);
          return { canvas: c, rows };
        });
      bases.set(sample, b);
    }
    return b;
  };
  const stride = strideOf(W);
  /**
   * A photo framed, and the base's scanlines of the photo's rows with the
   * framed photo in them: the text never reaches the photo's column, so per
   * card only the rows' left part (the text's) is read back from the canvas.
   */
  interface Framed {
    image: ImageData;
    bandRows: Buffer;
  }
  const photos = new Map<string, Promise<Framed>>();
  const photo = (file: string, key: string, sample: boolean) => {
    const id = `${sample}|${key}`;
    let p = photos.get(id);
    if (p) photos.delete(id); // kept in order of use: the least recently used goes first
    else {
      p = Promise.all([readFile(file).then((bytes) => framedPhoto(bytes, look.background)), base(sample)]).then(([image, b]) => {
        const c = createCanvas(W, PHOTO_FRAME.size);
        const c2d = c.getContext('2d');
        c2d.drawImage(b.canvas, 0, PHOTO_FRAME.top, W, PHOTO_FRAME.size, 0, 0, W, PHOTO_FRAME.size);
        c2d.putImageData(image, PHOTO_FRAME.left, 0);
        const bandRows = Buffer.alloc(stride * PHOTO_FRAME.size);
        toScanlines(c.data(), bandRows, 0, W);
        return { image, bandRows };
      });
      if (photos.size >= keepPhotos) photos.delete(photos.keys().next().value!);
    }
    photos.set(id, p);
    return p;
  };
  /** Draws the card on the canvas (the photo only when `withPhoto`); gives the rows that differ from the base, and how far from the left. */
  async function draw(card: Card, withPhoto: boolean) {
    const sample = Boolean(card.sample);
    const [b, framed, text] = await Promise.all([
      base(sample),
      card.photoFile ? photo(card.photoFile, card.photoHash ?? card.photoFile, sample) : undefined,
      cardSvg({ title: card.title, section: card.section, siteName, photo: card.photoFile ? 'x' : undefined, look }, fonts, 'text').then(textPainter),
    ]);
    // The callers read the canvas right after, awaiting nothing: another card cannot draw in between.
    return () => {
      ctx.drawImage(b.canvas, 0, 0);
      // Whole rows are read back when the text is not mere paths: the photo must be on the canvas then.
      if (framed && (withPhoto || !text.bands)) ctx.putImageData(framed.image, PHOTO_FRAME.left, PHOTO_FRAME.top);
      text.paint(ctx);
      return {
        baseRows: b.rows,
        framed,
        bands: text.bands ? mergeBands(text.bands, H) : [[0, H] as [number, number]],
        // With a photo, the text stays left of it.
        right: framed && text.bands ? PHOTO_FRAME.left : W,
      };
    };
  }
  return {
    /** The card's pixels: OG_WIDTH × OG_HEIGHT, RGBA, opaque. */
    async pixels(card: Card): Promise<Buffer> {
      const paint = await draw(card, true);
      paint();
      return canvas.data();
    },
    /** The card as a PNG. */
    async png(card: Card): Promise<Buffer> {
      const paint = await draw(card, false);
      const { baseRows, framed, bands, right } = paint();
      baseRows.copy(scanlines);
      if (framed) framed.bandRows.copy(scanlines, PHOTO_FRAME.top * stride);
      for (const [from, to] of bands) toScanlines(ctx.getImageData(0, from, right, to - from).data, scanlines, from, right, W);
      return pngOfScanlines(scanlines, W, H);
    },
  };
}
