// What a page tells the search index besides its text: filters (section,
// product group, years), metadata for the result (title, section, date,
// thumbnail) and the date results can be sorted by.
import { formatDateShort } from '../lib/format.ts';
import { foldedTitle } from './fold.ts';

export interface SearchFields {
  /** Product group name ("Thủ công mỹ nghệ"), for the filter "Nhóm sản phẩm". */
  group?: string | undefined;
  /** Years the page is about (a plan's, an issue's, a product's recognitions). */
  years?: readonly (number | string)[] | undefined;
  /** "YYYY-MM-DD": shown with the result and used to sort by date. */
  date?: string | undefined;
  /** Root-relative URL of a small thumbnail (shown beside the result as decoration, so without alt text). */
  image?: string | undefined;
  /**
   * The thumbnail's words, only where it says something the title does not (a product
   * without a photo: "Chưa có ảnh sản phẩm"); a photo beside its title needs none.
   */
  imageAlt?: string | undefined;
  /** The producer's name on a product page: weighted in ranking so a producer's name finds its product. */
  producer?: string | undefined;
  /**
   * Where a product was made (its unit when recognised and, when written, today's
   * commune and province: src/features/catalogue/units.ts, searchPlace): weighted in
   * ranking, as written and folded (đ as d), so that "dinh quan" finds the products of
   * Định Quán before the many pages that say "quyết định" and "quản lý", and the old
   * and the new names both find the product.
   */
  place?: string | undefined;
  /** Sort key when the page has no date to show ("2024-12-31" for a product recognised in 2024). */
  sortKey?: string | undefined;
}

export interface IndexFields {
  filters: [string, string][];
  meta: [string, string][];
  sort?: string | undefined;
}

/** Filter and metadata names as the search page reads them. */
export const FILTER = { section: 'muc', group: 'nhom', year: 'nam' } as const;

export function indexFields(f: SearchFields & { title: string; section: string }): IndexFields {
  const years = [...new Set((f.years ?? []).map(String))];
  return {
    filters: [
      [FILTER.section, f.section],
      ...(f.group ? [[FILTER.group, f.group] as [string, string]] : []),
      ...years.map((y) => [FILTER.year, y] as [string, string]),
    ],
    meta: [
      ['title', f.title],
      ['section', f.section],
      ...(f.date ? [['date', formatDateShort(f.date)] as [string, string]] : []),
      ...(f.producer ? [['producer', f.producer] as [string, string]] : []),
      ...(f.place ? [['place', `${f.place} ${foldedTitle(f.place)}`] as [string, string]] : []),
      ...(f.image ? [['image', f.image] as [string, string]] : []),
      ...(f.image && f.imageAlt ? [['image_alt', f.imageAlt] as [string, string]] : []),
    ],
    sort: f.date ?? f.sortKey,
  };
}
