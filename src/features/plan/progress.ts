// The progress of a plan (/ke-hoach/<year>/tien-do/ and its open data): every
// quantitative target beside a figure, and the budget planned and spent.
// A figure comes from the site's own content where it holds one (products
// recognised, TV features aired, events held), otherwise from the staff's file
// of reported figures (content/progress/<year>.yaml), each with date and
// source. Illustrative entries never count. Pure TypeScript, no Astro imports.
import { listOf, type FieldProblem } from '../../lib/content-errors.ts';
import { formatInteger, formatPercent } from '../../lib/format.ts';
import { isWebUrl } from '../../lib/urls.ts';
import { t } from '../../lib/i18n.ts';
import { formatTargetAmount, targetCeiling } from './view.ts';
import type { Target } from '../../schemas/plan.ts';
import type { EventYear } from '../../schemas/events.ts';
import type { ProgressFile, Report, Spending } from '../../schemas/progress.ts';
import type { Schedule } from '../../schemas/tv.ts';
import type { PlanIds } from './checks.ts';
import { heldByTarget, EVENTS_PATH } from '../events/events.ts';
import { PRODUCT_TARGET_LEVELS, productTargetNotes, type TargetProgress } from '../catalogue/targets.ts';
import { countRecognised, type ProductLike } from '../catalogue/products.ts';
import { scheduleProgress, tvProgressLine, TV_TARGET_ID } from '../tv/schedule.ts';


/** A count the site's content gives for a target: the number and a line saying what was counted. */
export interface Derived extends TargetProgress {
  value: number;
}

export type Status = 'noi-dung' | 'bao-cao' | 'chua-co-so-lieu';

export interface ProgressRow {
  id: string;
  section: string;
  label: string;
  unit: string;
  approx?: string | undefined;
  /** "07", "28–30" as the plan writes it. */
  planned: string;
  plannedMin: number;
  plannedMax: number;
  status: Status;
  value?: number | undefined;
  /** value / upper end of the target, when there is a value. */
  share?: number | undefined;
  /** Date of a reported figure. */
  asOf?: string | undefined;
  /** Source of a reported figure (address or document). */
  source?: string | undefined;
  reportNote?: string | undefined;
  /** What the site's content says about this target (a line and a link), shown whatever the status. */
  note?: TargetProgress | undefined;
}

export interface BudgetRow {
  id: string;
  label: string;
  planned: number;
  spent?: number | undefined;
  asOf?: string | undefined;
  source?: string | undefined;
  reportNote?: string | undefined;
}

/** The latest (by date) non-illustrative entry per key. */
function latestBy<T extends { date: string; sample: boolean }>(entries: readonly T[], key: (e: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const e of entries) {
    if (e.sample) continue;
    const k = key(e);
    const prev = out.get(k);
    if (!prev || e.date >= prev.date) out.set(k, e);
  }
  return out;
}

/**
 * One row per target, in the plan's order. A count from the site's content
 * is the figure when it is above zero; otherwise the latest reported figure;
 * otherwise none ("chưa có số liệu").
 */
export function progressRows(
  targets: readonly Target[],
  inputs: { derived?: Record<string, Derived>; notes?: Record<string, TargetProgress>; reports?: readonly Report[] },
): ProgressRow[] {
  const reported = latestBy(inputs.reports ?? [], (r) => r.target);
  return targets.map((target) => {
    const ceiling = targetCeiling(target);
    const base = {
      id: target.id,
      section: target.section,
      label: target.label,
      unit: target.unit,
      approx: target.approx,
      planned: formatTargetAmount(target),
      plannedMin: target.min ?? target.quantity ?? 0,
      plannedMax: ceiling,
    };
    const derived = inputs.derived?.[target.id];
    const note = derived ? { text: derived.text, href: derived.href, link: derived.link } : inputs.notes?.[target.id];
    const share = (v: number) => (ceiling > 0 ? v / ceiling : undefined);
    if (derived && derived.value > 0) return { ...base, status: 'noi-dung', value: derived.value, share: share(derived.value), note };
    const report = reported.get(target.id);
    if (report)
      return {
        ...base,
        status: 'bao-cao',
        value: report.value,
        share: share(report.value),
        asOf: report.date,
        source: report.source,
        reportNote: report.note,
        note,
      };
    return { ...base, status: 'chua-co-so-lieu', note };
  });
}

/** Planned amounts by source from the plan; the latest spent amount per source when staff report one. */
export function budgetRows(sources: readonly { id: string; label: string; amount: number }[], spending: readonly Spending[]): BudgetRow[] {
  const latest = latestBy(spending, (s) => s.budgetSource);
  return sources.map((s) => {
    const spent = latest.get(s.id);
    return {
      id: s.id,
      label: s.label,
      planned: s.amount,
      ...(spent ? { spent: spent.amount, asOf: spent.date, source: spent.source, reportNote: spent.note } : {}),
    };
  });
}

/** "7 / 7 cơ sở (100 %)", "chưa có số liệu". */
export function progressText(row: Pick<ProgressRow, 'value' | 'plannedMax' | 'unit' | 'share'>): string {
  if (row.value === undefined) return t('progress.noData');
  const pct = row.share !== undefined ? ` (${formatPercent(row.share * 100, 0)})` : '';
  return `${formatInteger(row.value)} / ${formatInteger(row.plannedMax)} ${row.unit}${pct}`;
}

/** Width of a bar, 0–100 (a figure above the target fills the bar). */
export function barPercent(share: number | undefined): number {
  return share === undefined ? 0 : Math.round(Math.min(1, Math.max(0, share)) * 100);
}

/** Whether a source is a web address (shown as a link) or a document reference (shown as text). */
export const isWebAddress = (s: string) => isWebUrl(s);

/** The plan target that counts Bản tin copies (the site can count issues, not printed copies). */
export const BULLETIN_TARGET_ID = 'ban-tin';

/**
 * What the site's own content counts toward the targets of `year` (on `today`):
 * recognised products, TV features aired, events held; and a note on the
 * bulletin target (issues on the site are not the printed copies the plan counts).
 */
export function countsFromContent(input: {
  year: number;
  today: string;
  products: readonly ProductLike[];
  schedules: readonly Pick<Schedule, 'year' | 'features'>[];
  events: readonly EventYear[];
  bulletins: readonly { data: { date: string; sample: boolean; draft?: boolean | undefined } }[];
}): { derived: Record<string, Derived>; notes: Record<string, TargetProgress> } {
  const { year, today } = input;
  const derived: Record<string, Derived> = {};
  const productNotes = productTargetNotes(input.products, year);
  for (const [id, level] of Object.entries(PRODUCT_TARGET_LEVELS))
    derived[id] = { value: countRecognised(input.products, year, level), ...productNotes[id]! };
  const tv = tvProgressLine(input.schedules, year, today);
  if (tv) derived[TV_TARGET_ID] = { value: scheduleProgress(input.schedules, year, today).confirmedAired, ...tv };
  const held = heldByTarget(input.events, year, today);
  const withEvents = new Set(input.events.filter((y) => y.year === year).flatMap((y) => y.events.map((e) => e.target)).filter(Boolean) as string[]);
  for (const id of withEvents) {
    const listed = input.events.filter((y) => y.year === year).flatMap((y) => y.events).filter((e) => e.target === id);
    derived[id] = {
      value: held[id] ?? 0,
      text: t('progress.events', { listed: listed.length, sample: listed.filter((e) => e.sample).length, held: held[id] ?? 0 }),
      href: EVENTS_PATH,
      link: t('progress.eventsLink'),
    };
  }
  // Published issues only: a draft, or an issue scheduled after `today`, is not counted.
  const issues = input.bulletins.filter((b) => !b.data.sample && !b.data.draft && b.data.date <= input.today && Number(b.data.date.slice(0, 4)) === year).length;
  const notes: Record<string, TargetProgress> = {
    [BULLETIN_TARGET_ID]: { text: t('progress.bulletins', { n: issues, year }), href: '/ban-tin/', link: t('progress.bulletinsLink') },
  };
  return { derived, notes };
}

// ---- Open data: /du-lieu/tien-do-<year>.json and .csv (same rows) ----

export interface OpenDataColumn {
  key: string;
  meaning: string;
}

export const PROGRESS_COLUMNS: OpenDataColumn[] = [
  { key: 'nam', meaning: 'Năm của kế hoạch' },
  { key: 'loai', meaning: '"chi-tieu" (chỉ tiêu của kế hoạch) hoặc "kinh-phi" (một nguồn kinh phí)' },
  { key: 'ma', meaning: 'Mã chỉ tiêu hoặc mã nguồn kinh phí, như trong tệp kế hoạch' },
  { key: 'muc', meaning: 'Mục trong văn bản kế hoạch (chỉ tiêu)' },
  { key: 'noi_dung', meaning: 'Tên chỉ tiêu hoặc tên nguồn kinh phí' },
  { key: 'don_vi', meaning: 'Đơn vị tính (kinh phí: đồng)' },
  { key: 'ke_hoach_tu', meaning: 'Số kế hoạch (đầu dưới nếu kế hoạch ghi một khoảng, ví dụ 28 của 28–30)' },
  { key: 'ke_hoach_den', meaning: 'Số kế hoạch (đầu trên của khoảng; bằng ke_hoach_tu nếu là một số)' },
  { key: 'ket_qua', meaning: 'Kết quả đạt được (chỉ tiêu) hoặc số đã chi (kinh phí); trống nếu chưa có số liệu' },
  { key: 'trang_thai', meaning: '"noi-dung" (đếm từ nội dung trang), "bao-cao" (số liệu báo cáo) hoặc "chua-co-so-lieu"' },
  { key: 'ngay', meaning: 'Ngày của số liệu báo cáo (YYYY-MM-DD); trống với số đếm từ nội dung trang' },
  { key: 'nguon', meaning: 'Nguồn của số liệu báo cáo (địa chỉ web hoặc văn bản)' },
  { key: 'ghi_chu', meaning: 'Ghi chú: điều trang đếm được từ nội dung, hoặc ghi chú của số liệu báo cáo' },
];

export function progressDataRows(year: number, rows: readonly ProgressRow[], budget: readonly BudgetRow[]): Record<string, string | number>[] {
  return [
    ...rows.map((r) => ({
      nam: year,
      loai: 'chi-tieu',
      ma: r.id,
      muc: r.section,
      noi_dung: r.label,
      don_vi: r.unit,
      ke_hoach_tu: r.plannedMin,
      ke_hoach_den: r.plannedMax,
      ket_qua: r.value ?? '',
      trang_thai: r.status,
      ngay: r.asOf ?? '',
      nguon: r.source ?? '',
      ghi_chu: [r.reportNote, r.note?.text].filter(Boolean).join(' '),
    })),
    ...budget.map((b) => ({
      nam: year,
      loai: 'kinh-phi',
      ma: b.id,
      muc: '',
      noi_dung: b.label,
      don_vi: 'đồng',
      ke_hoach_tu: b.planned,
      ke_hoach_den: b.planned,
      ket_qua: b.spent ?? '',
      trang_thai: b.spent === undefined ? 'chua-co-so-lieu' : 'bao-cao',
      ngay: b.asOf ?? '',
      nguon: b.source ?? '',
      ghi_chu: b.reportNote ?? '',
    })),
  ];
}

// ---- Checks of content/progress/<year>.yaml ----

/** A reported figure above this many times its target's upper end needs a note that explains it. */
export const REPORT_MARGIN = 2;

/** Every reported figure must be for a target of the plan, every amount for one of its budget sources. */
export function checkProgressFile(data: Pick<ProgressFile, 'year' | 'reports' | 'spending'>, fileId: string, plan: PlanIds | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fileId !== String(data.year))
    problems.push({ field: 'year', message: `tệp tên "${fileId}" nhưng ghi năm ${data.year}; tên tệp phải là năm: ${data.year}.yaml` });
  if (!plan) return [...problems, { field: 'year', message: `không có kế hoạch năm ${data.year} (cần tệp content/plans/${data.year}.md)` }];
  data.reports.forEach((r, i) => {
    if (!plan.targets.includes(r.target))
      problems.push({
        field: `reports.${i}.target`,
        message: `kế hoạch năm ${data.year} không có chỉ tiêu "${r.target}"; chép đúng một mã chỉ tiêu: ${listOf(plan.targets)}`,
      });
    const limit = plan.targetLimits?.[r.target];
    // Far above the plan is most likely a slip of the keyboard (an extra 0, a dot): it stands only with a note that says why.
    if (limit && r.value > REPORT_MARGIN * limit.upper && !r.note)
      problems.push({
        field: `reports.${i}.value`,
        message: `${formatInteger(r.value)} ${limit.unit} gấp hơn ${REPORT_MARGIN} lần chỉ tiêu của kế hoạch (${formatInteger(limit.upper)} ${limit.unit}), nhiều khả năng là gõ nhầm (thừa số 0, dấu chấm); kiểm tra lại số, hoặc nếu đúng là như vậy thì thêm "note:" giải thích`,
      });
  });
  data.spending.forEach((s, i) => {
    if (!plan.budgetSources.includes(s.budgetSource))
      problems.push({
        field: `spending.${i}.budgetSource`,
        message: `kế hoạch năm ${data.year} không có nguồn kinh phí "${s.budgetSource}"; các mã nguồn: ${listOf(plan.budgetSources)}`,
      });
    const planned = plan.budgetAmounts?.[s.budgetSource];
    if (planned !== undefined && s.amount > planned && !s.note)
      problems.push({
        field: `spending.${i}.amount`,
        message: `số đã chi ${formatInteger(s.amount)} đồng vượt kinh phí kế hoạch của nguồn "${s.budgetSource}" (${formatInteger(planned)} đồng), nhiều khả năng là gõ nhầm; kiểm tra lại số, hoặc nếu đúng là như vậy thì thêm "note:" giải thích`,
      });
  });
  return problems;
}
