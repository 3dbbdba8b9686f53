// The catalogue rows shared by san-pham.json and san-pham.csv (same rows as the pages).
import { getCollection } from 'astro:content';
import { productRow } from '../../features/catalogue/open-data.ts';
import { sortProducts } from '../../features/catalogue/products.ts';

export async function productRows(site: URL | undefined) {
  const products = sortProducts(await getCollection('products'));
  return products.map((p) => productRow(p.id, p.data, new URL(`/san-pham/${p.id}/`, site).href));
}
