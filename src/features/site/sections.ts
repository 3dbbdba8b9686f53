// Which section of the site a page belongs to, from its address: shown in
// search results, used as the search filter "Mục", and printed on share images.
import { t } from '../../lib/i18n.ts';

const SECTIONS: { prefix: string; label: string }[] = [
  { prefix: '/ke-hoach/', label: t('section.plans') },
  { prefix: '/ban-tin/', label: t('section.bulletins') },
  { prefix: '/san-pham/', label: t('section.products') },
  { prefix: '/truyen-hinh/', label: t('section.tv') },
  { prefix: '/chinh-sach/', label: t('section.policies') },
  { prefix: '/su-kien/', label: t('section.events') },
  { prefix: '/du-lieu/', label: t('section.data') },
  { prefix: '/tim-kiem/', label: t('section.search') },
  { prefix: '/gioi-thieu/', label: t('section.general') },
  { prefix: '/lien-he/', label: t('section.contact') },
  { prefix: '/kha-nang-tiep-can/', label: t('section.accessibility') },
  { prefix: '/en/', label: t('section.english') },
];

/**
 * Every section a search result can carry, in menu order, for the search
 * filter "Mục": each section above but the search page itself (not indexed),
 * then the pages of no section (the home page, pages about the site).
 */
export const SEARCH_SECTIONS = [...SECTIONS.filter((s) => s.prefix !== '/tim-kiem/').map((s) => s.label), t('section.general')];

/** "/san-pham/ghe-xich-du-may/" → "Sản phẩm"; the home page and others → "Giới thiệu". */
export function sectionOf(pathname: string): string {
  return SECTIONS.find((s) => pathname.startsWith(s.prefix))?.label ?? t('section.general');
}
