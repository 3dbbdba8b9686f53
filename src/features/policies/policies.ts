// Support policies (chính sách hỗ trợ): one per kind of support the plan
// funds, in content/policies/<slug>.yaml. Every statement carries its source;
// what no source says is not written, and the page says so plainly. Pure
// TypeScript, no Astro imports.
import { listOf, type FieldProblem } from '../../lib/content-errors.ts';
import { formatDateShort } from '../../lib/format.ts';
import { t, type UiKey } from '../../lib/i18n.ts';
import type { PlanIds } from '../plan/checks.ts';
import type { LegalBasis } from '../../schemas/plan.ts';
import type { PolicyData, PolicySection } from '../../schemas/policy.ts';
import type { ApplyStep } from '../../schemas/apply.ts';

export const POLICIES_PATH = '/chinh-sach/';
export const policyPath = (slug: string) => `${POLICIES_PATH}${slug}/`;

/** The heading of a section and what the page says when no source answers it. */
export function sectionHeading(section: PolicySection): string {
  return t(`policy.section.${section}` as UiKey);
}
export function sectionMissing(section: PolicySection): string {
  return t(`policy.missing.${section}` as UiKey);
}

/** The step of /chinh-sach/cach-dang-ky/ that answers, for every kind of support, the question a policy's section asks. */
export const POLICY_STEP: Record<PolicySection, ApplyStep> = {
  offered: 'support',
  eligibility: 'who',
  howToApply: 'toWhom',
  documents: 'prepare',
  when: 'byWhen',
};

/** Policies in the order staff set (`order`), then by title. */
export function sortPolicies<T extends { data: Pick<PolicyData, 'order' | 'title'> }>(policies: readonly T[]): T[] {
  return [...policies].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi'));
}

/**
 * "Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công",
 * with its amendments, from the plan's own data (never typed again).
 */
export function legalBasisLine(b: Omit<LegalBasis, 'text'>): string {
  const amended = b.amendedBy?.length
    ? ` (được sửa đổi, bổ sung bởi ${b.amendedBy.map((a) => `${a.kind} số ${a.number} ngày ${formatDateShort(a.date)}`).join('; ')})`
    : '';
  return `${b.kind} số ${b.number} ngày ${formatDateShort(b.date)} của ${b.issuer} ${b.title}${amended}`;
}

/** Checks a policy against the plan it belongs to: its targets and legal bases must be the plan's. */
export function checkPolicy(data: Pick<PolicyData, 'plan' | 'targets' | 'legalBases'>, plan: PlanIds | null): FieldProblem[] {
  if (!plan) return [{ field: 'plan', message: `không có kế hoạch năm ${data.plan} (cần tệp content/plans/${data.plan}.md)` }];
  const problems: FieldProblem[] = [];
  data.targets.forEach((id, i) => {
    if (!plan.targets.includes(id))
      problems.push({ field: `targets.${i}`, message: `kế hoạch năm ${data.plan} không có chỉ tiêu "${id}"; các mã chỉ tiêu: ${listOf(plan.targets)}` });
  });
  data.legalBases.forEach((n, i) => {
    if (!plan.legalBases.includes(n))
      problems.push({
        field: `legalBases.${i}`,
        message: `kế hoạch năm ${data.plan} không nêu văn bản căn cứ "${n}"; chép đúng một số hiệu trong phần căn cứ của kế hoạch: ${listOf(plan.legalBases)}`,
      });
  });
  return problems;
}
