// How to reach the organisation that runs the site, from its settings
// (content/site.yaml): one line per fact, with a tel:, mailto: or web link when
// the fact is written, and an honest sentence when it is not (with the
// centre's own website to turn to, when that is known). Used by /lien-he/, the
// footer of every page, /en/ and the accessibility statement.
// Pure TypeScript, no Astro imports.
import { t, type UiKey } from '../../lib/i18n.ts';
import type { Organisation, SiteSettings } from '../../schemas/site.ts';
import { telHref } from '../catalogue/products.ts';
import { REQUIRED_CONTACTS } from './settings.ts';

export const CONTACT_PATH = '/lien-he/';
export const ABOUT_PATH = '/gioi-thieu/';
export const ACCESSIBILITY_PATH = '/kha-nang-tiep-can/';
export const ENGLISH_PATH = '/en/';

/** The facts a reader needs to get in touch, in the order pages show them. */
export const CONTACT_FACTS = ['address', 'phone', 'email', 'hours', 'website', 'map'] as const;
export type ContactFact = (typeof CONTACT_FACTS)[number];

/** The facts the footer of every page carries (the others are on /lien-he/). */
export const FOOTER_FACTS: readonly ContactFact[] = ['address', 'phone', 'email', 'website'];

export type Lang = 'vi' | 'en';

export interface ContactLine {
  fact: ContactFact;
  /** "Điện thoại" / "Phone". */
  label: string;
  /** The fact as written in the settings, when it is. */
  value?: string | undefined;
  /** What the value links to: tel:, mailto:, the website or the map. */
  href?: string | undefined;
  /** Shown as the link's text instead of the value (the website's host name, "Xem vị trí trên bản đồ"). */
  linkText?: string | undefined;
  /** The public source of the fact (content/site.yaml "sources"). */
  source?: string | undefined;
  /** When the fact is not written: what the page says instead, in plain words. */
  missing?: string | undefined;
  /** …and where to turn instead (the centre's website), when known. */
  via?: { href: string; text: string } | undefined;
}

const key = (lang: Lang, name: string) => (lang === 'en' ? `en.contact.${name}` : `contact.${name}`) as UiKey;

/** "khuyencongvatuvancongnghiepdongnai.gov.vn" from "https://khuyencongvatuvancongnghiepdongnai.gov.vn/". */
export const hostOf = (address: string) => new URL(address).host;

/** One line per contact fact of `org`, in `lang`. */
export function contactLines(settings: Pick<SiteSettings, 'organisation' | 'sources'>, lang: Lang = 'vi', facts: readonly ContactFact[] = CONTACT_FACTS): ContactLine[] {
  const org: Organisation = settings.organisation;
  const website = org.website;
  return facts.map((fact) => {
    const label = t(key(lang, `label.${fact}`));
    const value = org[fact];
    const source = settings.sources[fact];
    if (value === undefined) {
      const via = fact !== 'website' && website ? { href: website, text: hostOf(website) } : undefined;
      return { fact, label, missing: t(key(lang, via ? `missingVia.${fact}` : `missing.${fact}`)), via, source };
    }
    switch (fact) {
      case 'phone':
        return { fact, label, value, href: telHref(value), source };
      case 'email':
        return { fact, label, value, href: `mailto:${value}`, source };
      case 'website':
        return { fact, label, value, href: value, linkText: hostOf(value), source };
      case 'map':
        return { fact, label, value, href: value, linkText: t(key(lang, 'mapLink')), source };
      default:
        return { fact, label, value, source };
    }
  });
}

/** The contacts a state agency's site must carry (address, phone, e-mail: src/features/site/settings.ts) that are not written yet. */
export function missingEssentials(org: Organisation): string[] {
  return REQUIRED_CONTACTS.filter((f) => org[f] === undefined);
}
