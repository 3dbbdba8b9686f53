// The one place the catalogue pages read products from: sorted once per build,
// with facets and the pages of every list (all products, and each facet value).
import { getCollection, type CollectionEntry } from 'astro:content';
import { paginate } from '../lib/pagination.ts';
import { getUnits } from './units.ts';
import { BROCHURE_VOLUME_SIZE, brochureVolumes, catalogueBase, facets, filterBy, PRODUCTS_PER_PAGE, sortProducts, type BrochureVolume, type FacetKind, type FacetValue } from '../features/catalogue/products.ts';

export type Product = CollectionEntry<'products'>;

export interface Catalogue {
  products: Product[];
  facets: Record<FacetKind, FacetValue[]>;
  /** How many of the products are illustrative (`sample: true`). */
  sampleCount: number;
}

/** One page of a product list. */
export interface ListPage {
  /** The facet value the list is filtered by; none for the whole catalogue. */
  facet?: FacetValue | undefined;
  base: string;
  page: number;
  pageCount: number;
  items: Product[];
  /** Products in the whole list, and the positions (1-based) of this page's first and last. */
  total: number;
  first: number;
  last: number;
}

let built: Promise<Catalogue> | undefined;

/** Sorted products and facets. Kept for the whole build (10,000 products are sorted once), re-read in `astro dev`. */
export function getCatalogue(): Promise<Catalogue> {
  const load = async () => {
    const products = sortProducts(await getCollection('products'));
    const units = (await getUnits())?.units.map((u) => u.name) ?? [];
    return { products, facets: facets(products, units), sampleCount: products.filter((p) => p.data.sample).length };
  };
  if (!import.meta.env.PROD) return load();
  return (built ??= load());
}

function pagesOf(products: Product[], facet?: FacetValue): ListPage[] {
  const pages = paginate(products, PRODUCTS_PER_PAGE);
  return pages.map((items, i) => ({
    facet,
    base: catalogueBase(facet),
    page: i + 1,
    pageCount: pages.length,
    items,
    total: products.length,
    first: i * PRODUCTS_PER_PAGE + 1,
    last: i * PRODUCTS_PER_PAGE + items.length,
  }));
}

/** Every page of the whole catalogue's list. */
export async function cataloguePages(): Promise<ListPage[]> {
  return pagesOf((await getCatalogue()).products);
}

/** Every page of every facet value's list. */
export async function facetPages(): Promise<ListPage[]> {
  const { products, facets: all } = await getCatalogue();
  return (Object.keys(all) as FacetKind[]).flatMap((kind) => all[kind].flatMap((f) => pagesOf(filterBy(products, kind, f.value), f)));
}

/** The brochure's volumes; none when the whole catalogue fits in one print (/san-pham/in/ then holds it). */
export async function brochureVolumesOf(): Promise<BrochureVolume<Product>[]> {
  const { products } = await getCatalogue();
  return products.length > BROCHURE_VOLUME_SIZE ? brochureVolumes(products) : [];
}
