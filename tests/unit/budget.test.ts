import { describe, expect, test } from 'vitest';
import { budgetMismatch, computeShares, findStatedShares, shareMismatches, sumSources } from '../../src/features/plan/budget.ts';

const sources = [
  { id: 'dia-phuong', label: 'Nguồn kinh phí khuyến công địa phương', amount: 5_611_735_330 },
  { id: 'doanh-nghiep', label: 'Nguồn khác', amount: 1_553_752_750 },
];
const TOTAL = 7_165_488_080;

describe('budget arithmetic', () => {
  test('the 2024 sources add up to the total', () => {
    expect(sumSources(sources)).toBe(TOTAL);
    expect(budgetMismatch(TOTAL, sources)).toBeNull();
  });

  test('a total that the parts do not reach is explained with the difference', () => {
    expect(budgetMismatch(TOTAL + 1000, sources)).toMatch(/thiếu 1\.000 đồng/);
    expect(budgetMismatch(TOTAL - 80, sources)).toMatch(/thừa 80 đồng/);
  });
});

describe('share rounding', () => {
  test('the 2024 shares are 78,32 % and 21,68 %', () => {
    expect(computeShares(TOTAL, sources).map((s) => s.share)).toEqual([78.32, 21.68]);
  });

  test('shown shares always add up to 100 (largest remainder)', () => {
    const thirds = [1, 1, 1].map((amount, i) => ({ id: `p${i}`, label: '', amount }));
    const shares = computeShares(3, thirds).map((s) => s.share);
    expect(shares).toEqual([33.34, 33.33, 33.33]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  test('seven equal parts: plain rounding would show 100,03 %, these add to 100', () => {
    const parts = Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, label: '', amount: 1 }));
    const shares = computeShares(7, parts).map((s) => s.share);
    expect(shares).toEqual([14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  test('a zero total is refused', () => {
    expect(() => computeShares(0, sources)).toThrow();
  });
});

describe('shares stated in the text', () => {
  const text = [
    '- Nguồn kinh phí khuyến công địa phương: 5.611.735.330 đồng, chiếm 78,32%.',
    '- Nguồn kinh phí thu hút (nguồn khác) là 1.553.752.750 đồng, chiếm 21,68 %.',
  ].join('\n');

  test('are read with or without a space before %', () => {
    const stated = findStatedShares(text, computeShares(TOTAL, sources));
    expect(stated.map((s) => s.stated)).toEqual([78.32, 21.68]);
    expect(shareMismatches(stated)).toEqual([]);
  });

  test('a share in the text that the amounts do not give is reported', () => {
    const wrong = text.replace('78,32%', '78,23%');
    const problems = shareMismatches(findStatedShares(wrong, computeShares(TOTAL, sources)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('78,23 %');
    expect(problems[0]).toContain('78,32 %');
  });
});
