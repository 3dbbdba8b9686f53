// What a page's share card shows: its title (og:title), the site's name
// (og:site_name), its section, its photo and the "Minh họa" mark. BaseLayout writes these into the page's head
// (as data- attributes of its og:image tag, with cardAttributes); the share-cards
// step reads them back from the built page (pageCardOf). Both sides are here,
// so that they cannot drift apart (tests/unit/share-cards.test.ts checks the round trip).
import { metaTag } from '../lib/built-pages.ts';

export interface PageCard {
  title: string;
  /** The site's name (og:site_name), printed at the bottom of every card. */
  siteName: string;
  /** The card's address (og:image): another page's card when this page shows that one. */
  image: string;
  section: string;
  /** Root-relative address of the page's photo (a product's), when it has one. */
  photo?: string | undefined;
  /** The page's content is illustrative: the card carries the "Minh họa" mark. */
  sample?: true | undefined;
}

/** The attributes BaseLayout puts on the og:image tag (undefined ones are left out of the HTML). */
export function cardAttributes(card: Pick<PageCard, 'section' | 'photo'> & { sample?: boolean | undefined }): Record<string, string | undefined> {
  return { 'data-og-section': card.section, 'data-og-photo': card.photo, 'data-og-sample': card.sample ? 'true' : undefined };
}

/** The share card a built page asks for (from its head), or null when it has no og:title or og:image. */
export function pageCardOf(head: string): PageCard | null {
  const title = metaTag(head, 'og:title')?.['content'];
  const image = metaTag(head, 'og:image');
  if (!title || !image?.['content']) return null;
  const sample = 'data-og-sample' in image && image['data-og-sample'] !== 'false';
  return {
    title: title.normalize('NFC'),
    siteName: (metaTag(head, 'og:site_name')?.['content'] ?? '').normalize('NFC'),
    image: image['content'],
    section: (image['data-og-section'] ?? '').normalize('NFC'),
    photo: image['data-og-photo'] || undefined,
    sample: sample || undefined,
  };
}
