// What the plan pages show, derived from a plan's data (never typed twice).
import { computeShares, type BudgetShare } from './budget';
import { formatDateShort, formatInteger, formatMoney, formatPercent } from '../../lib/format';
import { t } from '../../lib/i18n';
import { documentHeading } from '../site/navigation';

export interface PlanLike {
  year: number;
  kind: string;
  title: string;
  number: string;
  issued: string;
  budget: { total: number; sources: { id: string; label: string; amount: number }[] };
}

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

/** "Kế hoạch khuyến công tỉnh Đồng Nai năm 2024" */
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
