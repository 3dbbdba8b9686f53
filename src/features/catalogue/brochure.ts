// The printed brochure's pages, worked out before printing: browsers cannot
// number a contents line after the page its target lands on (CSS
// target-counter() is not in Chromium), so the brochure is laid out in sheets
// of known size, one A4 page each, and every page number is known when the
// page is built: the cover (page 1), the contents (CONTENTS_PER_PAGE lines a
// page), then PRODUCTS_PER_PAGE products a page, the groups one after the
// other without starting a new page (no half-empty page at the end of each
// group), then the back page with the centre's contacts.
import { t } from '../../lib/i18n.ts';
import { telHref } from './products.ts';
import type { Group, ProductData } from '../../schemas/product.ts';
import type { Organisation } from '../../schemas/site.ts';

/** Products on one printed page. The print styles keep each product's block within a third of the page. */
export const PRODUCTS_PER_PAGE = 3;
/** Lines (a group's name or a product's) on one page of the contents; each line is one printed line. */
export const CONTENTS_PER_PAGE = 36;

export type ContentsLine<T> =
  | { kind: 'group'; group: Group; page: number }
  | { kind: 'product'; product: T; /** 1, 2, … within its group */ number: number; page: number };

export interface SheetItem<T> {
  product: T;
  /** 1, 2, … within its group. */
  number: number;
  /** Set on the first product of a group: the group's heading is printed above it. */
  groupStart?: Group | undefined;
}

export interface BrochureLayout<T> {
  /** The contents, one array of lines per printed page. */
  contents: ContentsLine<T>[][];
  /** The product pages in order, with their page numbers. */
  sheets: { page: number; items: SheetItem<T>[] }[];
  /** The page number of the back page. */
  backPage: number;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Pages of the brochure of `groups` (each group's products in list order; empty groups left out). */
export function brochureLayout<T>(groups: readonly { group: Group; items: readonly T[] }[], perPage = PRODUCTS_PER_PAGE, contentsPerPage = CONTENTS_PER_PAGE): BrochureLayout<T> {
  const present = groups.filter((g) => g.items.length > 0);
  const items: SheetItem<T>[] = present.flatMap(({ group, items: products }) => products.map((product, i) => ({ product, number: i + 1, groupStart: i === 0 ? group : undefined })));
  const lineCount = present.length + items.length;
  const contentsPages = Math.max(1, Math.ceil(lineCount / contentsPerPage));
  const firstProductPage = 2 + contentsPages;
  const pageOfItem = (index: number) => firstProductPage + Math.floor(index / perPage);
  const sheets = chunk(items, perPage).map((sheet, i) => ({ page: firstProductPage + i, items: sheet }));
  const lines: ContentsLine<T>[] = [];
  items.forEach((item, index) => {
    if (item.groupStart) lines.push({ kind: 'group', group: item.groupStart, page: pageOfItem(index) });
    lines.push({ kind: 'product', product: item.product, number: item.number, page: pageOfItem(index) });
  });
  return { contents: chunk(lines, contentsPerPage), sheets, backPage: firstProductPage + sheets.length };
}

export interface ContactLine {
  label: string;
  text: string;
  href?: string | undefined;
}

/** A producer's ways of contact that it has (phone, email, website): none when it has none, never an empty row. */
export function producerContacts(p: Pick<ProductData['producer'], 'phone' | 'email' | 'website'>): ContactLine[] {
  return [
    p.phone ? { label: t('product.phone'), text: p.phone, href: telHref(p.phone) } : null,
    p.email ? { label: t('product.email'), text: p.email, href: `mailto:${p.email}` } : null,
    p.website ? { label: t('product.website'), text: new URL(p.website).host, href: p.website } : null,
  ].filter((c) => c !== null);
}

/** What the centre's contacts may hold: the site's settings (content/site.yaml); empty or missing values are left out. */
export type CentreContacts = Partial<Pick<Organisation, 'address' | 'phone' | 'email' | 'hours' | 'website'>>;

/** The centre's contacts for the back page, only those it has. */
export function centreContacts(c: CentreContacts): ContactLine[] {
  const has = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';
  return [
    has(c.address) ? { label: t('brochure.address'), text: c.address } : null,
    has(c.phone) ? { label: t('product.phone'), text: c.phone, href: telHref(c.phone) } : null,
    has(c.email) ? { label: t('product.email'), text: c.email, href: `mailto:${c.email}` } : null,
    has(c.hours) ? { label: t('brochure.hours'), text: c.hours } : null,
    has(c.website) ? { label: t('product.website'), text: new URL(c.website).host, href: c.website } : null,
  ].filter((l) => l !== null);
}
