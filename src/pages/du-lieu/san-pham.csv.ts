import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { PRODUCT_COLUMNS } from '../../features/catalogue/open-data.ts';
import { productRows } from './_products.ts';

export const GET = (async ({ site }) =>
  new Response(toCsv(PRODUCT_COLUMNS.map((c) => c.key), await productRows(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })) satisfies APIRoute;
