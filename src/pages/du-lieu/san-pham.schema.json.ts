// /du-lieu/san-pham.schema.json: the JSON Schema of san-pham.json, so that
// other sites can collect the catalogue without reading its pages.
import type { APIRoute } from 'astro';
import { productsJsonSchema } from '../../features/catalogue/open-data.ts';

export const GET = (({ site }) =>
  new Response(JSON.stringify(productsJsonSchema(new URL('/du-lieu/san-pham.schema.json', site).href), null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  })) satisfies APIRoute;
