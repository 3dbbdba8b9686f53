// Open Graph share images (1200×630 PNG): the card's layout as a satori
// element tree, its file name and its cache key. Pure: no fonts, no I/O.
//
// A card is drawn in layers, so that most of it is drawn once per build:
// - 'base': background, the red bar at the bottom and beside the section, the
//   star and the site's name, and the "Minh họa" mark when asked: the same on
//   every card (two variants), drawn once;
// - 'text': the section and the title, on a transparent background: drawn per card;
// - the photo, framed (PHOTO_FRAME): resized once per photo and pasted.
// 'all' is the whole card in one tree (the reference the layers must match).
import { createHash } from 'node:crypto';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the layout changes, so cached cards are made again. */
export const OG_LAYOUT_VERSION = 2;
/** Family names, one per font subset file (under one name satori used one file only). */
export const OG_FONT_FAMILIES = ['Be Vietnam Pro', 'Be Vietnam Pro VI', 'Be Vietnam Pro Ext'];
export const OG_BACKGROUND = '#0a3559';
const RED = '#b3261e';
/** Where the framed photo sits on a card (pixels): white frame `border` wide, corners rounded by `radius`. */
export const PHOTO_FRAME = { left: 768, top: 110, size: 392, border: 6, radius: 16 } as const;

/** The site's star emblem (as in the header), drawn as SVG: no font needed. */
const STAR =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><circle cx="20" cy="20" r="19" fill="#fff"/><path d="M20 7l3.1 9.4H33l-8 5.8 3.1 9.4-8.1-5.9-8.1 5.9 3.1-9.4-8-5.8h9.9z" fill="${RED}"/></svg>`,
  ).toString('base64');

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
}

export type CardLayer = 'all' | 'base' | 'text';

/** "/" → "og/index.png", "/san-pham/x/" → "og/san-pham/x.png", "/404.html" → "og/404.png" */
export function ogImagePath(pathname: string): string {
  const clean = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `og/${clean || 'index'}.png`;
}

/** A hash of everything the card shows: same inputs, same PNG, so it is cached. */
export function cardKey(input: { title: string; section: string; siteName: string; photoHash?: string | undefined; sample?: boolean | undefined; sampleLabel?: string | undefined }): string {
  const parts = [
    OG_LAYOUT_VERSION,
    input.title.normalize('NFC'),
    input.section.normalize('NFC'),
    input.siteName.normalize('NFC'),
    input.photoHash ?? '',
    input.sample ? (input.sampleLabel ?? '').normalize('NFC') || true : false,
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
  const title = input.title.normalize('NFC');
  const fontFamily = OG_FONT_FAMILIES.map((f) => `"${f}"`).join(', ');
  const column = el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, height: '100%', padding: '56px 56px 48px 64px' }, [
    el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: '#ffd9d6' }, [
      el('div', { width: 14, height: 40, marginRight: 18, ...(base ? { backgroundColor: RED } : {}) }),
      text ? input.section.normalize('NFC') : '',
    ]),
    el('div', { display: 'flex', fontSize: titleSize(title, Boolean(input.photo)), fontWeight: 700, lineHeight: 1.2, color: '#ffffff' }, text ? title : ''),
    el('div', { display: 'flex', alignItems: 'center', height: 48, fontSize: 28, color: '#dbe7f3' }, [
      base ? { type: 'img', props: { src: STAR, width: 48, height: 48, style: { marginRight: 16 } } } : el('div', { width: 64, height: 48 }),
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
    { display: 'flex', position: 'relative', width: OG_WIDTH, height: OG_HEIGHT, fontFamily, ...(base ? { backgroundColor: OG_BACKGROUND, borderBottom: `18px solid ${RED}` } : { paddingBottom: 18 }) },
    children,
  );
}
