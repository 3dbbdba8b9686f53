// The site's settings (content/site.yaml): the checks its schema cannot make,
// and what the release gate asks of them before the site is published.
import type { FieldProblem } from '../../lib/content-errors.ts';
import { isToFill } from '../../lib/to-fill.ts';
import { checkThemeColours } from './theme.ts';
import { ORGANISATION_FACTS, type OrganisationFact, type SiteSettings } from '../../schemas/site.ts';

/** Vietnamese names of the organisation's facts, for messages. */
export const FACT_NAMES: Record<OrganisationFact, string> = {
  name: 'tên đơn vị',
  parent: 'cơ quan chủ quản',
  superiors: 'cơ quan cấp trên',
  address: 'địa chỉ',
  phone: 'điện thoại',
  email: 'thư điện tử',
  hours: 'giờ làm việc',
  website: 'trang web',
  map: 'vị trí trên bản đồ',
};

/** Contacts a state agency's site must carry (Nghị định 42/2022/NĐ-CP, Điều 4: address, phone, e-mail). */
export const REQUIRED_CONTACTS: readonly OrganisationFact[] = ['address', 'phone', 'email'];
/** Contacts a reader needs to act, which the gate asks for too (when to call or visit, the organisation's own site). */
export const EXPECTED_CONTACTS: readonly OrganisationFact[] = ['hours', 'website'];

/**
 * Every fact written about the organisation names its public source; the public address is https; the colours are readable.
 * A placeholder left by npm run new-site ("[cần điền]") is not a fact: it needs no source (the release gate refuses it).
 */
export function checkSiteSettings(data: Pick<SiteSettings, 'address' | 'organisation' | 'sources'> & Partial<Pick<SiteSettings, 'theme'>>): FieldProblem[] {
  const problems: FieldProblem[] = checkThemeColours(data.theme);
  for (const fact of ORGANISATION_FACTS) {
    const value = data.organisation[fact];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0) && !isToFill(value) && !data.sources[fact])
      problems.push({
        field: `sources.${fact}`,
        message: `có ${FACT_NAMES[fact]} ("organisation.${fact}") nhưng chưa ghi nguồn công khai của nó; thêm dòng "${fact}: <địa chỉ nguồn>" dưới "sources", hoặc để trống thông tin đó`,
      });
  }
  if (data.address && !data.address.startsWith('https://'))
    problems.push({ field: 'address', message: `địa chỉ công khai của trang cần bắt đầu bằng https:// (đang là "${data.address}")` });
  return problems;
}

/** What is still missing before the site can be published, one line each. */
export function missingBeforeRelease(data: Pick<SiteSettings, 'address' | 'organisation'>, file: string): string[] {
  const missing: string[] = [];
  if (!data.address) missing.push(`${file}: chưa có địa chỉ công khai của trang ("address")`);
  for (const fact of REQUIRED_CONTACTS) {
    if (data.organisation[fact] === undefined)
      missing.push(`${file}: chưa có ${FACT_NAMES[fact]} của ${data.organisation.name} ("organisation.${fact}"), thông tin bắt buộc với trang của cơ quan nhà nước (Nghị định 42/2022/NĐ-CP, Điều 4); ghi kèm nguồn công khai`);
  }
  for (const fact of EXPECTED_CONTACTS) {
    if (data.organisation[fact] === undefined)
      missing.push(`${file}: chưa có ${FACT_NAMES[fact]} của ${data.organisation.name} ("organisation.${fact}"), người đọc cần để liên hệ; ghi kèm nguồn công khai`);
  }
  return missing;
}
