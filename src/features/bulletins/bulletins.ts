// The Bản tin Khuyến công: addresses, order, drafts, numbering, feed dates and
// the checks over the whole collection. Pure functions, unit-tested.
import { paginate as paginateList, pagePath } from '../../lib/pagination.ts';
import type { FieldProblem } from '../../lib/content-errors.ts';
import { parseIsoDate } from '../../lib/format.ts';
import { slugify } from '../../lib/slug.ts';

/** The part of an issue's data these helpers need. */
export interface IssueData {
  number: number;
  date: string;
  draft?: boolean | undefined;
}

/** An issue as the collection holds it: id "2024/ke-hoach-2024", its data, its file. */
export interface IssueLike<D extends IssueData = IssueData> {
  id: string;
  data: D;
  filePath?: string | undefined;
}

/** Issues on one archive page. */
export const ISSUES_PER_PAGE = 20;

/** The issue's address name: its file name without the extension ("ke-hoach-2024"). */
export function issueSlug(idOrPath: string): string {
  const name = idOrPath.split('/').pop() ?? idOrPath;
  return name.replace(/\.(md|mdx)$/, '');
}

/** "/ban-tin/ke-hoach-2024/" */
export function issuePath(idOrPath: string): string {
  return `/ban-tin/${issueSlug(idOrPath)}/`;
}

/** "/ban-tin/" for page 1, "/ban-tin/trang/2/" after it. */
export function archivePagePath(page: number): string {
  return pagePath('/ban-tin/', page);
}

/** The year an issue belongs to (that of its publication date). */
export function issueYear(data: Pick<IssueData, 'date'>): number {
  return Number(data.date.slice(0, 4));
}

/**
 * Whether an issue is published on `today` ("YYYY-MM-DD", the build date): not
 * a draft, and dated today or earlier. An issue dated later is scheduled: it
 * appears from its date on (the site is rebuilt daily).
 */
export function isPublished(data: Pick<IssueData, 'date' | 'draft'>, today: string): boolean {
  return !data.draft && data.date <= today;
}

/**
 * The issues to show on `today`. A build shows the published ones only; a
 * preview (`npm run dev`, `preview` true) shows drafts and scheduled issues too,
 * each with its notice.
 */
export function visibleIssues<T extends IssueLike>(issues: readonly T[], preview: boolean, today: string): T[] {
  return issues.filter((i) => preview || isPublished(i.data, today));
}

/** Issues that are not drafts but dated after `today`, soonest first: the build log lists them. */
export function scheduledIssues<T extends IssueLike>(issues: readonly T[], today: string): T[] {
  return issues.filter((i) => !i.data.draft && i.data.date > today).sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0));
}

/** Newest first: by date, then by number (two issues on one day). */
export function sortNewestFirst<T extends IssueLike>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) =>
    a.data.date === b.data.date ? b.data.number - a.data.number : a.data.date < b.data.date ? 1 : -1,
  );
}

/** Issues of a (newest-first) list grouped by year, newest year first. */
export function groupByYear<T extends IssueLike>(issues: readonly T[]): { year: number; issues: T[] }[] {
  const groups: { year: number; issues: T[] }[] = [];
  for (const issue of issues) {
    const year = issueYear(issue.data);
    const last = groups.at(-1);
    if (last?.year === year) last.issues.push(issue);
    else groups.push({ year, issues: [issue] });
  }
  return groups;
}

/** Splits a newest-first list into archive pages of ISSUES_PER_PAGE; always at least one page. */
export function paginate<T>(items: readonly T[], size = ISSUES_PER_PAGE): T[][] {
  return paginateList(items, size);
}

/** The older and the newer neighbour of an issue in a newest-first list. */
export function neighbours<T extends IssueLike>(newestFirst: readonly T[], id: string): { older?: T; newer?: T } {
  const i = newestFirst.findIndex((x) => x.id === id);
  if (i < 0) return {};
  const older = newestFirst[i + 1];
  const newer = i > 0 ? newestFirst[i - 1] : undefined;
  return { ...(older ? { older } : {}), ...(newer ? { newer } : {}) };
}

/** The next free number in a year, given the numbers already used in it. */
export function nextNumber(used: readonly number[]): number {
  return used.length ? Math.max(...used) + 1 : 1;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2024-12-03" → "Tue, 03 Dec 2024 00:00:00 +0700": the RFC 822 date of the
 * start of that day in Việt Nam, as RSS 2.0 wants it.
 */
export function rfc822(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Ngày không hợp lệ: "${iso}"`);
  const weekday = DAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  return `${weekday}, ${String(d.day).padStart(2, '0')} ${MONTHS[d.month - 1]} ${d.year} 00:00:00 +0700`;
}

/** "2024-12-03" → "2024-12-03T00:00:00+07:00" (JSON-LD dates carry the time zone). */
export function isoDateTimeVietnam(iso: string): string {
  return `${iso}T00:00:00+07:00`;
}


/** Problems of one issue that its schema cannot see: the file's name and folder. */
export function checkIssueFile(file: string, data: Pick<IssueData, 'date'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const parts = file.split(/[\\/]/);
  const name = issueSlug(parts.at(-1) ?? file);
  const folder = parts.at(-2) ?? '';
  if (slugify(name) !== name)
    problems.push({
      field: '(tên tệp)',
      message: `tên tệp "${name}" cần viết chữ thường không dấu, nối bằng dấu gạch ngang (ví dụ "${slugify(name) || 'ban-tin-so-1'}"); tên tệp là địa chỉ trang /ban-tin/<tên>/`,
    });
  if (!/^\d{4}$/.test(folder))
    problems.push({ field: '(thư mục)', message: `tệp phải nằm trong thư mục năm: content/bulletins/<năm>/${name}.md` });
  else if (parseIsoDate(data.date) && Number(folder) !== issueYear(data))
    problems.push({
      field: 'date',
      message: `ngày phát hành ${data.date} thuộc năm ${issueYear(data)}, nhưng tệp nằm trong thư mục ${folder}; chuyển tệp sang thư mục ${issueYear(data)} hoặc sửa ngày`,
    });
  return problems;
}

/**
 * Checks over all issues: each number once in its year, each address once
 * across years. Every file involved is reported, naming the other one.
 */
export function checkIssueCollection(issues: readonly IssueLike[]): { file: string; problems: FieldProblem[] }[] {
  const found = new Map<string, FieldProblem[]>();
  const report = (file: string, problem: FieldProblem) => found.set(file, [...(found.get(file) ?? []), problem]);
  const fileOf = (i: IssueLike) => i.filePath ?? i.id;

  const byNumber = new Map<string, IssueLike[]>();
  const bySlug = new Map<string, IssueLike[]>();
  for (const issue of issues) {
    const key = `${issueYear(issue.data)}/${issue.data.number}`;
    byNumber.set(key, [...(byNumber.get(key) ?? []), issue]);
    const slug = issueSlug(issue.id);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), issue]);
  }
  for (const same of byNumber.values()) {
    if (same.length < 2) continue;
    for (const issue of same) {
      const others = same.filter((o) => o !== issue).map(fileOf).join(', ');
      report(fileOf(issue), {
        field: 'number',
        message: `số ${issue.data.number} của năm ${issueYear(issue.data)} đã dùng cho ${others}; mỗi số chỉ dùng một lần trong năm, hãy dùng số tiếp theo còn trống`,
      });
    }
  }
  for (const [slug, same] of bySlug) {
    if (same.length < 2) continue;
    for (const issue of same) {
      const others = same.filter((o) => o !== issue).map(fileOf).join(', ');
      report(fileOf(issue), {
        field: '(tên tệp)',
        message: `tên tệp "${slug}" trùng với ${others}; hai bản tin sẽ có cùng địa chỉ /ban-tin/${slug}/, hãy đổi tên một tệp`,
      });
    }
  }
  return [...found].map(([file, problems]) => ({ file, problems }));
}
