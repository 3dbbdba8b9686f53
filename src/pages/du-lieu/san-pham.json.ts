import type { APIRoute } from 'astro';
import { productRows } from './_products.ts';

export const GET = (async ({ site }) =>
  new Response(JSON.stringify(await productRows(site), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })) satisfies APIRoute;
