import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { explainIssue, formatContentError } from '../../src/lib/content-errors.ts';
import { checkLegalBases, checkPlanAgainstText, type PlanData } from '../../src/features/plan/checks.ts';
import { formatTargetAmount } from '../../src/features/plan/view.ts';

const source = readFileSync('tests/fixtures/ke-hoach-195-KH-UBND-2024.txt', 'utf8');

const plan: PlanData = {
  legalBases: [{ number: '45/2012/NĐ-CP', text: 'Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 05 năm 2012' }],
  targets: [
    { id: 'a', min: 28, stated: 'Dự kiến có 28-30 sản phẩm' },
  ],
  budget: {
    total: 7_165_488_080,
    sources: [
      { id: 'dia-phuong', label: 'x', amount: 5_611_735_330 },
      { id: 'khac', label: 'y', amount: 1_553_752_750 },
    ],
  },
};

describe('a plan checked against its own text', () => {
  test('the 2024 data agrees with the source document', () => {
    expect(checkPlanAgainstText(plan, source)).toEqual([]);
    expect(checkLegalBases(plan)).toEqual([]);
  });

  test('a target phrase that is not in the text is reported with its field', () => {
    const changed = { ...plan, targets: [{ ...plan.targets[0]!, stated: 'Dự kiến có 28-31 sản phẩm' }] };
    expect(checkPlanAgainstText(changed, source).map((p) => p.field)).toEqual(['targets.0.stated']);
  });

  test('an amount that is not in the text is reported', () => {
    const sources = [plan.budget.sources[0]!, { ...plan.budget.sources[1]!, amount: 1_553_752_751 }];
    const problems = checkPlanAgainstText({ ...plan, budget: { total: 7_165_488_081, sources } }, source);
    expect(problems.map((p) => p.field).sort()).toEqual(['budget.sources.1.amount', 'budget.total']);
  });

  test('a stated share that the amounts do not give is reported', () => {
    const text = source.replace('chiếm 78,32%', 'chiếm 78,30%');
    const problems = checkPlanAgainstText(plan, text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('78,30 %');
  });

  test('a legal basis whose paragraph names another number is reported', () => {
    const wrong = { legalBases: [{ number: '46/2012/TT-BCT', text: plan.legalBases[0]!.text }] };
    expect(checkLegalBases(wrong)[0]!.field).toBe('legalBases.0.text');
  });

  test('targets show as the plan writes them', () => {
    expect(formatTargetAmount({ min: 28, max: 30 })).toBe('28–30');
    expect(formatTargetAmount({ quantity: 7 })).toBe('07');
    expect(formatTargetAmount({ quantity: 1600 })).toBe('1.600');
  });
});

describe('plain-Vietnamese error messages', () => {
  test('a missing field says it is missing and what it needs', () => {
    expect(explainIssue({ code: 'invalid_type', expected: 'number', input: undefined })).toBe(
      'thiếu trường bắt buộc này; cần một số',
    );
  });
  test('a wrong type says what it got', () => {
    expect(explainIssue({ code: 'invalid_type', expected: 'number', input: 'hai' })).toContain('"hai"');
  });
  test('an unquoted YAML date asks for quotes', () => {
    expect(explainIssue({ code: 'invalid_type', expected: 'string', input: new Date() })).toContain('dấu ngoặc kép');
  });
  test('the file and each field are named', () => {
    const text = formatContentError('content/plans/2024.md', [{ field: 'budget.total', message: 'x' }]);
    expect(text).toContain('content/plans/2024.md');
    expect(text).toContain('"budget.total"');
  });
});
