// Open Graph share images (1200×630 PNG): the card's layout as a satori
// element tree, its file name and its cache key. Pure: no fonts, no I/O.
//
// A card is drawn in layers, so that most of it is drawn once per build:
// - 'base': background, the accent bar at the bottom and beside the section, the
//   logo and the site's name (colours and logo from the site's settings: CardLook), and the "Minh họa" mark when asked: the same on
//   every card (two variants), drawn once;
// - 'text': the section and the title, on a transparent background: drawn per card;
// - the photo, framed (PHOTO_FRAME): resized once per photo and pasted.
// 'all' is the whole card in one tree (the reference the layers must match).
import { createHash } from 'node:crypto';
import { DEFAULT_COLOURS, DEFAULT_LOGO } from '../features/site/theme.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the layout changes, so cached cards are made again. */
export const OG_LAYOUT_VERSION = 2;
/** Family names, one per font subset file (under one name satori used one file only). */
export const OG_FONT_FAMILIES = ['Be Vietnam Pro', 'Be Vietnam Pro VI', 'Be Vietnam Pro Ext'];
/** Where the framed photo sits on a card (pixels): white frame `border` wide, corners rounded by `radius`. */
export const PHOTO_FRAME = { left: 768, top: 110, size: 392, border: 6, radius: 16 } as const;

/** The site's look on its cards (content/site.yaml, "theme"): background, the accent bars, the logo beside the site's name. */
export interface CardLook {
  /** The header's colour (brandDark). */
  background: string;
  /** The bars' colour (accent). */
  accent: string;
  /** The logo's SVG text (drawn as an image: no font needed). */
  logo: string;
}

/** The look of a site that sets none: the stylesheet's default colours and the generic star. */
export const DEFAULT_LOOK: CardLook = { background: DEFAULT_COLOURS.brandDark, accent: DEFAULT_COLOURS.accent, logo: DEFAULT_LOGO };

const dataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

export interface CardInput {
  title: string;
  section: string;
  siteName: string;
  /** The photo as a data: URL (PNG or JPEG), when the page has one; in the 'text' layer only its presence counts. */
  photo?: string | undefined;
  /** The page's content is illustrative: the card says so ("Minh họa" mark, `sampleLabel`). */
  sample?: boolean | undefined;
  /** The mark's words, e.g. "Minh họa". */
  sampleLabel?: string | undefined;
  /** Colours and logo (default: DEFAULT_LOOK). */
  look?: CardLook | undefined;
}

export type CardLayer = 'all' | 'base' | 'text';

/** "/" → "og/index.png", "/san-pham/x/" → "og/san-pham/x.png", "/404.html" → "og/404.png" */
export function ogImagePath(pathname: string): string {
  const clean = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `og/${clean || 'index'}.png`;
}

/** A hash of everything the card shows: same inputs, same PNG, so it is cached. */
export function cardKey(input: { title: string; section: string; siteName: string; photoHash?: string | undefined; sample?: boolean | undefined; sampleLabel?: string | undefined; look?: CardLook | undefined }): string {
  const look = input.look ?? DEFAULT_LOOK;
  const parts = [
    OG_LAYOUT_VERSION,
    input.title.normalize('NFC'),
    input.section.normalize('NFC'),
    input.siteName.normalize('NFC'),
    input.photoHash ?? '',
    input.sample ? (input.sampleLabel ?? '').normalize('NFC') || true : false,
    look.background.toLowerCase(),
    look.accent.toLowerCase(),
    createHash('sha256').update(look.logo).digest('hex'),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | string | (Node | string)[]; src?: string; width?: number; height?: number };
}

const el = (type: string, style: Record<string, string | number>, children?: Node | string | (Node | string)[]): Node => ({
  type,
  props: { style: { boxSizing: 'border-box', ...style }, ...(children === undefined ? {} : { children }) },
});

/** Title size that keeps long Vietnamese titles within four lines. */
export function titleSize(title: string, narrow: boolean): number {
  const n = title.length * (narrow ? 1.5 : 1);
  return n <= 40 ? 64 : n <= 70 ? 56 : n <= 110 ? 46 : 38;
}

/**
 * The card, or one layer of it: section on top, the title, the site's name at
 * the bottom; the photo on the right when there is one; the "Minh họa" mark at
 * the top right on illustrative pages. Every layer keeps the same boxes, so
 * the layers fall exactly where the whole card puts them.
 */
export function cardTree(input: CardInput, layer: CardLayer = 'all'): Node {
  const base = layer !== 'text';
  const text = layer !== 'base';
  const look = input.look ?? DEFAULT_LOOK;
  const title = input.title.normalize('NFC');
  const fontFamily = OG_FONT_FAMILIES.map((f) => `"${f}"`).join(', ');
  const column = el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, height: '100%', padding: '56px 56px 48px 64px' }, [
    el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: '#ffd9d6' }, [
      el('div', { width: 14, height: 40, marginRight: 18, ...(base ? { backgroundColor: look.accent } : {}) }),
      text ? input.section.normalize('NFC') : '',
    ]),
    el('div', { display: 'flex', fontSize: titleSize(title, Boolean(input.photo)), fontWeight: 700, lineHeight: 1.2, color: '#ffffff' }, text ? title : ''),
    el('div', { display: 'flex', alignItems: 'center', height: 48, fontSize: 28, color: '#dbe7f3' }, [
      base ? { type: 'img', props: { src: dataUrl(look.logo), width: 48, height: 48, style: { marginRight: 16 } } } : el('div', { width: 64, height: 48 }),
      base ? input.siteName.normalize('NFC') : '',
    ]),
  ]);
  const children: Node[] = [column];
  if (input.photo) {
    const f = PHOTO_FRAME;
    const photo: Node =
      layer === 'all'
        ? { type: 'img', props: { src: input.photo, width: f.size - 2 * f.border, height: f.size - 2 * f.border, style: { position: 'absolute', left: f.left, top: f.top, objectFit: 'cover', borderRadius: f.radius, border: `${f.border}px solid #ffffff` } } }
        : el('div', { position: 'absolute', left: f.left, top: f.top, width: f.size, height: f.size });
    // The column keeps its width beside the photo; the photo itself is placed absolutely (PHOTO_FRAME).
    children.push(el('div', { display: 'flex', width: 460, height: '100%' }), ...(layer === 'all' ? [photo] : []));
  }
  if (base && input.sample && input.sampleLabel) {
    children.push(
      el('div', { position: 'absolute', top: 40, right: 40, display: 'flex', alignItems: 'center', height: 48, padding: '0 22px', borderRadius: 24, backgroundColor: '#ffd166', color: '#3b2a00', fontSize: 26, fontWeight: 700 }, input.sampleLabel.normalize('NFC')),
    );
  }
  return el(
    'div',
    { display: 'flex', position: 'relative', width: OG_WIDTH, height: OG_HEIGHT, fontFamily, ...(base ? { backgroundColor: look.background, borderBottom: `18px solid ${look.accent}` } : { paddingBottom: 18 }) },
    children,
  );
}
