// The site's structured data (JSON-LD): the nodes of each kind of page, and the
// one way they are written into a page, where no text can close the script.
import { describe, expect, test } from 'vitest';
import { eventNodes, newsArticleNode, organisationId, scheduleNodes, siteNodes } from '../../src/features/site/structured-data.ts';
import { jsonLdDocument, jsonLdText } from '../../src/lib/json-ld.ts';
import type { KhuyenCongEvent } from '../../src/schemas/events.ts';
import type { Feature } from '../../src/schemas/tv.ts';

const site = new URL('https://kc.example.gov.vn/');

describe('writing JSON-LD into a page', () => {
  test('one graph with the schema.org context', () => {
    expect(jsonLdDocument([{ '@type': 'Thing', name: 'x' }])).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: 'x' }] });
  });
  test.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- a comment'],
    ['a & b > c'],
    ['line\u2028separator'],
  ])('text %j cannot end the script element, and reads back the same', (name) => {
    const text = jsonLdText(jsonLdDocument([{ '@type': 'Thing', name }]));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect((JSON.parse(text) as { '@graph': { name: string }[] })['@graph'][0]!.name).toBe(name);
  });
});

describe('the nodes', () => {
  const organisation = { name: 'Trung tâm Khuyến công', parent: 'Sở Công Thương', superiors: [], area: 'Tỉnh Đồng Nai', website: 'https://tt.example.gov.vn/' };
  test('the organisation and the site, the site searchable', () => {
    const [org, web] = siteNodes(site, { name: 'Khuyến công Đồng Nai', organisation });
    expect(org).toMatchObject({ '@type': 'GovernmentOrganization', '@id': organisationId(site), name: 'Trung tâm Khuyến công', url: 'https://tt.example.gov.vn/' });
    expect(org).not.toHaveProperty('telephone');
    expect(web).toMatchObject({ '@type': 'WebSite', url: 'https://kc.example.gov.vn/', publisher: { '@id': organisationId(site) } });
    expect(JSON.stringify(web)).toContain('https://kc.example.gov.vn/tim-kiem/?q={search_term_string}');
  });
  test('the organisation’s contacts, when the settings have them', () => {
    const [org] = siteNodes(site, { name: 'x', organisation: { ...organisation, address: 'Số 1, đường A', phone: '0251 000 000', email: 'a@b.gov.vn' } });
    expect(org).toMatchObject({ address: { streetAddress: 'Số 1, đường A' }, telephone: '0251 000 000', email: 'a@b.gov.vn' });
  });

  test('NewsArticle: dates with the time zone, dateModified only when set, published by the organisation', () => {
    const base = { url: 'https://x.vn/ban-tin/a/', headline: 'A', description: 'B', datePublished: '2024-12-05' };
    expect(newsArticleNode(base, site)).toMatchObject({ '@type': 'NewsArticle', datePublished: '2024-12-05T00:00:00+07:00', publisher: { '@id': organisationId(site) } });
    expect(newsArticleNode(base, site)).not.toHaveProperty('dateModified');
    expect(newsArticleNode({ ...base, dateModified: '2024-12-06' }, site)).toMatchObject({ dateModified: '2024-12-06T00:00:00+07:00' });
  });

  test('TV: a TVEpisode per feature, each with a BroadcastEvent and absolute addresses', () => {
    const feature = (number: number, date: string): Feature => ({ number, title: `Chuyên đề ${number}`, topic: 'T', date, time: '20:00', duration: 15, channel: 'Kênh', summary: 'S.', related: [], sample: true });
    const nodes = scheduleNodes([{ year: 2024, channels: [{ name: 'Kênh' }], features: [feature(2, '2024-04-24'), feature(1, '2024-04-10')] }], site, 'Chuyên đề khuyến công');
    const episodes = nodes.filter((n) => n['@type'] === 'TVEpisode');
    expect(episodes.map((e) => e['episodeNumber'])).toEqual([1, 2]);
    expect(episodes[0]).toMatchObject({
      url: 'https://kc.example.gov.vn/truyen-hinh/#chuyen-de-2024-01',
      publication: { '@type': 'BroadcastEvent', startDate: '2024-04-10T20:00:00+07:00', endDate: '2024-04-10T20:15:00+07:00' },
    });
    expect(episodes[0]!['description']).toMatch(/^Nội dung minh họa\./);
  });

  test('events: an Event per event, with its place and the date range, organised by the organisation', () => {
    const ev: KhuyenCongEvent = { id: 'a', title: 'Hội chợ', kind: 'hoi-cho', date: '2024-08-22', end: '2024-08-25', place: 'Biên Hòa', policy: 'p', summary: 'S.', sample: true };
    const [node] = eventNodes([{ year: 2024, events: [ev] }], site);
    expect(node).toMatchObject({ '@type': 'Event', startDate: '2024-08-22', endDate: '2024-08-25', url: 'https://kc.example.gov.vn/su-kien/#su-kien-2024-a', location: { name: 'Biên Hòa' }, organizer: { '@id': organisationId(site) } });
    expect(node!['description']).toMatch(/^Nội dung minh họa\./);
  });
});
