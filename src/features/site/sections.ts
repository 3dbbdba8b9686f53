// Which section of the site a page belongs to, from its address: shown in
// search results, used as the search filter "Mục", and printed on share images.
import { t } from '../../lib/i18n.ts';

const SECTIONS: { prefix: string; label: string }[] = [
  { prefix: '/ke-hoach/', label: t('section.plans') },
  { prefix: '/ban-tin/', label: t('section.bulletins') },
  { prefix: '/san-pham/', label: t('section.products') },
  { prefix: '/truyen-hinh/', label: t('section.tv') },
  { prefix: '/chinh-sach/', label: t('section.policies') },
  { prefix: '/du-lieu/', label: t('section.data') },
  { prefix: '/tim-kiem/', label: t('section.search') },
  { prefix: '/gioi-thieu/', label: t('section.general') },
  { prefix: '/lien-he/', label: t('section.contact') },
  { prefix: '/kha-nang-tiep-can/', label: t('section.accessibility') },
  { prefix: '/en/', label: t('section.english') },
];

/** The four sections that search results can be filtered by, in menu order. */
export const SEARCH_SECTIONS = [t('section.plans'), t('section.bulletins'), t('section.products'), t('section.tv')];

/** "/san-pham/ghe-xich-du-may/" → "Sản phẩm"; the home page and others → "Giới thiệu". */
export function sectionOf(pathname: string): string {
  return SECTIONS.find((s) => pathname.startsWith(s.prefix))?.label ?? t('section.general');
}
