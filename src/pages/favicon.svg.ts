import type { APIRoute } from 'astro';
import { getLogo } from '../data/site.ts';

/** The site's logo (content/site.yaml, theme.logo; checked to be a plain SVG drawing): the header's image and the browser's icon. */
export const GET = (async () => {
  return new Response(await getLogo(), { headers: { 'Content-Type': 'image/svg+xml' } });
}) satisfies APIRoute;
