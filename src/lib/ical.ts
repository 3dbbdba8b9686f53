// A small iCalendar (RFC 5545) writer: a calendar of events at local times in
// a fixed-offset time zone. Generic: the TV schedule uses it, and so can any
// later list of dated events. Pure TypeScript, no Astro imports.

/** A wall-clock time in the calendar's time zone: "2024-01-10" + "20:00". */
export interface LocalDateTime {
  date: string;
  time: string;
}

/** A whole-day event (a fair, a visit): from `first` to `last` day, both included. */
export interface AllDay {
  first: string;
  last: string;
}

/** When an event happens: at a local time for some minutes, or on whole days. */
export type EventTime =
  | { start: LocalDateTime; /** Length in minutes; DTEND is computed from it. */ durationMinutes: number; allDay?: undefined }
  | { allDay: AllDay; start?: undefined; durationMinutes?: undefined };

export type CalendarEvent = EventTime & {
  /** Globally unique and stable across builds, e.g. "tv-2024-07@example.gov.vn". */
  uid: string;
  /** When this event's data was last changed, in UTC (see `stamp` below). */
  stamp: Date;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  /** An absolute address where the event is described. */
  url?: string | undefined;
  categories?: readonly string[] | undefined;
};

/** A time zone without daylight saving: one STANDARD rule with a fixed offset. */
export interface FixedZone {
  tzid: string;
  /** "+0700" */
  offset: string;
  /** Abbreviation shown by some clients, e.g. "ICT". */
  name: string;
}

/** Việt Nam: UTC+7 all year, no daylight saving since 1975. */
export const VIETNAM_TIME: FixedZone = { tzid: 'Asia/Ho_Chi_Minh', offset: '+0700', name: 'ICT' };

export interface Calendar {
  /** PRODID: who made the file, "-//Org//Product//VI". */
  prodId: string;
  /** Shown as the calendar's name when subscribed (X-WR-CALNAME). */
  name: string;
  description?: string | undefined;
  zone: FixedZone;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line so that no physical line is longer than 75 octets
 * (RFC 5545 §3.1), continuing with CRLF + one space. Breaks only between
 * characters, never inside a UTF-8 sequence, so Vietnamese letters survive.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line may hold 75 octets; continuation lines begin with a space.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{2}):(\d{2})$/;

/** "2024-01-10" + "20:00" (+ minutes) → "20240110T200000", as a local DATE-TIME. */
export function localDateTime(at: LocalDateTime, plusMinutes = 0): string {
  const d = LOCAL.exec(at.date);
  const t = CLOCK.exec(at.time);
  if (!d || !t) throw new RangeError(`Ngày giờ không hợp lệ: "${at.date} ${at.time}"`);
  // Plain arithmetic on the wall clock is exact in a zone without daylight saving.
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]) + plusMinutes);
  const x = new Date(ms);
  return `${x.getUTCFullYear()}${pad2(x.getUTCMonth() + 1)}${pad2(x.getUTCDate())}T${pad2(x.getUTCHours())}${pad2(x.getUTCMinutes())}00`;
}

/** "2024-03-05" (+ days) → "20240305", a DATE value. */
export function dateValue(date: string, plusDays = 0): string {
  return localDateTime({ date, time: '00:00' }, plusDays * 24 * 60).slice(0, 8);
}

/** A UTC DATE-TIME: "20240101T000000Z". */
export function utcDateTime(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function timezone(zone: FixedZone): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone.tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${zone.offset}`,
    `TZOFFSETTO:${zone.offset}`,
    `TZNAME:${zone.name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function event(e: CalendarEvent, zone: FixedZone): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcDateTime(e.stamp)}`,
    // A whole-day event ends (DTEND, exclusive) the day after its last day (RFC 5545 §3.6.1).
    ...(e.allDay
      ? [`DTSTART;VALUE=DATE:${dateValue(e.allDay.first)}`, `DTEND;VALUE=DATE:${dateValue(e.allDay.last, 1)}`]
      : [`DTSTART;TZID=${zone.tzid}:${localDateTime(e.start)}`, `DTEND;TZID=${zone.tzid}:${localDateTime(e.start, e.durationMinutes)}`]),
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  // A URI value is not TEXT: it is written as it is, not escaped.
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The whole calendar as an iCalendar file: CRLF line ends, folded lines. */
export function formatCalendar(cal: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${cal.zone.tzid}`,
    ...(cal.description ? [`X-WR-CALDESC:${escapeText(cal.description)}`] : []),
    // Ask subscribing clients to look for changes once a day.
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...timezone(cal.zone),
    ...cal.events.flatMap((e) => event(e, cal.zone)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
