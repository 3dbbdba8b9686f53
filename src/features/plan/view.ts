// What the plan pages show, derived from a plan's data (never typed twice).
import { computeShares, type BudgetShare } from './budget.ts';
import { formatCount, formatDateLong, formatDateShort, formatInteger, formatMoney, formatPercent } from '../../lib/format.ts';
import type { Plan, Target } from '../../schemas/plan.ts';
import { t } from '../../lib/i18n.ts';
import { documentHeading } from '../site/navigation.ts';

/** What these helpers read of a plan. */
export type PlanLike = Pick<Plan, 'year' | 'kind' | 'title' | 'number' | 'issued' | 'budget'>;

/** Newest plan first. */
export function sortPlansNewestFirst<T extends { data: { year: number } }>(plans: readonly T[]): T[] {
  return [...plans].sort((a, b) => b.data.year - a.data.year);
}

/** "/ke-hoach/2024/" */
export function planPath(year: number): string {
  return `/ke-hoach/${year}/`;
}

/** Breadcrumbs from the home page down to a plan (pages under it add their own last step). */
export function planCrumbs(year: number): { href: string; label: string }[] {
  return [
    { href: '/', label: t('nav.home') },
    { href: '/ke-hoach/', label: t('nav.plans') },
    { href: planPath(year), label: String(year) },
  ];
}

/** "Kế hoạch khuyến công tỉnh … năm 2024" */
export function planHeading(plan: Pick<PlanLike, 'kind' | 'title'>): string {
  return documentHeading(plan.kind, plan.title);
}

export interface BudgetView {
  /** "7.165.488.080 đồng" */
  total: string;
  /** "7.165.488.080", for a column headed "(đồng)" */
  totalDigits: string;
  rows: (BudgetShare & { money: string; digits: string; percent: string })[];
  /** Text alternative of the chart: every part with its share, then the total. */
  chartDescription: string;
}

export function budgetView(plan: Pick<PlanLike, 'budget'>): BudgetView {
  const rows = computeShares(plan.budget.total, plan.budget.sources).map((s) => ({
    ...s,
    money: formatMoney(s.amount),
    digits: formatInteger(s.amount),
    percent: formatPercent(s.share),
  }));
  const parts = rows.map((r) => `${r.label}: ${r.money}, chiếm ${r.percent}`).join('; ');
  return {
    total: formatMoney(plan.budget.total),
    totalDigits: formatInteger(plan.budget.total),
    rows,
    chartDescription: t('plan.chartDesc', { parts, total: formatMoney(plan.budget.total) }),
  };
}

/** "Số 195/KH-UBND, ban hành ngày 04/6/2024" */
export function planReference(plan: Pick<PlanLike, 'number' | 'issued'>): string {
  return `Số ${plan.number}, ban hành ngày ${formatDateShort(plan.issued)}`;
}

/** "28–30" for a range, "07" for a count (the plan writes small counts with a zero). */
export function formatTargetAmount(t: Pick<Target, 'quantity' | 'min' | 'max'>): string {
  if (t.min !== undefined && t.max !== undefined) return `${formatInteger(t.min)}–${formatInteger(t.max)}`;
  if (t.quantity !== undefined) return formatCount(t.quantity);
  throw new Error('Chỉ tiêu cần "quantity" hoặc cả "min" và "max"');
}

/** The upper end of a target, for progress bars: 30 for 28–30. */
export function targetCeiling(t: Pick<Target, 'quantity' | 'min' | 'max'>): number {
  return t.max ?? t.quantity ?? 0;
}

/** "<place>, ngày 04 tháng 6 năm 2024" */
export function placeAndDate(plan: Pick<Plan, 'place' | 'issued'>): string {
  return `${plan.place}, ${formatDateLong(plan.issued)}`;
}
