// The TV schedule's derived values and checks (src/features/tv/schedule.ts), the build date,
// and the date helpers they use.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';
import { formatWeekday, parseClock } from '../../src/lib/format.ts';
import { formatCalendar } from '../../src/lib/ical.ts';
import { CALENDAR_ZONE, checkCollisions, checkRelated, checkScheduleFile, endClock, featureAnchor, featureEvent, featureUid, featureWhen, groupByMonth, hasAired, isoInstant, scheduleProgress, splitByDate, tvProgressLine } from '../../src/features/tv/schedule.ts';
import type { Feature, Schedule } from '../../src/schemas/tv.ts';

const CHANNEL = 'Đài Phát thanh – Truyền hình Đồng Nai';

function feature(number: number, date: string, time = '20:00', extra: Partial<Feature> = {}): Feature {
  return {
    number,
    title: `Chuyên đề ${number}`,
    topic: 'Ứng dụng máy móc thiết bị tiên tiến (mục II.2)',
    date,
    time,
    duration: 15,
    channel: CHANNEL,
    summary: 'Tóm tắt.',
    related: [{ kind: 'plan', id: '2024' }],
    sample: true,
    ...extra,
  };
}

/** Two features a month, the 2nd and 4th Wednesday style: day 10 and 24. */
const year2024: Schedule = {
  year: 2024,
  channels: [{ name: CHANNEL }],
  features: Array.from({ length: 24 }, (_, i) =>
    feature(i + 1, `2024-${String(Math.floor(i / 2) + 1).padStart(2, '0')}-${i % 2 ? '24' : '10'}`),
  ),
};

describe('date helpers', () => {
  test.each([
    ['2024-01-10', 'Thứ Tư'],
    ['2024-06-04', 'Thứ Ba'],
    ['2024-12-29', 'Chủ nhật'],
  ])('%s is a %s', (iso, day) => expect(formatWeekday(iso)).toBe(day));

  test.each(['20:00', '00:00', '23:59', '07:05'])('"%s" is a clock time', (s) => expect(parseClock(s)).not.toBeNull());
  test.each(['24:00', '8:00', '20h', '20:60', '20:00:00', ''])('"%s" is not', (s) => expect(parseClock(s)).toBeNull());
});

describe('buildDate', () => {
  test('takes BUILD_DATE when set', () => {
    expect(buildDate({ BUILD_DATE: '2024-07-01' })).toBe('2024-07-01');
  });
  test('refuses an impossible BUILD_DATE', () => {
    expect(() => buildDate({ BUILD_DATE: '2024-02-30' })).toThrow(/BUILD_DATE/);
  });
  test('else today in Việt Nam, not in UTC', () => {
    // 20:00 UTC on 31 December is already 1 January in Việt Nam.
    expect(buildDate({}, new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
    expect(buildDate({}, new Date('2024-12-31T16:59:00Z'))).toBe('2024-12-31');
  });
});

describe('times of a feature', () => {
  const f = feature(1, '2024-01-10');
  test('anchor and UID are stable and padded', () => {
    expect(featureAnchor(2024, 7)).toBe('chuyen-de-2024-07');
    expect(featureUid(2024, 7, 'example.gov.vn')).toBe('tv-2024-07@example.gov.vn');
  });
  test('end, ISO instants with +07:00, and the human form', () => {
    expect(endClock(f)).toBe('20:15');
    expect(endClock({ ...f, time: '23:50' })).toBe('00:05');
    expect(isoInstant(f)).toBe('2024-01-10T20:00:00+07:00');
    expect(isoInstant(f, 15)).toBe('2024-01-10T20:15:00+07:00');
    expect(featureWhen(f)).toBe('Thứ Tư, 10/1/2024, 20:00–20:15');
  });
});

describe('aired and coming, relative to the build date', () => {
  test('a feature on the build day is still coming', () => {
    expect(hasAired(feature(1, '2024-07-10'), '2024-07-10')).toBe(false);
    expect(hasAired(feature(1, '2024-07-10'), '2024-07-11')).toBe(true);
  });

  test('mid-year: six months aired, six to come, the next is number 13', () => {
    const split = splitByDate(year2024.features, '2024-07-01');
    expect(split.aired.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(split.upcoming).toHaveLength(12);
    expect(split.next?.number).toBe(13);
  });

  test('after the year: all aired, nothing next', () => {
    const split = splitByDate(year2024.features, '2026-11-27');
    expect(split.aired).toHaveLength(24);
    expect(split.next).toBeUndefined();
  });
});

describe('groupByMonth', () => {
  test('twelve months of two, in order, whatever the order in the file', () => {
    const groups = groupByMonth([...year2024.features].reverse());
    expect(groups.map((g) => g.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(groups.every((g) => g.features.length === 2 && g.year === 2024)).toBe(true);
    expect(groups[0]!.features.map((f) => f.number)).toEqual([1, 2]);
  });
  test('a month across two years stays apart', () => {
    const groups = groupByMonth([feature(1, '2025-01-08'), feature(2, '2024-01-10')]);
    expect(groups.map((g) => `${g.month}/${g.year}`)).toEqual(['1/2024', '1/2025']);
  });
});

describe('progress toward the plan target', () => {
  test('illustrative rows never count as aired', () => {
    expect(scheduleProgress([year2024], 2024, '2026-11-27')).toEqual({ scheduled: 24, illustrative: 24, confirmedAired: 0 });
    expect(tvProgressLine([year2024], 2024, '2026-11-27')?.text).toBe(
      '24 chuyên đề đã lên lịch (minh họa), 0 đã phát sóng được xác nhận',
    );
  });
  test('a sourced feature whose day is past counts', () => {
    const features = year2024.features.map((f) =>
      f.number <= 2 ? { ...f, sample: false, source: 'https://example.org/chuyen-de' } : f,
    );
    const progress = scheduleProgress([{ year: 2024, features }], 2024, '2024-01-20');
    expect(progress).toEqual({ scheduled: 24, illustrative: 22, confirmedAired: 1 });
    expect(tvProgressLine([{ year: 2024, features }], 2024, '2024-01-20')?.text).toBe(
      '24 chuyên đề đã lên lịch (22 minh họa), 1 đã phát sóng được xác nhận',
    );
  });
  test('another year has no line', () => {
    expect(tvProgressLine([year2024], 2025, '2025-01-01')).toBeUndefined();
  });
});

describe('checks', () => {
  test('the example schedule passes', () => {
    expect(checkScheduleFile(year2024, '2024')).toEqual([]);
    expect(checkCollisions([{ file: 'content/tv/2024.yaml', data: year2024 }])).toEqual([]);
    expect(checkRelated(year2024, () => true)).toEqual([]);
  });

  test('a number used twice names the second row', () => {
    const features = [...year2024.features];
    features[5] = { ...features[5]!, number: 3 };
    const problems = checkScheduleFile({ ...year2024, features }, '2024');
    expect(problems.map((p) => p.field)).toEqual(['features.5.number']);
    expect(problems[0]!.message).toMatch(/số 3 đã dùng cho chuyên đề thứ 3/);
  });

  test('a channel not in the list, a date in another year, a real row without source, a misnamed file', () => {
    const features = [...year2024.features];
    features[0] = { ...features[0]!, channel: 'Đài Đồng Nai' };
    features[1] = { ...features[1]!, date: '2025-01-24' };
    features[2] = { ...features[2]!, sample: false };
    const fields = checkScheduleFile({ ...year2024, features }, '2023').map((p) => p.field);
    expect(fields).toEqual(['year', 'features.0.channel', 'features.1.date', 'features.2.source']);
  });

  test('overlapping features on one channel, also across files; other channels do not clash', () => {
    const a: Schedule = { ...year2024, features: [feature(1, '2024-03-13', '20:00'), feature(2, '2024-03-13', '20:10')] };
    expect(checkCollisions([{ file: 'a.yaml', data: a }])).toEqual([
      { file: 'a.yaml', problems: [{ field: 'features.1.time', message: expect.stringMatching(/số 2 .*trùng giờ với chuyên đề số 1/) }] },
    ]);
    const back2back: Schedule = { ...year2024, features: [feature(1, '2024-03-13', '20:00'), feature(2, '2024-03-13', '20:15')] };
    expect(checkCollisions([{ file: 'a.yaml', data: back2back }])).toEqual([]);
    const other: Schedule = { ...a, features: [a.features[0]!, { ...a.features[1]!, channel: 'Kênh khác' }] };
    expect(checkCollisions([{ file: 'a.yaml', data: other }])).toEqual([]);
    const b: Schedule = { ...year2024, features: [feature(5, '2024-03-13', '20:05')] };
    const found = checkCollisions([{ file: 'a.yaml', data: back2back }, { file: 'b.yaml', data: b }]);
    expect(found.map((f) => f.file)).toEqual(['b.yaml', 'a.yaml']);
    expect(found[0]!.problems[0]!.message).toContain('(tệp a.yaml)');
  });

  test('a related item that does not exist names the field', () => {
    const features = [{ ...year2024.features[0]!, related: [{ kind: 'plan' as const, id: '2024' }, { kind: 'product' as const, id: 'khong-co' }] }];
    const problems = checkRelated({ ...year2024, features }, (ref) => ref.kind === 'plan');
    expect(problems).toEqual([{ field: 'features.0.related.1.id', message: expect.stringMatching(/không có sản phẩm "khong-co"/) }]);
  });
});

describe('calendar event and JSON-LD', () => {
  const site = new URL('https://example.gov.vn');
  const f = feature(7, '2024-04-10');

  test('the event parses in ical.js with its UID, local times and page address', () => {
    const ics = formatCalendar({ prodId: '-//t//t//VI', name: 'x', zone: CALENDAR_ZONE, events: [featureEvent(2024, f, site, CHANNEL)] });
    const root = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('tv-2024-07@example.gov.vn');
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-04-10T13:00:00.000Z');
    expect(event.summary).toBe('Chuyên đề khuyến công số 7: Chuyên đề 7 (minh họa)');
    expect(event.description).toMatch(/^Nội dung minh họa/);
    expect(event.component.getFirstPropertyValue('url')).toBe('https://example.gov.vn/truyen-hinh/#chuyen-de-2024-07');
  });
});
