// The pure logic behind /lien-he/, the footer, /gioi-thieu/, /chinh-sach/cach-dang-ky/
// and /en/: contact lines from the site's settings (a link when a fact is
// written, an honest line when it is not), the checks of sourced statements,
// the sections new pages belong to, English dates and amounts.
import { describe, expect, test } from 'vitest';
import { applyStatements, checkCitations, checkSectionIds, citedDocuments, pageStatements, sourceLabel } from '../../src/features/site/citations.ts';
import { contactLines, missingEssentials } from '../../src/features/site/contacts.ts';
import { englishDate, englishNames, englishNumber } from '../../src/features/site/english.ts';
import { sectionOf } from '../../src/features/site/sections.ts';
import { applySchema } from '../../src/schemas/apply.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { sourcedPageSchema } from '../../src/schemas/sourced.ts';

const settings = (organisation: Record<string, string>, sources: Record<string, string> = {}) =>
  siteSchema.parse({
    name: 'Khuyến công Đồng Nai',
    tagline: 'Chương trình khuyến công',
    description: 'Thông tin công khai.',
    province: { name: 'Đồng Nai', full: 'tỉnh Đồng Nai' },
    organisation: { name: 'Trung tâm Khuyến công', parent: 'Sở Công Thương', area: 'Tỉnh Đồng Nai', ...organisation },
    sources: { name: '/ke-hoach/2024/', parent: '/ke-hoach/2024/', ...sources },
  });

describe('contact lines', () => {
  test('nothing published but the website: each fact says it is not published on this site, and points to the website by its host name', () => {
    const lines = contactLines(settings({ website: 'https://tt.example.gov.vn/' }, { website: 'https://tt.example.gov.vn/gioi-thieu' }));
    expect(lines.map((l) => l.fact)).toEqual(['address', 'phone', 'email', 'hours', 'website', 'map']);
    for (const l of lines.filter((x) => x.fact !== 'website')) {
      expect(l.value).toBeUndefined();
      expect(l.missing, l.fact).toMatch(/chưa được công bố trên trang này/);
      expect(l.via).toEqual({ href: 'https://tt.example.gov.vn/', text: 'tt.example.gov.vn' });
    }
    const phone = lines.find((l) => l.fact === 'phone')!;
    expect(phone.missing).toBe('Số điện thoại chưa được công bố trên trang này; liên hệ qua trang thông tin của Trung tâm:');
    const website = lines.find((l) => l.fact === 'website')!;
    expect(website).toMatchObject({ href: 'https://tt.example.gov.vn/', linkText: 'tt.example.gov.vn', source: 'https://tt.example.gov.vn/gioi-thieu' });
  });

  test('without a website either, nothing points to one', () => {
    for (const l of contactLines(settings({}))) {
      expect(l.via).toBeUndefined();
      expect(l.missing).not.toMatch(/trang thông tin của Trung tâm:/);
    }
  });

  test('filled in: a phone becomes a tel: link in international form, an e-mail a mailto: link, the map a link with its own words', () => {
    const lines = contactLines(
      settings(
        { phone: '0251 3822 000', email: 'trungtam@example.gov.vn', address: 'Số 1, đường A', hours: 'Thứ Hai đến Thứ Sáu', map: 'https://maps.example.org/?q=1' },
        { phone: 'https://a.example/', email: 'https://a.example/', address: 'https://a.example/', hours: 'https://a.example/', map: 'https://a.example/' },
      ),
    );
    const by = Object.fromEntries(lines.map((l) => [l.fact, l]));
    expect(by['phone']).toMatchObject({ value: '0251 3822 000', href: 'tel:+842513822000', source: 'https://a.example/' });
    expect(by['email']).toMatchObject({ href: 'mailto:trungtam@example.gov.vn' });
    expect(by['map']).toMatchObject({ href: 'https://maps.example.org/?q=1', linkText: 'Xem vị trí trụ sở trên bản đồ' });
    expect(by['address']!.value).toBe('Số 1, đường A');
    expect(by['address']!.href).toBeUndefined();
    for (const l of lines.filter((x) => x.fact !== 'website')) expect(l.missing).toBeUndefined();
  });

  test('in English for /en/', () => {
    const lines = contactLines(settings({ website: 'https://tt.example.gov.vn/' }), 'en');
    expect(lines.map((l) => l.label)).toEqual(['Address', 'Phone', 'E-mail', 'Office hours', 'Website', 'Map']);
    expect(lines[1]!.missing).toBe('The phone number is not yet published on this site; contact the centre through its website:');
  });

  test('the contacts a state agency’s site must carry and does not yet', () => {
    expect(missingEssentials(settings({ phone: '0251 3822 000' }, { phone: 'https://a.example/' }).organisation)).toEqual(['address', 'email']);
  });
});

describe('sourced statements', () => {
  const page = sourcedPageSchema.parse({
    title: 'Giới thiệu',
    summary: 'Tóm tắt.',
    documents: {
      'nd-45-2012': { short: 'Nghị định 45/2012/NĐ-CP', title: 'Nghị định số 45/2012/NĐ-CP', address: 'https://example.org/nd45' },
      'ke-hoach-2024': { short: 'Kế hoạch 195/KH-UBND', title: 'Kế hoạch số 195/KH-UBND', address: '/ke-hoach/2024/' },
    },
    sections: [
      { id: 'a', heading: 'A', statements: [{ text: 'Một.', source: 'ke-hoach-2024', cite: 'mục II.6' }, { text: 'Hai.', source: 'nd-45-2012' }] },
      { id: 'a', heading: 'B', statements: [{ text: 'Ba.', source: 'nd-45' }] },
    ],
  });

  test('a statement naming a document the file does not list is refused, with the ids that exist', () => {
    expect(checkCitations(page.documents, pageStatements(page))).toEqual([
      { field: 'sections.1.statements.0.source', message: expect.stringMatching(/không có văn bản mã "nd-45".*"nd-45-2012", "ke-hoach-2024"/) },
    ]);
  });

  test('two sections with one id (one anchor) are refused', () => {
    expect(checkSectionIds(page.sections)).toEqual([{ field: 'sections.1.id', message: expect.stringContaining('mã mục "a" đã dùng ở mục thứ 1') }]);
  });

  test('documents are listed in the order the page first cites them, unknown ones left out', () => {
    expect(citedDocuments(page.documents, pageStatements(page)).map(([id]) => id)).toEqual(['ke-hoach-2024', 'nd-45-2012']);
  });

  test('a statement without a source, or a document without an address, does not pass the schema', () => {
    expect(sourcedPageSchema.safeParse({ ...page, sections: [{ id: 'x', heading: 'X', statements: [{ text: 'Không nguồn.' }] }] }).success).toBe(false);
    expect(sourcedPageSchema.safeParse({ ...page, documents: { x: { short: 'X', title: 'X' } } }).success).toBe(false);
    expect(sourcedPageSchema.safeParse({ ...page, documents: { x: { short: 'X', title: 'X', address: 'javascript:alert(1)' } } }).success).toBe(false);
  });

  test('the steps to apply: statements of every step and the notes, with their fields', () => {
    const guide = applySchema.parse({
      title: 'Cách đăng ký',
      summary: 'Tóm tắt.',
      documents: {},
      steps: { who: { statements: [{ text: 'Ai.', source: 'x' }] }, byWhen: { ask: 'Hỏi hạn.' } },
      notes: [{ text: 'Ghi chú.', source: 'y' }],
    });
    expect(applyStatements(guide).map((c) => c.field)).toEqual(['steps.who.statements.0', 'notes.0']);
    expect(checkCitations(guide.documents, applyStatements(guide))[0]!.message).toMatch(/chưa khai báo văn bản nào dưới "documents"/);
  });

  test('a step with neither a statement nor an "ask" line does not pass the schema', () => {
    expect(applySchema.safeParse({ title: 'T', summary: 'S', documents: {}, steps: { who: {} } }).success).toBe(false);
  });

  test('a source reads as a reader would say it', () => {
    expect(sourceLabel('/ke-hoach/2024/')).toBe('Kế hoạch khuyến công năm 2024');
    expect(sourceLabel('https://khuyencongvatuvancongnghiepdongnai.gov.vn/doi-net')).toBe('khuyencongvatuvancongnghiepdongnai.gov.vn');
  });
});

describe('sections of the new pages (search filter and share card)', () => {
  test.each([
    ['/gioi-thieu/', 'Giới thiệu'],
    ['/lien-he/', 'Liên hệ'],
    ['/kha-nang-tiep-can/', 'Khả năng tiếp cận'],
    ['/chinh-sach/cach-dang-ky/', 'Chính sách hỗ trợ'],
    ['/en/', 'English'],
  ])('%s → %s', (path, section) => {
    expect(sectionOf(path)).toBe(section);
  });
});

describe('English', () => {
  test('dates and amounts the English way', () => {
    expect(englishDate('2024-06-04')).toBe('4 June 2024');
    expect(englishNumber(7165488080)).toBe('7,165,488,080');
  });
  test('the organisation named in English when an English name is set, with the Vietnamese one beside it', () => {
    expect(englishNames({ name: 'Trung tâm A', parent: 'Sở B', nameEn: 'Centre A', parentEn: 'Department B' })).toEqual({
      centre: 'the Centre A (Trung tâm A)',
      parent: 'the Department B (Sở B)',
    });
    expect(englishNames({ name: 'Trung tâm A', parent: 'Sở B' })).toEqual({ centre: 'Trung tâm A', parent: 'Sở B' });
  });
});
