// What the site's own content says about a plan's targets (derived, never typed).
// Illustrative entries (sample: true) never count.
import { t } from '../../lib/i18n.ts';
import { countRecognised, type ProductLike } from './products.ts';
import type { Level } from '../../schemas/product.ts';

/** Plan targets that count recognised products, and the level each counts. */
export const PRODUCT_TARGET_LEVELS: Record<string, Level> = {
  'san-pham-cap-tinh': 'tinh',
  'san-pham-cap-khu-vuc': 'khu-vuc',
};

/** What the site's content says about one target: a line of text and where to see it. */
export interface TargetProgress {
  text: string;
  href: string;
  link: string;
}

/** A progress line per product target id, for the targets table of a plan of `year`. */
export function productTargetNotes(products: readonly ProductLike[], year: number): Record<string, TargetProgress> {
  return Object.fromEntries(
    Object.entries(PRODUCT_TARGET_LEVELS).map(([id, level]) => [
      id,
      { text: t('product.inCatalogue', { n: countRecognised(products, year, level), year }), href: '/san-pham/', link: t('product.seeCatalogue') },
    ]),
  );
}
