// Derived values and consistency checks for a plan (kế hoạch) entry.
// The plan's text is the authority; the structured data beside it must agree
// with that text, and these checks make the build stop when it does not.
import { budgetMismatch, computeShares, findStatedShares, shareMismatches, type BudgetSource } from './budget';
import type { FieldProblem } from '../../lib/content-errors';
import { formatCount, formatDateLong, formatInteger } from '../../lib/format';

export interface Target {
  id: string;
  section: string;
  label: string;
  quantity?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  unit: string;
  approx?: string | undefined;
  note?: string | undefined;
  stated: string;
}

export interface PlanData {
  number: string;
  issued: string;
  place: string;
  legalBases: { number: string; text: string; amendedBy?: { number: string }[] | undefined }[];
  targets: Target[];
  budget: { total: number; sources: BudgetSource[] };
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

/** Whitespace-insensitive containment, so line breaks in the text do not matter. */
function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

/**
 * Checks that the structured data agrees with the plan's text (`body`):
 * each target's stated phrase is in the text, each budget amount and the
 * total appear in it, the shares it states match the computed ones.
 */
export function checkPlanAgainstText(plan: PlanData, body: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const text = squash(body);

  plan.targets.forEach((t, i) => {
    if (!text.includes(squash(t.stated)))
      problems.push({
        field: `targets.${i}.stated`,
        message: `cụm từ "${t.stated}" (chỉ tiêu "${t.id}") không có trong toàn văn kế hoạch; chép đúng cụm từ như trong văn bản`,
      });
    const amount = t.quantity ?? t.min;
    if (amount !== undefined && !/\d/.test(t.stated))
      problems.push({ field: `targets.${i}.stated`, message: 'cụm từ trích dẫn phải chứa con số của chỉ tiêu' });
  });

  const ids = new Set<string>();
  plan.targets.forEach((t, i) => {
    if (ids.has(t.id)) problems.push({ field: `targets.${i}.id`, message: `mã chỉ tiêu "${t.id}" bị trùng` });
    ids.add(t.id);
  });

  const total = formatInteger(plan.budget.total);
  if (!text.includes(total))
    problems.push({
      field: 'budget.total',
      message: `tổng kinh phí ${total} đồng không có trong toàn văn kế hoạch`,
    });
  plan.budget.sources.forEach((s, i) => {
    if (!text.includes(formatInteger(s.amount)))
      problems.push({
        field: `budget.sources.${i}.amount`,
        message: `số tiền ${formatInteger(s.amount)} đồng không có trong toàn văn kế hoạch`,
      });
  });

  if (budgetMismatch(plan.budget.total, plan.budget.sources) === null) {
    const shares = computeShares(plan.budget.total, plan.budget.sources);
    for (const message of shareMismatches(findStatedShares(body, shares)))
      problems.push({ field: 'budget.sources', message });
  }
  return problems;
}

/** Checks that each legal basis's paragraph names its own number and amendments. */
export function checkLegalBases(plan: Pick<PlanData, 'legalBases'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  plan.legalBases.forEach((b, i) => {
    for (const n of [b.number, ...(b.amendedBy ?? []).map((a) => a.number)]) {
      if (!b.text.includes(n))
        problems.push({ field: `legalBases.${i}.text`, message: `đoạn căn cứ không nhắc số hiệu văn bản "${n}"` });
    }
  });
  return problems;
}

/** "Đồng Nai, ngày 04 tháng 6 năm 2024" */
export function placeAndDate(plan: Pick<PlanData, 'place' | 'issued'>): string {
  return `${plan.place}, ${formatDateLong(plan.issued)}`;
}
