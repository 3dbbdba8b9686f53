// /du-lieu/san-pham.schema.json: the JSON Schema of san-pham.json, so that
// other sites can collect the catalogue without reading its pages.
import type { APIRoute } from 'astro';
import { getUnits } from '../../data/units.ts';
import { productsJsonSchema } from '../../features/catalogue/open-data.ts';

export const GET = (async ({ site }) => {
  // "huyen" allows this site's own units, past and present (content's don-vi-hanh-chinh.yaml).
  const units = (await getUnits())?.units.map((u) => u.name) ?? [];
  return new Response(JSON.stringify(productsJsonSchema(new URL('/du-lieu/san-pham.schema.json', site).href, units), null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}) satisfies APIRoute;
