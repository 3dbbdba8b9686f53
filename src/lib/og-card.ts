// Open Graph share images (1200×630 PNG): the card's layout as a satori
// element tree, its file name and its cache key. Pure: no fonts, no I/O.
import { createHash } from 'node:crypto';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the layout changes, so cached cards are made again. */
export const OG_LAYOUT_VERSION = 1;
/** Family names, one per font subset file (under one name satori used one file only). */
export const OG_FONT_FAMILIES = ['Be Vietnam Pro', 'Be Vietnam Pro VI', 'Be Vietnam Pro Ext'];

/** The site's star emblem (as in the header), drawn as SVG: no font needed. */
const STAR =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><circle cx="20" cy="20" r="19" fill="#fff"/><path d="M20 7l3.1 9.4H33l-8 5.8 3.1 9.4-8.1-5.9-8.1 5.9 3.1-9.4-8-5.8h9.9z" fill="#b3261e"/></svg>',
  ).toString('base64');

export interface CardInput {
  title: string;
  section: string;
  siteName: string;
  /** The photo as a data: URL (PNG or JPEG), when the page has one. */
  photo?: string | undefined;
}

/** "/" → "og/index.png", "/san-pham/x/" → "og/san-pham/x.png", "/404.html" → "og/404.png" */
export function ogImagePath(pathname: string): string {
  const clean = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `og/${clean || 'index'}.png`;
}

/** A hash of everything the card shows: same inputs, same PNG, so it is cached. */
export function cardKey(input: { title: string; section: string; siteName: string; photoHash?: string | undefined }): string {
  const parts = [OG_LAYOUT_VERSION, input.title.normalize('NFC'), input.section.normalize('NFC'), input.siteName.normalize('NFC'), input.photoHash ?? ''];
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

/** The card: section on top, the title, the site's name at the bottom; the photo on the right when there is one. */
export function cardTree(input: CardInput): Node {
  const title = input.title.normalize('NFC');
  const fontFamily = OG_FONT_FAMILIES.map((f) => `"${f}"`).join(', ');
  const text = el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, height: '100%', padding: '56px 56px 48px 64px' }, [
    el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: '#ffd9d6' }, [
      el('div', { width: 14, height: 40, backgroundColor: '#b3261e', marginRight: 18 }),
      input.section.normalize('NFC'),
    ]),
    el('div', { display: 'flex', fontSize: titleSize(title, Boolean(input.photo)), fontWeight: 700, lineHeight: 1.2, color: '#ffffff' }, title),
    el('div', { display: 'flex', alignItems: 'center', fontSize: 28, color: '#dbe7f3' }, [
      { type: 'img', props: { src: STAR, width: 48, height: 48, style: { marginRight: 16 } } },
      input.siteName.normalize('NFC'),
    ]),
  ]);
  const children: Node[] = [text];
  if (input.photo) {
    children.push(
      el('div', { display: 'flex', width: 460, height: '100%', padding: 40, alignItems: 'center' }, [
        { type: 'img', props: { src: input.photo, width: 380, height: 380, style: { width: 380, height: 380, objectFit: 'cover', borderRadius: 16, border: '6px solid #ffffff' } } },
      ]),
    );
  }
  return el('div', { display: 'flex', width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: '#0a3559', borderBottom: '18px solid #b3261e', fontFamily }, children);
}
