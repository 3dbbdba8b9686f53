// Structured data (schema.org JSON-LD) for search engines. Pure functions.
import { isoDateTimeVietnam } from './bulletins';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  /** "YYYY-MM-DD" */
  datePublished: string;
  /** "YYYY-MM-DD", when the issue was changed after publication. */
  dateModified?: string | undefined;
  publisher: string;
  publisherUrl: string;
  image?: string | undefined;
  keywords?: readonly string[] | undefined;
}

/** A schema.org NewsArticle for one bulletin issue, published by the centre. */
export function newsArticle(a: NewsArticleInput): Record<string, unknown> {
  const publisher = { '@type': 'GovernmentOrganization', name: a.publisher, url: a.publisherUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    description: a.description,
    inLanguage: 'vi',
    datePublished: isoDateTimeVietnam(a.datePublished),
    ...(a.dateModified ? { dateModified: isoDateTimeVietnam(a.dateModified) } : {}),
    ...(a.image ? { image: [a.image] } : {}),
    ...(a.keywords?.length ? { keywords: a.keywords.join(', ') } : {}),
    author: publisher,
    publisher,
  };
}
