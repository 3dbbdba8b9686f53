// Consistency checks for a plan (kế hoạch) entry.
// The plan's text is the authority; the structured data beside it must agree
// with that text, and these checks make the build stop when it does not.
import { budgetMismatch, computeShares, findStatedShares, shareMismatches, type BudgetSource } from './budget.ts';
import type { FieldProblem } from '../../lib/content-errors.ts';
import { formatInteger } from '../../lib/format.ts';
import type { DocumentRef, LegalBasis, Target } from '../../schemas/plan.ts';

/** What other content may name of a plan: its target ids, legal bases and budget sources. */
export interface PlanIds {
  /** targets[].id */
  targets: string[];
  /** legalBases[].number (the documents the plan itself is based on) */
  legalBases: string[];
  /** budget.sources[].id */
  budgetSources: string[];
  /** Each target's upper end (max, or quantity) and unit, by id, when the plan gives them. */
  targetLimits?: Record<string, { upper: number; unit: string }> | undefined;
  /** Each budget source's amount (đồng), by id. */
  budgetAmounts?: Record<string, number> | undefined;
}

/** What the checks read of a plan. */
export interface PlanData {
  targets: Pick<Target, 'id' | 'stated' | 'quantity' | 'min'>[];
  legalBases: (Pick<LegalBasis, 'number' | 'text'> & { amendedBy?: Pick<DocumentRef, 'number'>[] | undefined })[];
  budget: { total: number; sources: BudgetSource[] };
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
