// The site's settings (content/site.yaml): every fact about the organisation
// names its public source, and the release gate lists what a state agency's
// site must still carry before it is published.
import { describe, expect, test } from 'vitest';
import { checkSiteSettings, missingBeforeRelease } from '../../src/features/site/settings.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const base = {
  name: 'Khuyến công Đồng Nai',
  tagline: 'Chương trình khuyến công tỉnh Đồng Nai',
  description: 'Thông tin công khai.',
  province: { name: 'Đồng Nai', full: 'tỉnh Đồng Nai' },
  organisation: { name: 'Trung tâm Khuyến công', parent: 'Sở Công Thương', area: 'Tỉnh Đồng Nai', website: 'https://tt.example.gov.vn/' },
  sources: { name: '/ke-hoach/2024/', parent: '/ke-hoach/2024/', website: 'https://tt.example.gov.vn/gioi-thieu' },
};
const parse = (data: unknown) => siteSchema.parse(data);

describe('settings as staff write them', () => {
  test('empty facts are left out, not published as empty text', () => {
    const s = parse({ ...base, address: '', organisation: { ...base.organisation, phone: '', email: null } });
    expect(s.address).toBeUndefined();
    expect(s.organisation.phone).toBeUndefined();
    expect(checkSiteSettings(s)).toEqual([]);
  });
  test('a fact written without its source is refused, naming the source line to add', () => {
    const problems = checkSiteSettings(parse({ ...base, organisation: { ...base.organisation, phone: '0251 3822 000' } }));
    expect(problems).toEqual([{ field: 'sources.phone', message: expect.stringMatching(/điện thoại.*chưa ghi nguồn công khai.*"phone: <địa chỉ nguồn>"/) }]);
  });
  test('the public address must be https', () => {
    expect(checkSiteSettings(parse({ ...base, address: 'http://khuyencong.dongnai.gov.vn' }))).toEqual([{ field: 'address', message: expect.stringContaining('https://') }]);
  });
  test.each(['javascript:alert(1)', 'data:text/html,x', 'khuyencong.dongnai.gov.vn'])('address %s is not a web address', (address) => {
    expect(siteSchema.safeParse({ ...base, address }).success).toBe(false);
  });
  test('a source for a fact that does not exist is refused by the schema', () => {
    expect(siteSchema.safeParse({ ...base, sources: { ...base.sources, fax: 'https://x.vn/' } }).success).toBe(false);
  });
});

describe('before release', () => {
  test('no public address and no contacts: each is named; address, phone and e-mail with the decree that asks for them', () => {
    const missing = missingBeforeRelease(parse(base), 'content/site.yaml');
    expect(missing[0]).toContain('"address"');
    for (const field of ['address', 'phone', 'email', 'hours']) expect(missing.some((m) => m.includes(`"organisation.${field}"`))).toBe(true);
    for (const field of ['address', 'phone', 'email']) expect(missing.find((m) => m.includes(`"organisation.${field}"`))).toContain('Nghị định 42/2022/NĐ-CP');
    expect(missing.find((m) => m.includes('"organisation.hours"'))).not.toContain('Nghị định');
    expect(missing).toHaveLength(5); // the website is there
  });
  test('all there: nothing missing', () => {
    const full = { ...base.organisation, address: 'Số 1', phone: '0251 000 000', email: 'a@b.gov.vn', hours: 'Thứ Hai đến Thứ Sáu' };
    expect(missingBeforeRelease(parse({ ...base, address: 'https://kc.dongnai.gov.vn', organisation: full }), 'content/site.yaml')).toEqual([]);
  });
});
