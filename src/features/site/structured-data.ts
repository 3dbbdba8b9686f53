// The site's schema.org nodes (JSON-LD), in one place: the organisation that
// publishes the site and the site itself (on every page), a product, a bulletin
// issue, the TV schedule and the year's events. Absolute addresses only; nodes
// refer to the organisation by its "@id". Written into pages by BaseLayout
// (src/lib/json-ld.ts).
import { siteWords } from '../../lib/site-words.ts';
import { isoDateTimeVietnam } from '../bulletins/bulletins.ts';
import { byDate, eventAnchor, eventStartIso, EVENTS_PATH } from '../events/events.ts';
import { byAirTime, featureAnchor, isoInstant, TV_PATH } from '../tv/schedule.ts';
import type { JsonLdNode } from '../../lib/json-ld.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { EventYear } from '../../schemas/events.ts';
import { GROUPS, LEVELS, type ProductData } from '../../schemas/product.ts';
import type { Schedule } from '../../schemas/tv.ts';

/** The "@id" of the organisation's node, which every other node refers to. */
export const organisationId = (site: URL) => `${new URL('/', site).href}#to-chuc`;

/**
 * The site on every page: the centre that publishes it (GovernmentOrganization)
 * and the site itself, with its search page as a SearchAction.
 */
export function siteNodes(site: URL, settings: Pick<SiteSettings, 'name' | 'organisation'>): JsonLdNode[] {
  const home = new URL('/', site).href;
  const org = settings.organisation;
  return [
    {
      '@type': 'GovernmentOrganization',
      '@id': organisationId(site),
      name: org.name,
      parentOrganization: { '@type': 'GovernmentOrganization', name: org.parent },
      ...(org.website ? { url: org.website } : {}),
      areaServed: org.area,
      ...(org.address ? { address: { '@type': 'PostalAddress', streetAddress: org.address, addressCountry: 'VN' } } : {}),
      ...(org.phone ? { telephone: org.phone } : {}),
      ...(org.email ? { email: org.email } : {}),
    },
    {
      '@type': 'WebSite',
      '@id': `${home}#trang`,
      name: settings.name,
      url: home,
      inLanguage: 'vi',
      publisher: { '@id': organisationId(site) },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${home}tim-kiem/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ];
}

/** A typical product, made by its producer. Illustrative entries say so in their description too. */
/** `image`: a photo of the product itself; none when it has no photo (a drawing is never presented as the product). */
export function productNode(p: ProductData, url: string, image?: string): JsonLdNode {
  const producer = p.producer;
  return {
    '@type': 'Product',
    name: p.name,
    description: p.sample ? `Nội dung minh họa, không phải sản phẩm thật. ${p.summary}` : p.summary,
    url,
    ...(image ? { image } : {}),
    category: GROUPS[p.group],
    award: p.recognitions.map((r) => `Sản phẩm công nghiệp nông thôn tiêu biểu ${LEVELS[r.level].toLocaleLowerCase('vi')} năm ${r.year}`),
    manufacturer: {
      '@type': 'Organization',
      name: producer.name,
      address: {
        '@type': 'PostalAddress',
        ...(producer.address ? { streetAddress: producer.address } : {}),
        addressLocality: producer.commune,
        addressRegion: `${producer.district}, ${siteWords().province}`,
        addressCountry: 'VN',
      },
      ...(producer.phone ? { telephone: producer.phone } : {}),
      ...(producer.email ? { email: producer.email } : {}),
      ...(producer.website ? { url: producer.website } : {}),
    },
    ...(p.source ? { isBasedOn: p.source } : {}),
  };
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  /** "YYYY-MM-DD" */
  datePublished: string;
  /** "YYYY-MM-DD", when the issue was changed after publication. */
  dateModified?: string | undefined;
  image?: string | undefined;
  keywords?: readonly string[] | undefined;
}

/** One bulletin issue, written and published by the centre. */
export function newsArticleNode(a: NewsArticleInput, site: URL): JsonLdNode {
  const publisher = { '@id': organisationId(site) };
  return {
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

/** The TV schedule: a TVSeries and one TVEpisode with its BroadcastEvent per feature. */
export function scheduleNodes(schedules: readonly Schedule[], site: URL, seriesName: string): JsonLdNode[] {
  const page = new URL(TV_PATH, site).href;
  const series = { '@type': 'TVSeries', '@id': `${page}#chuong-trinh`, name: seriesName, inLanguage: 'vi', url: page };
  const episodes = schedules.flatMap((s) =>
    [...s.features].sort(byAirTime).map((f) => {
      const url = `${page}#${featureAnchor(s.year, f.number)}`;
      return {
        '@type': 'TVEpisode',
        '@id': url,
        url,
        name: f.title,
        episodeNumber: f.number,
        about: f.topic,
        description: f.sample ? `Nội dung minh họa. ${f.summary}` : f.summary,
        inLanguage: 'vi',
        timeRequired: `PT${f.duration}M`,
        partOfSeries: { '@id': series['@id'] },
        ...(f.recording ? { video: { '@type': 'VideoObject', name: f.title, contentUrl: f.recording } } : {}),
        publication: {
          '@type': 'BroadcastEvent',
          startDate: isoInstant(f),
          endDate: isoInstant(f, f.duration),
          isLiveBroadcast: false,
          publishedOn: { '@type': 'BroadcastService', name: f.channel, broadcaster: { '@type': 'Organization', name: f.channel } },
        },
      };
    }),
  );
  return [series, ...episodes];
}

/** The year's events, organised by the centre. */
export function eventNodes(years: readonly EventYear[], site: URL): JsonLdNode[] {
  const page = new URL(EVENTS_PATH, site).href;
  return years.flatMap((y) =>
    [...y.events].sort(byDate).map((e) => {
      const url = `${page}#${eventAnchor(y.year, e.id)}`;
      const endDate = e.end && e.end !== e.date ? e.end : e.time && e.duration ? eventStartIso(e, e.duration) : undefined;
      return {
        '@type': 'Event',
        '@id': url,
        url,
        name: e.title,
        description: e.sample ? `Nội dung minh họa. ${e.summary}` : e.summary,
        inLanguage: 'vi',
        startDate: eventStartIso(e),
        ...(endDate ? { endDate } : {}),
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        ...(e.place ? { location: { '@type': 'Place', name: e.place, address: e.place } } : {}),
        organizer: { '@id': organisationId(site) },
      };
    }),
  );
}
