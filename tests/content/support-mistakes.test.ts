// The files of support policies, events and reported progress
// (content/progress/<year>.yaml, content/events/<year>.yaml,
// content/policies/<slug>.yaml): each staff mistake stops the build naming file
// and field (checked in copies of content/ the way the build checks them); and
// a real build on a chosen day with reported figures shows them beside their
// targets, with date and source, counting only what is real.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { EventYear } from '../../src/schemas/events.ts';
import { asOf, contentFixture, expectNamed, mistakesIn, runAstro, tempDir, type Fixture } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';

const PROGRESS = 'progress/2024.yaml';
const EVENTS = 'events/2024.yaml';

const REPORTS = `reports:
  - target: may-moc-thiet-bi
    value: 5
    date: "2024-12-31"
    source: Báo cáo số 12/BC-KCTV ngày 31/12/2024
    note: Năm cơ sở đã nghiệm thu
  - target: dao-tao-khoi-su
    value: 320
    date: "2024-11-30"
    source: https://example.org/bao-cao-tap-huan
  - target: ho-tro-thue-gian-hang
    value: 4
    date: "2024-12-31"
    source: Báo cáo minh họa
    sample: true
spending:
  - budgetSource: dia-phuong
    amount: 4200000000
    date: "2024-12-31"
    source: Báo cáo số 12/BC-KCTV ngày 31/12/2024`;

/**
 * The 2024 progress file as these tests start it, with no figure reported yet
 * (the real file gets figures as reports come in).
 */
const NO_FIGURES_YET = 'year: 2024\nreports: []\nspending: []\n';

/** A copy of content/ with `change` made to `file` (the progress file: to one without figures yet). */
function fixtureWith(file: string, change: (text: string) => string): Fixture {
  const fixture = contentFixture();
  if (file === PROGRESS) fixture.write(PROGRESS, NO_FIGURES_YET);
  fixture.edit(file, change);
  return fixture;
}

describe('mistakes in progress, events and policies', () => {
  test('control: reported figures with date and source for real targets pass', () => {
    const fixture = fixtureWith(PROGRESS, (t) => t.replace('reports: []\nspending: []', REPORTS));
    expect(mistakesIn(fixture).map((e) => e.message)).toEqual([]);
  });

  test.each([
    {
      mistake: 'a reported figure for a target that does not exist',
      file: PROGRESS,
      change: (t: string) => t.replace('reports: []', 'reports:\n  - target: may-moc\n    value: 5\n    date: "2024-12-31"\n    source: Báo cáo số 12/BC-KCTV'),
      field: 'reports.0.target',
      expected: /kế hoạch năm 2024 không có chỉ tiêu "may-moc"; chép đúng một mã chỉ tiêu: "doan-khao-sat", /,
    },
    {
      mistake: 'a reported figure without a date',
      file: PROGRESS,
      change: (t: string) => t.replace('reports: []', 'reports:\n  - target: may-moc-thiet-bi\n    value: 5\n    source: Báo cáo số 12/BC-KCTV'),
      field: 'reports.0.date',
      expected: /mỗi số liệu cần ngày báo cáo \("date"\), trong ngoặc kép, ví dụ "2024-12-31"/,
    },
    {
      mistake: 'spent money without a date',
      file: PROGRESS,
      change: (t: string) => t.replace('spending: []', 'spending:\n  - budgetSource: dia-phuong\n    amount: 1000\n    source: Báo cáo'),
      field: 'spending.0.date',
      expected: /mỗi số liệu cần ngày báo cáo/,
    },
    {
      mistake: 'an event whose policy link does not exist',
      file: EVENTS,
      change: (t: string) => t.replace('policy: dao-tao-khoi-su-doanh-nghiep', 'policy: dao-tao-khoi-su'),
      field: 'events.0.policy',
      expected: /không có chính sách "dao-tao-khoi-su" \(cần tệp content\/policies\/dao-tao-khoi-su\.yaml\); các chính sách hiện có: .*"dao-tao-khoi-su-doanh-nghiep"/,
    },
    {
      mistake: 'an event counted toward a target the plan does not have',
      file: EVENTS,
      change: (t: string) => t.replace('target: hoi-thao-cong-nghe\n', 'target: hoi-thao\n'),
      field: 'events.1.target',
      expected: /kế hoạch năm 2024 không có chỉ tiêu "hoi-thao"/,
    },
    {
      mistake: 'a policy naming a legal basis the plan does not name',
      file: 'policies/may-moc-thiet-bi.yaml',
      change: (t: string) => t.replace('  - 45/2012/NĐ-CP', '  - 45/2021/NĐ-CP'),
      field: 'legalBases.0',
      expected: /kế hoạch năm 2024 không nêu văn bản căn cứ "45\/2021\/NĐ-CP"/,
    },
  ])('$mistake: the file and field $field are named', ({ file, change, field, expected }) => {
    const fixture = fixtureWith(file, change);
    expectNamed(mistakesIn(fixture), fixture.file(file), field, expected);
  });
});

describe('a build on 1 September 2024 with reported figures and a confirmed fair', () => {
  const DAY = '2024-09-01';
  const out = tempDir('kc-dist-');
  const html = (p: string) => readFileSync(path.join(out, p), 'utf8');
  /** A target's row in the table (it has a figure) or its line in the list of those without. */
  const row = (id: string) => textOf(new RegExp(`<(tr|li) id="tien-do-${id}"[^>]*>[\\s\\S]*?</\\1>`).exec(html('ke-hoach/2024/tien-do/index.html'))![0]);
  let fixture: Fixture;
  /** Every event of every year, as the fixture's files give them (expectations follow the content, not a count typed here). */
  const allEvents = () =>
    readdirSync(fixture.file('events'))
      .filter((f) => /^[^_].*\.ya?ml$/.test(f))
      .flatMap((f) => fixture.data<EventYear>(`events/${f}`).events);
  /** Over once its last day is before the build day; an event running on the build day is still coming. */
  const isOver = (e: { date: string; end?: string | undefined }) => (e.end ?? e.date) < DAY;

  beforeAll(() => {
    fixture = fixtureWith(PROGRESS, (t) => t.replace('reports: []\nspending: []', REPORTS));
    asOf(fixture, DAY);
    // The first fair becomes a real event, confirmed by a source.
    fixture.edit(EVENTS, (t) =>
      t.replace(
        /(- id: hoi-cho-1\n(?:.*\n)*?)    sample: true\n/,
        '$1    source: https://example.org/hoi-cho-1\n',
      ),
    );
    const { status, output } = runAstro(fixture, ['build', '--outDir', out], { BUILD_DATE: DAY });
    if (status !== 0) throw new Error(output);
  }, 180_000);

  test('events: how many are coming and how many are over on that day; the confirmed fair has no illustrative label', () => {
    const events = allEvents();
    const past = events.filter(isOver).length;
    expect(past, 'the content has no event over by then to test with').toBeGreaterThan(0);
    const text = textOf(html('su-kien/index.html'));
    expect(text).toContain('Cập nhật ngày 01/9/2024');
    expect(text).toContain(`${events.length - past} sự kiện sắp diễn ra, ${past} sự kiện đã diễn ra`);
    const fair = textOf(/<li id="su-kien-2024-hoi-cho-1"[\s\S]*?<\/li>/.exec(html('su-kien/index.html'))![0]);
    expect(fair).toContain('Đã diễn ra');
    expect(fair).not.toContain('Đã diễn ra (minh họa)');
  });

  test('a reported figure shows beside its target with its date and source', () => {
    expect(row('may-moc-thiet-bi')).toContain('5 / 7 cơ sở (71 %) Số liệu báo cáo ngày 31/12/2024 · Nguồn: Báo cáo số 12/BC-KCTV ngày 31/12/2024 · Năm cơ sở đã nghiệm thu');
    expect(row('dao-tao-khoi-su')).toContain('320 / 300 người (107 %) Số liệu báo cáo ngày 30/11/2024 · Nguồn: example.org');
  });

  test('an illustrative reported figure never counts: the target stays in the list of those without figures', () => {
    const page = html('ke-hoach/2024/tien-do/index.html');
    expect(page).toMatch(/<li id="tien-do-ho-tro-thue-gian-hang"/);
    expect(page).not.toMatch(/<tr id="tien-do-ho-tro-thue-gian-hang"/);
    expect(textOf(page.slice(page.indexOf('id="chua-co-so-lieu"')))).toContain(row('ho-tro-thue-gian-hang'));
  });

  test('the confirmed fair counts toward the shared-booth target; illustrative ones do not', () => {
    // The plan asks for 3 fairs (195/KH-UBND); the calendar's fairs for that target come from the events file.
    const fairs = fixture.data<EventYear>(EVENTS).events.filter((e) => e.target === 'hoi-cho-gian-hang-chung');
    const illustrative = fairs.filter((e) => e.sample).length;
    const held = fairs.filter((e) => !e.sample && isOver(e)).length;
    expect(held, 'the confirmed fair is over by then').toBeGreaterThan(0);
    expect(row('hoi-cho-gian-hang-chung')).toContain(
      `${held} / 3 hội chợ (${Math.round((100 * held) / 3)} %) Đếm từ nội dung trang ${fairs.length} sự kiện trong lịch (${illustrative} minh họa), ${held} đã diễn ra được xác nhận`,
    );
  });

  test('spent money by source, with date and source; the open data has the same figures', () => {
    expect(textOf(html('ke-hoach/2024/tien-do/index.html'))).toContain('Nguồn kinh phí khuyến công địa phương Kế hoạch (đồng) 5.611.735.330 Đã chi (đồng) 4.200.000.000 Số liệu báo cáo ngày 31/12/2024 · Báo cáo số 12/BC-KCTV ngày 31/12/2024');
    const rows = JSON.parse(html('du-lieu/tien-do-2024.json')) as Record<string, unknown>[];
    expect(rows.find((r) => r['ma'] === 'may-moc-thiet-bi')).toMatchObject({ ket_qua: 5, trang_thai: 'bao-cao', ngay: '2024-12-31' });
    expect(rows.find((r) => r['ma'] === 'dia-phuong')).toMatchObject({ ket_qua: 4200000000, trang_thai: 'bao-cao' });
    expect(rows.find((r) => r['ma'] === 'ho-tro-thue-gian-hang')).toMatchObject({ ket_qua: '', trang_thai: 'chua-co-so-lieu' });
  });
});
