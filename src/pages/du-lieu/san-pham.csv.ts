import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv';
import { PRODUCT_COLUMNS } from '../../features/catalogue/open-data';
import { productRows } from './_products';

export const GET = (async ({ site }) =>
  new Response(toCsv(PRODUCT_COLUMNS.map((c) => c.key), await productRows(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })) satisfies APIRoute;
