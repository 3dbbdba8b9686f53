// Site-wide constants: the sections that exist (the header shows only these).
import { t, type UiKey } from '../../lib/i18n.ts';

export interface NavItem {
  href: string;
  label: string;
}

const sections: { href: string; key: UiKey }[] = [
  { href: '/', key: 'nav.home' },
  { href: '/ke-hoach/', key: 'nav.plans' },
  { href: '/ban-tin/', key: 'nav.bulletins' },
  { href: '/san-pham/', key: 'nav.products' },
  { href: '/truyen-hinh/', key: 'nav.tv' },
  { href: '/chinh-sach/', key: 'nav.policies' },
  { href: '/su-kien/', key: 'nav.events' },
];

export const navigation: NavItem[] = sections.map((s) => ({ href: s.href, label: t(s.key) }));

/** Whether `href` is the current section for a page at `pathname`. */
export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}

/** "KẾ HOẠCH" + "Khuyến công tỉnh Đồng Nai năm 2024" → "Kế hoạch khuyến công tỉnh Đồng Nai năm 2024" */
export function documentHeading(kind: string, title: string): string {
  const k = kind.toLocaleLowerCase('vi');
  const lowerFirst = title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);
  return `${k.charAt(0).toLocaleUpperCase('vi')}${k.slice(1)} ${lowerFirst}`;
}
