// The year's khuyến công events (fairs, workshops, training, judging, study
// visits): what /su-kien/, its calendar feed and the plan's progress show,
// derived from content/events/<year>.yaml, and the checks that stop the build
// on a mistake. Pure TypeScript, no Astro imports.
import { listOf, type FieldProblem } from '../../lib/content-errors.ts';
import { EVENT_KINDS, type EventYear, type KhuyenCongEvent } from '../../schemas/events.ts';
import { formatDateShort, formatWeekday } from '../../lib/format.ts';
import { VIETNAM_TIME, localDateTime, type CalendarEvent, type EventTime } from '../../lib/ical.ts';

export const EVENTS_PATH = '/su-kien/';
export const EVENTS_CALENDAR_PATH = '/su-kien/lich.ics';

/** "su-kien-2024-hoi-cho-1": the event's anchor on /su-kien/. */
export function eventAnchor(year: number, id: string): string {
  return `su-kien-${year}-${id}`;
}

/** "su-kien-2024-hoi-cho-1@example.gov.vn": the calendar UID, the same in every build. */
export function eventUid(year: number, id: string, host: string): string {
  return `su-kien-${year}-${id}@${host}`;
}

/** The last day of an event (its only day when it has no `end`). */
export const lastDay = (e: Pick<KhuyenCongEvent, 'date' | 'end'>) => e.end ?? e.date;

/**
 * Whether an event is over on `today` ("YYYY-MM-DD", the build date). An event
 * still running on the build day counts as coming: the site is built once a day.
 */
export function isPast(e: Pick<KhuyenCongEvent, 'date' | 'end'>, today: string): boolean {
  return lastDay(e) < today;
}

export function byDate<T extends Pick<KhuyenCongEvent, 'date' | 'time' | 'id'>>(a: T, b: T): number {
  return a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.id.localeCompare(b.id);
}

/** Coming events soonest first; past events most recent first. */
export function splitEvents<T extends KhuyenCongEvent>(events: readonly T[], today: string): { upcoming: T[]; past: T[] } {
  const sorted = [...events].sort(byDate);
  return {
    upcoming: sorted.filter((e) => !isPast(e, today)),
    past: sorted.filter((e) => isPast(e, today)).reverse(),
  };
}

/** "Thứ Ba, 05/3/2024, 08:00–11:00" or "05/3/2024 – 08/3/2024". */
export function eventWhen(e: Pick<KhuyenCongEvent, 'date' | 'end' | 'time' | 'duration'>): string {
  if (e.end && e.end !== e.date) return `${formatDateShort(e.date)} – ${formatDateShort(e.end)}`;
  const day = `${formatWeekday(e.date)}, ${formatDateShort(e.date)}`;
  if (!e.time) return day;
  const end = localDateTime({ date: e.date, time: e.time }, e.duration ?? 0);
  return e.duration ? `${day}, ${e.time}–${end.slice(9, 11)}:${end.slice(11, 13)}` : `${day}, ${e.time}`;
}

/** "2024-03-05T08:00:00+07:00", or "2024-03-05" for a whole-day event. */
export function eventStartIso(e: Pick<KhuyenCongEvent, 'date' | 'time'>, minutes = 0): string {
  if (!e.time) return e.date;
  const x = localDateTime({ date: e.date, time: e.time }, minutes);
  return `${x.slice(0, 4)}-${x.slice(4, 6)}-${x.slice(6, 8)}T${x.slice(9, 11)}:${x.slice(11, 13)}:00+07:00`;
}

/**
 * Events held (not illustrative, over by `today`) that count toward each plan
 * target of `year`, by target id. Illustrative events never count.
 */
export function heldByTarget(years: readonly EventYear[], year: number, today: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of years.filter((y) => y.year === year).flatMap((y) => y.events)) {
    if (e.target && !e.sample && isPast(e, today)) counts[e.target] = (counts[e.target] ?? 0) + 1;
  }
  return counts;
}

/** The calendar event of one khuyến công event (timed, or whole days). */
export function calendarEvent(year: number, e: KhuyenCongEvent, site: URL, policyTitle: string | undefined): CalendarEvent {
  const url = new URL(`${EVENTS_PATH}#${eventAnchor(year, e.id)}`, site).href;
  const when: EventTime =
    e.time && (!e.end || e.end === e.date)
      ? { start: { date: e.date, time: e.time }, durationMinutes: e.duration ?? 60 }
      : { allDay: { first: e.date, last: lastDay(e) } };
  const description = [
    e.sample ? 'Nội dung minh họa (ngày, địa điểm là giả định, không phải lịch thật).' : '',
    e.summary,
    e.audience ? `Đối tượng: ${e.audience}` : '',
    e.register ? `Đăng ký: ${e.register}` : '',
    policyTitle ? `Chính sách: ${policyTitle}` : '',
    `Xem thêm: ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    ...when,
    uid: eventUid(year, e.id, site.hostname),
    // From the content (1 January of the events' year), not the clock: the same
    // content gives the same bytes, as the TV feed does (src/features/tv/schedule.ts).
    stamp: new Date(Date.UTC(year, 0, 1)),
    summary: `${e.title}${e.sample ? ' (minh họa)' : ''}`,
    description,
    location: e.place,
    url,
    categories: ['Khuyến công', EVENT_KINDS[e.kind]],
  };
}

export const EVENTS_ZONE = VIETNAM_TIME;

// ---- Checks (the build stops on any of these, naming file and field) ----

export interface EventLinks {
  /** The policies that exist (content/policies/<slug>.yaml). */
  policies: readonly string[];
  /** The target ids of the plan of the file's year; null when there is no plan for it, undefined when it cannot be read. */
  targets: readonly string[] | null | undefined;
}

/** Checks within one events file: its year, ids, dates, links to policies and targets, honesty. */
export function checkEventsFile(data: EventYear, fileId: string, links: EventLinks): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fileId !== String(data.year))
    problems.push({ field: 'year', message: `tệp tên "${fileId}" nhưng ghi năm ${data.year}; tên tệp phải là năm: ${data.year}.yaml` });
  const seen = new Map<string, number>();
  data.events.forEach((e, i) => {
    const at = (field: string) => `events.${i}.${field}`;
    const first = seen.get(e.id);
    if (first !== undefined)
      problems.push({ field: at('id'), message: `mã "${e.id}" đã dùng cho sự kiện thứ ${first + 1} trong tệp; mỗi sự kiện cần một mã riêng` });
    else seen.set(e.id, i);
    if (!e.date.startsWith(`${data.year}-`))
      problems.push({ field: at('date'), message: `ngày "${e.date}" không thuộc năm ${data.year} của tệp này; chuyển sự kiện sang tệp của năm đó` });
    if (e.end && e.end < e.date)
      problems.push({ field: at('end'), message: `ngày kết thúc "${e.end}" ở trước ngày bắt đầu "${e.date}"` });
    if (e.time && !e.duration)
      problems.push({ field: at('duration'), message: 'có giờ bắt đầu ("time") thì cần thời lượng ("duration", số phút), ví dụ 180' });
    if (e.duration && !e.time)
      problems.push({ field: at('time'), message: 'có thời lượng ("duration") thì cần giờ bắt đầu ("time"), ví dụ "08:00"' });
    if (!links.policies.includes(e.policy))
      problems.push({
        field: at('policy'),
        message: `không có chính sách "${e.policy}" (cần tệp content/policies/${e.policy}.yaml); các chính sách hiện có: ${listOf(links.policies) || '(chưa có)'}`,
      });
    if (e.target && links.targets === null)
      problems.push({ field: at('target'), message: `chưa có kế hoạch năm ${data.year} (content/plans/${data.year}.md) để tính chỉ tiêu "${e.target}"` });
    else if (e.target && links.targets && !links.targets.includes(e.target))
      problems.push({
        field: at('target'),
        message: `kế hoạch năm ${data.year} không có chỉ tiêu "${e.target}"; các mã chỉ tiêu: ${listOf(links.targets)}`,
      });
    if (!e.sample && !e.source)
      problems.push({
        field: at('source'),
        message: 'sự kiện thật cần địa chỉ nguồn công khai ("source"); nếu ngày, địa điểm là giả định, ghi "sample: true"',
      });
  });
  return problems;
}
