// The plan's progress (src/features/plan/progress.ts), reading a plan's ids from
// disk (src/loaders/plan-facts.ts) and the policy helpers (src/features/policies/policies.ts).
import { describe, expect, test } from 'vitest';
import type { Target } from '../../src/schemas/plan.ts';
import { planFactsFromText, readPlanFacts } from '../../src/loaders/plan-facts.ts';
import { barPercent, budgetRows, checkProgressFile, countsFromContent, progressDataRows, progressRows, progressText, PROGRESS_COLUMNS } from '../../src/features/plan/progress.ts';
import type { Report } from '../../src/schemas/progress.ts';
import { checkPolicy, legalBasisLine } from '../../src/features/policies/policies.ts';

const targets: Target[] = [
  { id: 'may-moc-thiet-bi', section: 'II.2', label: 'Cơ sở', quantity: 7, unit: 'cơ sở', stated: 'Hỗ trợ 07 cơ sở', headline: false },
  { id: 'san-pham-cap-tinh', section: 'II.3.a', label: 'Sản phẩm', min: 28, max: 30, unit: 'sản phẩm', approx: 'dự kiến', stated: 'Dự kiến có 28-30 sản phẩm', headline: false },
  { id: 'ban-tin', section: 'II.4.c', label: 'Bản tin', quantity: 1600, unit: 'bản', stated: 'Thực hiện 1.600 Bản tin', headline: false },
];
const report = (r: Partial<Report>): Report => ({ target: 'may-moc-thiet-bi', value: 3, date: '2024-09-30', source: 'Báo cáo số 1/BC', sample: false, ...r });

describe('progressRows', () => {
  test('no figure anywhere: every target says "chưa có số liệu"', () => {
    const rows = progressRows(targets, {});
    expect(rows.map((r) => r.status)).toEqual(['chua-co-so-lieu', 'chua-co-so-lieu', 'chua-co-so-lieu']);
    expect(rows.map((r) => progressText(r))).toEqual(['chưa có số liệu', 'chưa có số liệu', 'chưa có số liệu']);
    expect(rows[1]).toMatchObject({ planned: '28–30', plannedMin: 28, plannedMax: 30 });
  });

  test('a reported figure shows with its date and source; the latest one wins', () => {
    const rows = progressRows(targets, {
      reports: [report({ value: 3, date: '2024-06-30' }), report({ value: 7, date: '2024-12-31', source: 'https://example.org/bc' }), report({ value: 5, date: '2024-09-30' })],
    });
    expect(rows[0]).toMatchObject({ status: 'bao-cao', value: 7, asOf: '2024-12-31', source: 'https://example.org/bc', share: 1 });
    expect(progressText(rows[0]!)).toBe('7 / 7 cơ sở (100 %)');
  });

  test('illustrative reported figures never count', () => {
    const rows = progressRows(targets, { reports: [report({ sample: true })] });
    expect(rows[0]!.status).toBe('chua-co-so-lieu');
  });

  test('a count from the site content wins when above zero; zero falls back to a report, keeping the note', () => {
    const derived = { value: 12, text: 'Danh mục có 12', href: '/san-pham/', link: 'Xem' };
    expect(progressRows(targets, { derived: { 'san-pham-cap-tinh': derived }, reports: [report({ target: 'san-pham-cap-tinh', value: 29 })] })[1]).toMatchObject({
      status: 'noi-dung',
      value: 12,
      share: 0.4,
    });
    const zero = progressRows(targets, { derived: { 'san-pham-cap-tinh': { ...derived, value: 0 } }, reports: [report({ target: 'san-pham-cap-tinh', value: 29 })] })[1]!;
    expect(zero).toMatchObject({ status: 'bao-cao', value: 29 });
    expect(zero.note?.text).toBe('Danh mục có 12');
  });

  test('bars: share capped to the bar; none without a figure', () => {
    expect(barPercent(undefined)).toBe(0);
    expect(barPercent(0.5)).toBe(50);
    expect(barPercent(1.4)).toBe(100);
  });
});

describe('budgetRows and open data', () => {
  const sources = [
    { id: 'dia-phuong', label: 'Địa phương', amount: 5611735330 },
    { id: 'doanh-nghiep', label: 'Nguồn khác', amount: 1553752750 },
  ];

  test('planned by source; spent only when reported (latest, never illustrative)', () => {
    const rows = budgetRows(sources, [
      { budgetSource: 'dia-phuong', amount: 1000, date: '2024-06-30', source: 'BC 1', sample: false },
      { budgetSource: 'dia-phuong', amount: 2000, date: '2024-12-31', source: 'BC 2', sample: false },
      { budgetSource: 'doanh-nghiep', amount: 9, date: '2024-12-31', source: 'x', sample: true },
    ]);
    expect(rows[0]).toMatchObject({ planned: 5611735330, spent: 2000, asOf: '2024-12-31', source: 'BC 2' });
    expect(rows[1]!.spent).toBeUndefined();
  });

  test('one row per target and per budget source, with every documented column', () => {
    const data = progressDataRows(2024, progressRows(targets, {}), budgetRows(sources, []));
    expect(data).toHaveLength(5);
    for (const row of data) expect(Object.keys(row)).toEqual(PROGRESS_COLUMNS.map((c) => c.key));
    expect(data[0]).toMatchObject({ loai: 'chi-tieu', ma: 'may-moc-thiet-bi', ket_qua: '', trang_thai: 'chua-co-so-lieu' });
    expect(data[4]).toMatchObject({ loai: 'kinh-phi', ma: 'doanh-nghiep', ke_hoach_tu: 1553752750, don_vi: 'đồng' });
  });
});

describe('countsFromContent', () => {
  test('events held count only when real and past; bulletins are a note, never the copies target', () => {
    const ev = (id: string, sample: boolean, date: string) => ({ id, title: id, kind: 'hoi-thao' as const, date, policy: 'p', target: 'hoi-thao-cong-nghe', summary: 's', sample, source: sample ? undefined : 'https://x.org' });
    const { derived, notes } = countsFromContent({
      year: 2024,
      today: '2024-10-01',
      products: [],
      schedules: [],
      events: [{ year: 2024, events: [ev('a', false, '2024-08-01'), ev('b', true, '2024-08-02'), ev('c', false, '2024-11-01')] }],
      bulletins: [
        { data: { date: '2024-05-01', sample: false } },
        { data: { date: '2024-05-02', sample: true } },
        { data: { date: '2025-01-01', sample: false } },
        // Scheduled after the build date, and a draft: not published, not counted.
        { data: { date: '2024-10-02', sample: false } },
        { data: { date: '2024-06-01', sample: false, draft: true } },
      ],
    });
    expect(derived['hoi-thao-cong-nghe']).toMatchObject({ value: 1, text: '3 sự kiện trong lịch (1 minh họa), 1 đã diễn ra được xác nhận', href: '/su-kien/' });
    expect(derived['san-pham-cap-tinh']!.value).toBe(0);
    expect(derived['ban-tin']).toBeUndefined();
    expect(notes['ban-tin']!.text).toContain('Trang đã đăng 1 số Bản tin năm 2024');
  });
});

describe('checks against the plan', () => {
  const facts = { targets: ['may-moc-thiet-bi'], legalBases: ['45/2012/NĐ-CP'], budgetSources: ['dia-phuong'] };

  test('a reported figure for a target the plan does not have is named by field', () => {
    const problems = checkProgressFile({ year: 2024, reports: [report({}), report({ target: 'may-moc' })], spending: [] }, '2024', facts);
    expect(problems).toEqual([{ field: 'reports.1.target', message: expect.stringContaining('kế hoạch năm 2024 không có chỉ tiêu "may-moc"') }]);
  });

  test('spending from an unknown budget source, a file named after another year, a year without a plan', () => {
    const problems = checkProgressFile({ year: 2024, reports: [], spending: [{ budgetSource: 'tw', amount: 1, date: '2024-01-01', source: 'x', sample: false }] }, '2025', facts);
    expect(problems.map((p) => p.field)).toEqual(['year', 'spending.0.budgetSource']);
    expect(checkProgressFile({ year: 2030, reports: [], spending: [] }, '2030', null)[0]!.message).toContain('không có kế hoạch năm 2030');
  });

  test('a policy may only name the plan\'s targets and legal bases', () => {
    expect(checkPolicy({ plan: 2024, targets: ['may-moc-thiet-bi'], legalBases: ['45/2012/NĐ-CP'] }, facts)).toEqual([]);
    expect(checkPolicy({ plan: 2024, targets: ['x'], legalBases: ['20/2017/TT-BCT'] }, facts).map((p) => p.field)).toEqual(['targets.0', 'legalBases.0']);
  });

  test('a legal basis is written from the plan\'s data, with its amendments', () => {
    expect(
      legalBasisLine({
        kind: 'Thông tư',
        number: '46/2012/TT-BCT',
        date: '2012-12-28',
        issuer: 'Bộ Công Thương',
        title: 'Quy định chi tiết',
        amendedBy: [{ kind: 'Thông tư', number: '20/2017/TT-BCT', date: '2017-09-29', issuer: 'Bộ Công Thương' }],
      }),
    ).toBe('Thông tư số 46/2012/TT-BCT ngày 28/12/2012 của Bộ Công Thương Quy định chi tiết (được sửa đổi, bổ sung bởi Thông tư số 20/2017/TT-BCT ngày 29/9/2017)');
  });
});

describe('plan facts read from disk (ids other content may name)', () => {
  const expected = { targets: ['a-b', 'c'], legalBases: ['1/2020/NĐ-CP'], budgetSources: ['x'] };
  test.each([
    ['block style, quoted values, comments, items not starting with the id', '---\ntargets:\n  - section: II\n    id: "a-b" # chú thích\n  - id: c\nlegalBases:\n  - number: "1/2020/NĐ-CP"\n    amendedBy:\n      - number: 2/2021/NĐ-CP\nbudget:\n  sources:\n    - id: x\n---\nbody'],
    ['flow style', '---\ntargets: [{ id: a-b, section: II }, { id: c }]\nlegalBases: [{ number: 1/2020/NĐ-CP, amendedBy: [{ number: 2/2021/NĐ-CP }] }]\nbudget: { sources: [{ id: x }] }\n---\n'],
    ['a file saved with a byte-order mark and Windows line ends', '\uFEFF---\r\ntargets:\r\n  - id: a-b\r\n  - id: c\r\nlegalBases:\r\n  - number: 1/2020/NĐ-CP\r\nbudget:\r\n  sources:\r\n    - id: x\r\n---\r\nbody'],
  ])('%s', (_, text) => {
    expect(planFactsFromText(text)).toMatchObject(expected);
    expect(planFactsFromText(text).unreadable).toBeUndefined();
  });
  test('a plan whose YAML does not parse says so, rather than listing no ids', () => {
    const facts = planFactsFromText('---\ntargets:\n  - id: a\n\tsection: x\n---\n', 'content/plans/2024.md');
    expect(facts.unreadable).toBeTruthy();
    expect(facts.file).toBe('content/plans/2024.md');
  });
  test('no plan file for a year: null', () => {
    expect(readPlanFacts('content', 1999)).toBeNull();
  });
});
