import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getIssues } from '../../data/bulletins.ts';
import { issuePath, rfc822 } from '../../features/bulletins/bulletins.ts';
import { t } from '../../lib/i18n.ts';

/** RSS 2.0 of the published issues, newest first, with absolute links and dates in +0700. */
export const GET = (async ({ site }) => {
  const issues = await getIssues();
  return rss({
    title: t('bulletin.title'),
    description: t('bulletin.lead'),
    // The channel's link is the archive page; items carry absolute links of their own.
    site: new URL('/ban-tin/', site).href,
    trailingSlash: true,
    customData: `<language>vi</language>${issues[0] ? `<lastBuildDate>${rfc822(issues[0].data.updated ?? issues[0].data.date)}</lastBuildDate>` : ''}`,
    items: issues.map((issue) => ({
      title: issue.data.title,
      description: issue.data.summary,
      link: new URL(issuePath(issue.id), site).href,
      categories: issue.data.tags,
      // @astrojs/rss writes pubDate in GMT; the feed gives Việt Nam's own day.
      customData: `<pubDate>${rfc822(issue.data.date)}</pubDate>`,
    })),
  });
}) satisfies APIRoute;
