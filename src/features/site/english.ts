// The English page (/en/): dates, amounts and the organisation's names in
// English. Amounts and dates come from the content (the plan), formatted here,
// never typed again. Pure TypeScript, no Astro imports.
import type { Organisation } from '../../schemas/site.ts';
import { parseIsoDate } from '../../lib/format.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-06-04" → "4 June 2024". */
export function englishDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`not a date: ${iso}`);
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** 7165488080 → "7,165,488,080" (English digit grouping, whole numbers). */
export function englishNumber(n: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);
}

/** "the Đồng Nai Department of Industry and Trade (Sở Công Thương tỉnh Đồng Nai)", or the Vietnamese name alone when no English one is set. */
function named(english: string | undefined, vietnamese: string): string {
  return english ? `the ${english} (${vietnamese})` : vietnamese;
}

/** The organisation and its parent body as the English page names them. */
export function englishNames(org: Pick<Organisation, 'name' | 'parent' | 'nameEn' | 'parentEn'>): { centre: string; parent: string } {
  return { centre: named(org.nameEn, org.name), parent: named(org.parentEn, org.parent) };
}
