// The iCalendar writer: escaping, folding, line ends, time zone, and a round
// trip through a real parser (ical.js, the parser Thunderbird uses).
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
  escapeText,
  foldLine,
  formatCalendar,
  localDateTime,
  utcDateTime,
  VIETNAM_TIME,
  type Calendar,
} from '../../src/lib/ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

const longVietnamese =
  'Chuyên đề giới thiệu cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến; ' +
  'khởi sự doanh nghiệp, bình chọn sản phẩm tiêu biểu, hội chợ triển lãm: “Đồng Nai, ngày 10/1/2024”.\n' +
  'Dòng thứ hai có dấu \\ gạch chéo ngược.';

const calendar: Calendar = {
  prodId: '-//Khuyen cong Dong Nai//Lich phat song//VI',
  name: 'Chuyên đề khuyến công, Đồng Nai',
  description: 'Lịch phát sóng',
  zone: VIETNAM_TIME,
  events: [
    {
      uid: 'tv-2024-01@example.gov.vn',
      stamp: new Date(Date.UTC(2024, 0, 1)),
      start: { date: '2024-01-10', time: '20:00' },
      durationMinutes: 15,
      summary: 'Máy móc mới, năng suất mới; số 1',
      description: longVietnamese,
      location: 'Đài Phát thanh – Truyền hình Đồng Nai',
      url: 'https://example.gov.vn/truyen-hinh/#chuyen-de-2024-01',
    },
    {
      uid: 'tv-2024-02@example.gov.vn',
      stamp: new Date(Date.UTC(2024, 0, 1)),
      start: { date: '2024-12-31', time: '23:50' },
      durationMinutes: 15,
      summary: 'Qua giao thừa',
    },
  ],
};

describe('escapeText', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['Đồng Nai: 20:00', 'Đồng Nai: 20:00'],
  ])('%j → %j', (input, output) => expect(escapeText(input)).toBe(output));

  test('turns decomposed Vietnamese into NFC', () => {
    expect(escapeText('Đồng'.normalize('NFD'))).toBe('Đồng'.normalize('NFC'));
  });
});

describe('foldLine', () => {
  test('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:ngắn')).toBe('SUMMARY:ngắn');
  });

  test('no physical line is longer than 75 octets, and no character is split', () => {
    const line = `DESCRIPTION:${escapeText(longVietnamese.repeat(3))}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toContain('\uFFFD');
    }
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    // Unfolding (remove CRLF + one space) gives back the line exactly.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  test('a line of 3-octet letters breaks before a letter, not inside it', () => {
    const line = `X:${'ệ'.repeat(40)}`; // 2 + 120 octets
    const [first, second] = foldLine(line).split('\r\n');
    expect(octets(first!)).toBe(74); // 2 + 24 × 3; one more ệ would make 77
    expect(second).toBe(` ${'ệ'.repeat(16)}`);
  });
});

describe('date-times', () => {
  test('local times, with minutes added across midnight and the new year', () => {
    expect(localDateTime({ date: '2024-01-10', time: '20:00' })).toBe('20240110T200000');
    expect(localDateTime({ date: '2024-12-31', time: '23:50' }, 15)).toBe('20250101T000500');
    expect(localDateTime({ date: '2024-02-28', time: '23:30' }, 60)).toBe('20240229T003000');
  });
  test('UTC stamps', () => {
    expect(utcDateTime(new Date(Date.UTC(2024, 0, 1, 7, 5, 9)))).toBe('20240101T070509Z');
  });
});

describe('formatCalendar', () => {
  const ics = formatCalendar(calendar);

  test('every line ends with CRLF, none longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  test('has a VTIMEZONE for Asia/Ho_Chi_Minh, UTC+7 without daylight saving', () => {
    expect(ics).toContain(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Ho_Chi_Minh',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0700',
        'TZOFFSETTO:+0700',
        'TZNAME:ICT',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
    );
    expect(ics).not.toContain('DAYLIGHT');
  });

  test('the same input gives the same bytes (no wall clock inside)', () => {
    expect(formatCalendar(calendar)).toBe(ics);
  });

  describe('read back by ical.js', () => {
    const root = new ICAL.Component(ICAL.parse(ics));
    const zone = root.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

    test('parses, with every event', () => {
      expect(root.getFirstPropertyValue('version')).toBe('2.0');
      expect(events.map((e) => e.uid)).toEqual(['tv-2024-01@example.gov.vn', 'tv-2024-02@example.gov.vn']);
    });

    test('start and end are Việt Nam times (TZID), 13:00 and 13:15 UTC', () => {
      const [first, second] = events;
      expect(first!.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
      expect(first!.endDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
      expect(first!.startDate.toString()).toBe('2024-01-10T20:00:00');
      expect(first!.endDate.toString()).toBe('2024-01-10T20:15:00');
      expect(first!.startDate.toJSDate().toISOString()).toBe('2024-01-10T13:00:00.000Z');
      expect(first!.endDate.toJSDate().toISOString()).toBe('2024-01-10T13:15:00.000Z');
      expect(second!.endDate.toString()).toBe('2025-01-01T00:05:00');
    });

    test('folded, escaped Vietnamese text comes back exactly', () => {
      const [first] = events;
      expect(first!.summary).toBe('Máy móc mới, năng suất mới; số 1');
      expect(first!.description).toBe(longVietnamese);
      expect(first!.location).toBe('Đài Phát thanh – Truyền hình Đồng Nai');
      expect(first!.component.getFirstPropertyValue('url')).toBe('https://example.gov.vn/truyen-hinh/#chuyen-de-2024-01');
      // X- properties are unknown to the parser, so it hands back the escaped text.
      expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Chuyên đề khuyến công\\, Đồng Nai');
    });

    test('DTSTAMP is the given UTC instant', () => {
      const stamp = events[0]!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toJSDate().toISOString()).toBe('2024-01-01T00:00:00.000Z');
    });
  });
});
