// schema.org JSON-LD objects, built from content (absolute URLs only).
import { GROUPS, LEVELS, type ProductData } from './products';

export const PUBLISHER = {
  '@type': 'GovernmentOrganization',
  name: 'Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai',
  parentOrganization: { '@type': 'GovernmentOrganization', name: 'Sở Công Thương tỉnh Đồng Nai' },
} as const;

export function productJsonLd(p: ProductData, url: string, image: string): Record<string, unknown> {
  const producer = p.producer;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    // Illustrative entries say so in their machine-readable description too.
    description: p.sample ? `Nội dung minh họa, không phải sản phẩm thật. ${p.summary}` : p.summary,
    url,
    image,
    category: GROUPS[p.group],
    award: p.recognitions.map((r) => `Sản phẩm công nghiệp nông thôn tiêu biểu ${LEVELS[r.level].toLocaleLowerCase('vi')} năm ${r.year}`),
    manufacturer: {
      '@type': 'Organization',
      name: producer.name,
      address: {
        '@type': 'PostalAddress',
        ...(producer.address ? { streetAddress: producer.address } : {}),
        addressLocality: producer.commune,
        addressRegion: `${producer.district}, tỉnh Đồng Nai`,
        addressCountry: 'VN',
      },
      ...(producer.phone ? { telephone: producer.phone } : {}),
      ...(producer.email ? { email: producer.email } : {}),
      ...(producer.website ? { url: producer.website } : {}),
    },
    ...(p.source ? { isBasedOn: p.source } : {}),
  };
}

/**
 * The site on every page: the centre that publishes it (GovernmentOrganization)
 * and the site itself, with its search page as a SearchAction.
 */
export function siteJsonLd(siteUrl: string, siteName: string): Record<string, unknown> {
  const home = new URL('/', siteUrl).href;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { ...PUBLISHER, '@id': `${home}#to-chuc`, url: 'https://khuyencongvatuvancongnghiepdongnai.gov.vn/', areaServed: 'Tỉnh Đồng Nai' },
      {
        '@type': 'WebSite',
        '@id': `${home}#trang`,
        name: siteName,
        url: home,
        inLanguage: 'vi',
        publisher: { '@id': `${home}#to-chuc` },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${home}tim-kiem/?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
}
