import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled but the web editor (/admin/); the sitemap is named with the site's address. */
export const GET = (({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nDisallow: /admin/\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}) satisfies APIRoute;
