// The khuyến công TV feature schedule: what the pages, the calendar feed and
// the plan's progress show, derived from content/tv/<year>.yaml, and the
// checks that stop the build on a mistake. Pure TypeScript, no Astro imports.
import type { FieldProblem } from '../../lib/content-errors.ts';
import { formatDateShort, formatWeekday, parseClock } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';
import { VIETNAM_TIME, localDateTime, type CalendarEvent } from '../../lib/ical.ts';
import { contentHref } from '../site/links.ts';
import type { Feature, RelatedRef, Schedule } from '../../schemas/tv.ts';

/** The plan target that counts TV features (content/plans/<year>.md, targets). */
export const TV_TARGET_ID = 'chuyen-de-truyen-hinh';

export const TV_PATH = '/truyen-hinh/';
export const CALENDAR_PATH = '/truyen-hinh/lich.ics';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "chuyen-de-2024-07": the feature's anchor on /truyen-hinh/, stable across builds. */
export function featureAnchor(year: number, number: number): string {
  return `chuyen-de-${year}-${pad2(number)}`;
}

/** "tv-2024-07@example.gov.vn": the calendar UID, the same in every build. */
export function featureUid(year: number, number: number, host: string): string {
  return `tv-${year}-${pad2(number)}@${host}`;
}

/** "20:15": when the feature ends (same day or, past midnight, the next). */
export function endClock(f: Pick<Feature, 'date' | 'time' | 'duration'>): string {
  const end = localDateTime(f, f.duration); // "20240110T201500"
  return `${end.slice(9, 11)}:${end.slice(11, 13)}`;
}

/** "2024-01-10T20:00:00+07:00" (start, or end with `minutes` added): ISO 8601 with Việt Nam's offset. */
export function isoInstant(f: Pick<Feature, 'date' | 'time'>, minutes = 0): string {
  const x = localDateTime(f, minutes);
  return `${x.slice(0, 4)}-${x.slice(4, 6)}-${x.slice(6, 8)}T${x.slice(9, 11)}:${x.slice(11, 13)}:00+07:00`;
}

/** Minutes since 1970 on Việt Nam's wall clock, to compare and overlap features. */
function minutesOf(f: Pick<Feature, 'date' | 'time'>): number {
  const [y, m, d] = f.date.split('-').map(Number);
  const clock = parseClock(f.time)!;
  return Date.UTC(y!, m! - 1, d!, clock.hour, clock.minute) / 60_000;
}

/** "Thứ Tư, 10/01/2024, 20:00–20:15" */
export function featureWhen(f: Pick<Feature, 'date' | 'time' | 'duration'>): string {
  return `${formatWeekday(f.date)}, ${formatDateShort(f.date)}, ${f.time}–${endClock(f)}`;
}

export function byAirTime<T extends Pick<Feature, 'date' | 'time' | 'number'>>(a: T, b: T): number {
  return minutesOf(a) - minutesOf(b) || a.number - b.number;
}

/**
 * Whether a feature is in the past on `today` ("YYYY-MM-DD", the build date).
 * A feature airing on the build day still counts as coming: the site is built
 * once a day and cannot know the hour it is read.
 */
export function hasAired(f: Pick<Feature, 'date'>, today: string): boolean {
  return f.date < today;
}

export interface MonthGroup<T> {
  year: number;
  month: number;
  features: T[];
}

/** Features by month (in air-time order), months in calendar order. */
export function groupByMonth<T extends Pick<Feature, 'date' | 'time' | 'number'>>(features: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const f of [...features].sort(byAirTime)) {
    const [year, month] = f.date.split('-').map(Number) as [number, number];
    const last = groups.at(-1);
    if (last && last.year === year && last.month === month) last.features.push(f);
    else groups.push({ year, month, features: [f] });
  }
  return groups;
}

export interface Split<T> {
  aired: T[];
  upcoming: T[];
  /** The first feature still to come, if any. */
  next: T | undefined;
}

export function splitByDate<T extends Pick<Feature, 'date' | 'time' | 'number'>>(features: readonly T[], today: string): Split<T> {
  const sorted = [...features].sort(byAirTime);
  const aired = sorted.filter((f) => hasAired(f, today));
  const upcoming = sorted.filter((f) => !hasAired(f, today));
  return { aired, upcoming, next: upcoming[0] };
}

export interface Progress {
  /** Features in the year's schedule. */
  scheduled: number;
  /** How many of them are illustrative (sample: true). */
  illustrative: number;
  /** Features that are not illustrative and whose day is past: only these count as aired. */
  confirmedAired: number;
}

/** Progress toward the plan's TV target of `year`, counted from the schedule files. */
export function scheduleProgress(schedules: readonly Pick<Schedule, 'year' | 'features'>[], year: number, today: string): Progress {
  const features = schedules.filter((s) => s.year === year).flatMap((s) => s.features);
  return {
    scheduled: features.length,
    illustrative: features.filter((f) => f.sample).length,
    confirmedAired: features.filter((f) => !f.sample && hasAired(f, today)).length,
  };
}

/**
 * "24 chuyên đề đã lên lịch (minh họa), 0 đã phát sóng được xác nhận", with a
 * link to the schedule; undefined when the year has no schedule file.
 */
export function tvProgressLine(
  schedules: readonly Pick<Schedule, 'year' | 'features'>[],
  year: number,
  today: string,
): { text: string; href: string; link: string } | undefined {
  const p = scheduleProgress(schedules, year, today);
  if (p.scheduled === 0) return undefined;
  const sample =
    p.illustrative === 0 ? '' : p.illustrative === p.scheduled ? t('tv.progressAllSample') : t('tv.progressSomeSample', { count: p.illustrative });
  return {
    text: t('tv.progress', { scheduled: p.scheduled, sample, aired: p.confirmedAired }),
    href: `${TV_PATH}#nam-${year}`,
    link: t('tv.progressLink'),
  };
}

/** Where a related item's page is. */
export function relatedHref(ref: RelatedRef): string {
  return contentHref(ref.kind, ref.id);
}

/** The calendar event of one feature. */
export function featureEvent(
  year: number,
  f: Feature,
  site: URL,
  channelLabel: string,
): CalendarEvent {
  const url = new URL(`${TV_PATH}#${featureAnchor(year, f.number)}`, site).href;
  const description = [
    f.sample ? 'Nội dung minh họa (không phải lịch phát sóng thật).' : '',
    f.summary,
    `Chủ đề: ${f.topic}.`,
    `Kênh: ${channelLabel}.`,
    `Xem thêm: ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    uid: featureUid(year, f.number, site.hostname),
    // DTSTAMP is required. It is taken from the content (1 January, 00:00 UTC,
    // of the schedule's year), not from the wall clock, so that building the
    // same content twice gives the same bytes: the feed is reproducible and
    // testable, and a subscribed calendar sees no change when nothing changed.
    // Clients re-read a subscribed feed whole, so they do not rely on it.
    stamp: new Date(Date.UTC(year, 0, 1)),
    start: { date: f.date, time: f.time },
    durationMinutes: f.duration,
    summary: `Chuyên đề khuyến công số ${f.number}: ${f.title}${f.sample ? ' (minh họa)' : ''}`,
    description,
    location: channelLabel,
    url,
    categories: ['Khuyến công'],
  };
}

export const CALENDAR_ZONE = VIETNAM_TIME;

// ---- Checks (the build stops on any of these, naming file and field) ----

/** Checks within one schedule file: numbers, channels, the year, and honesty. */
export function checkScheduleFile(data: Schedule, fileId: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fileId !== String(data.year))
    problems.push({ field: 'year', message: `tệp tên "${fileId}" nhưng ghi năm ${data.year}; tên tệp phải là năm: ${data.year}.yaml` });
  const channels = new Set(data.channels.map((c) => c.name));
  const numbers = new Map<number, number>();
  data.features.forEach((f, i) => {
    const first = numbers.get(f.number);
    if (first !== undefined)
      problems.push({
        field: `features.${i}.number`,
        message: `số ${f.number} đã dùng cho chuyên đề thứ ${first + 1} trong tệp ("${data.features[first]!.title}"); mỗi chuyên đề một số riêng`,
      });
    else numbers.set(f.number, i);
    if (!channels.has(f.channel))
      problems.push({
        field: `features.${i}.channel`,
        message: `kênh "${f.channel}" không có trong danh sách "channels" ở đầu tệp; chép đúng tên kênh: ${[...channels].map((c) => `"${c}"`).join(', ')}`,
      });
    if (!f.date.startsWith(`${data.year}-`))
      problems.push({ field: `features.${i}.date`, message: `ngày "${f.date}" không thuộc năm ${data.year} của tệp này` });
    if (!f.sample && !f.source)
      problems.push({
        field: `features.${i}.source`,
        message: 'chuyên đề thật cần địa chỉ nguồn công khai ("source"); nếu là nội dung minh họa, ghi "sample: true"',
      });
  });
  return problems;
}

export interface ScheduleFile {
  file: string;
  data: Schedule;
}

/** Two features at overlapping times on the same channel, in any files. */
export function checkCollisions(files: readonly ScheduleFile[]): { file: string; problems: FieldProblem[] }[] {
  const all = files.flatMap(({ file, data }) => data.features.map((f, i) => ({ file, f, i })));
  all.sort((a, b) => byAirTime(a.f, b.f));
  const found = new Map<string, FieldProblem[]>();
  all.forEach((later, k) => {
    for (const earlier of all.slice(0, k)) {
      if (earlier.f.channel !== later.f.channel) continue;
      if (minutesOf(earlier.f) + earlier.f.duration <= minutesOf(later.f)) continue;
      const where = earlier.file === later.file ? '' : ` (tệp ${earlier.file})`;
      const problems = found.get(later.file) ?? [];
      problems.push({
        field: `features.${later.i}.time`,
        message:
          `chuyên đề số ${later.f.number} (${featureWhen(later.f)}) trùng giờ với chuyên đề số ${earlier.f.number}` +
          ` (${featureWhen(earlier.f)})${where} trên cùng kênh "${later.f.channel}"; đổi ngày hoặc giờ của một trong hai`,
      });
      found.set(later.file, problems);
    }
  });
  return [...found].map(([file, problems]) => ({ file, problems }));
}

const KIND_NAMES: Record<RelatedRef['kind'], string> = {
  plan: 'kế hoạch',
  product: 'sản phẩm',
  bulletin: 'bản tin',
};

const KIND_PLACES: Record<RelatedRef['kind'], string> = {
  plan: 'content/plans/<năm>.md',
  product: 'content/products/<mã>/',
  bulletin: 'content/bulletins/<năm>/<mã>.md',
};

/**
 * Related links that point at nothing: `exists` says whether a plan, product or
 * bulletin is there (true, false), or why it cannot be linked to (a draft bulletin).
 */
export function checkRelated(data: Schedule, exists: (ref: RelatedRef) => boolean | string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  data.features.forEach((f, i) =>
    f.related.forEach((ref, j) => {
      const found = exists(ref);
      if (found !== true)
        problems.push({
          field: `features.${i}.related.${j}.id`,
          message: found || `không có ${KIND_NAMES[ref.kind]} "${ref.id}" (tìm ở ${KIND_PLACES[ref.kind]}); kiểm tra lại mã, hoặc xóa liên kết này`,
        });
    }),
  );
  return problems;
}

/**
 * The related links a feature shows: a bulletin only once it is published
 * (`published` holds the address names of published issues). A link to a
 * bulletin scheduled for later appears from its date on, with the daily rebuild.
 */
export function shownRelated(related: readonly RelatedRef[], published: ReadonlySet<string>): RelatedRef[] {
  return related.filter((ref) => ref.kind !== 'bulletin' || published.has(ref.id));
}
