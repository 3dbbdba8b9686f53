// What the site's own content says about a plan's targets (derived, never typed).
// Illustrative entries (sample: true) never count.
import { t } from './i18n';
import { countRecognised, type Level, type ProductLike } from './products';

/** Plan targets that count recognised products, and the level each counts. */
export const PRODUCT_TARGET_LEVELS: Record<string, Level> = {
  'san-pham-cap-tinh': 'tinh',
  'san-pham-cap-khu-vuc': 'khu-vuc',
};

/** A short note per target id, for the targets table of a plan of `year`. */
export function productTargetNotes(products: readonly ProductLike[], year: number): Record<string, string> {
  return Object.fromEntries(
    Object.entries(PRODUCT_TARGET_LEVELS).map(([id, level]) => [
      id,
      t('product.inCatalogue', { n: countRecognised(products, year, level), year }),
    ]),
  );
}
