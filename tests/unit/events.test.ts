// The year's events (src/features/events/events.ts): upcoming and past, dates in words,
// what counts toward a target, the calendar events and the file checks.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarEvent, checkEventsFile, eventWhen, EVENTS_ZONE, heldByTarget, isPast, splitEvents } from '../../src/features/events/events.ts';
import type { KhuyenCongEvent } from '../../src/schemas/events.ts';
import { formatCalendar } from '../../src/lib/ical.ts';

const ev = (id: string, date: string, extra: Partial<KhuyenCongEvent> = {}): KhuyenCongEvent => ({
  id,
  title: `Sự kiện ${id}`,
  kind: 'hoi-cho',
  date,
  policy: 'thue-gian-hang-hoi-cho',
  summary: 'Tóm tắt.',
  sample: true,
  ...extra,
});
const site = new URL('https://kc.example.gov.vn/');

describe('upcoming and past', () => {
  test('an event running on the build day is still coming; the day after its last day it is past', () => {
    const fair = ev('a', '2024-08-22', { end: '2024-08-25' });
    expect(isPast(fair, '2024-08-25')).toBe(false);
    expect(isPast(fair, '2024-08-26')).toBe(true);
  });

  test('coming soonest first, past most recent first', () => {
    const { upcoming, past } = splitEvents([ev('c', '2024-11-01'), ev('a', '2024-06-01'), ev('b', '2024-08-01'), ev('d', '2024-12-01')], '2024-09-01');
    expect(upcoming.map((e) => e.id)).toEqual(['c', 'd']);
    expect(past.map((e) => e.id)).toEqual(['b', 'a']);
  });

  test('illustrative events never count toward a target, nor events still to come', () => {
    const year = {
      year: 2024,
      events: [
        ev('a', '2024-06-01', { target: 'hoi-cho-gian-hang-chung', sample: false, source: 'https://x.org' }),
        ev('b', '2024-07-01', { target: 'hoi-cho-gian-hang-chung' }),
        ev('c', '2024-12-01', { target: 'hoi-cho-gian-hang-chung', sample: false, source: 'https://x.org' }),
      ],
    };
    expect(heldByTarget([year], 2024, '2024-09-01')).toEqual({ 'hoi-cho-gian-hang-chung': 1 });
    expect(heldByTarget([year], 2025, '2025-09-01')).toEqual({});
  });
});

describe('dates in words', () => {
  test.each([
    [ev('a', '2024-08-22', { end: '2024-08-25' }), '22/8/2024 – 25/8/2024'],
    [ev('a', '2024-08-06', { time: '08:00', duration: 180 }), 'Thứ Ba, 06/8/2024, 08:00–11:00'],
    [ev('a', '2024-12-03'), 'Thứ Ba, 03/12/2024'],
  ])('%#', (e, text) => expect(eventWhen(e)).toBe(text));
});

describe('calendar events (the TV feed\'s writer, src/lib/ical.ts)', () => {
  const events = [
    calendarEvent(2024, ev('hoi-cho-1', '2024-08-22', { end: '2024-08-25', place: 'Biên Hòa' }), site, 'Hỗ trợ thuê gian hàng'),
    calendarEvent(2024, ev('hoi-thao-1', '2024-08-06', { time: '08:00', duration: 180, kind: 'hoi-thao' }), site, undefined),
  ];
  const ics = formatCalendar({ prodId: '-//t//t//VI', name: 'Sự kiện', zone: EVENTS_ZONE, events });
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
  const parsed = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  test('a fair is a whole-day event ending the day after its last day (DTEND is exclusive)', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20240822\r\nDTEND;VALUE=DATE:20240826');
    expect(parsed[0]!.startDate.isDate).toBe(true);
    expect(parsed[0]!.endDate.toString()).toBe('2024-08-26');
  });

  test('a workshop at a time is in Việt Nam time; UIDs and DTSTAMP come from the content', () => {
    expect(parsed[1]!.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(parsed[1]!.startDate.toJSDate().toISOString()).toBe('2024-08-06T01:00:00.000Z');
    expect(parsed[1]!.endDate.toJSDate().toISOString()).toBe('2024-08-06T04:00:00.000Z');
    expect(parsed.map((e) => e.uid)).toEqual(['su-kien-2024-hoi-cho-1@kc.example.gov.vn', 'su-kien-2024-hoi-thao-1@kc.example.gov.vn']);
    expect(ics).toContain('DTSTAMP:20240101T000000Z');
    expect(parsed[0]!.summary).toBe('Sự kiện hoi-cho-1 (minh họa)');
    expect(parsed[0]!.description).toContain('Chính sách: Hỗ trợ thuê gian hàng');
  });

});

describe('checkEventsFile', () => {
  const links = { policies: ['thue-gian-hang-hoi-cho'], targets: ['hoi-cho-gian-hang-chung'] };
  test('a good file has no problems', () => {
    expect(checkEventsFile({ year: 2024, events: [ev('a', '2024-08-22', { target: 'hoi-cho-gian-hang-chung' })] }, '2024', links)).toEqual([]);
  });
  test('each mistake names its field', () => {
    const problems = checkEventsFile(
      {
        year: 2024,
        events: [
          ev('a', '2024-08-22', { policy: 'khong-co' }),
          ev('a', '2025-01-02', { end: '2025-01-01', target: 'x', time: '08:00' }),
          ev('c', '2024-08-22', { sample: false }),
        ],
      },
      '2024',
      links,
    );
    expect(problems.map((p) => p.field)).toEqual(['events.0.policy', 'events.1.id', 'events.1.date', 'events.1.end', 'events.1.duration', 'events.1.target', 'events.2.source']);
    expect(problems[0]!.message).toBe('không có chính sách "khong-co" (cần tệp content/policies/khong-co.yaml); các chính sách hiện có: "thue-gian-hang-hoi-cho"');
  });
});
