// Budget arithmetic for a plan: the parts must add up to the total, and shares
// are computed from the amounts (never typed) and checked against the text.
import { formatInteger, formatPercent } from '../../lib/format.ts';

export interface BudgetSource {
  id: string;
  label: string;
  amount: number;
}

export interface BudgetShare extends BudgetSource {
  /** Share of the total in percent, rounded to two decimals. */
  share: number;
}

/** Sum of the sources' amounts, in đồng. */
export function sumSources(sources: readonly BudgetSource[]): number {
  return sources.reduce((sum, s) => sum + s.amount, 0);
}

/** An explanation when the parts do not add up to the total, else null. */
export function budgetMismatch(total: number, sources: readonly BudgetSource[]): string | null {
  const sum = sumSources(sources);
  if (sum === total) return null;
  const diff = total - sum;
  return (
    `các nguồn cộng lại được ${formatInteger(sum)} đồng, khác tổng kinh phí ${formatInteger(total)} đồng ` +
    `(${diff > 0 ? 'thiếu' : 'thừa'} ${formatInteger(Math.abs(diff))} đồng)`
  );
}

/**
 * Shares in percent with `digits` decimals. Rounded by the largest-remainder
 * method so that the shown shares always add up to exactly 100.
 */
export function computeShares(
  total: number,
  sources: readonly BudgetSource[],
  digits = 2,
): BudgetShare[] {
  if (total <= 0) throw new RangeError('Tổng kinh phí phải lớn hơn 0');
  const scale = 10 ** digits;
  const units = 100 * scale;
  const exact = sources.map((s) => (s.amount / total) * units);
  const floors = exact.map(Math.floor);
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, rest: value - floors[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return sources.map((s, i) => ({ ...s, share: floors[i]! / scale }));
}

export interface StatedShare {
  sourceId: string;
  /** The share as the text states it, e.g. 78.32. */
  stated: number;
  /** The share computed from the amounts. */
  computed: number;
  /** The line of text it was read from. */
  line: string;
}

/**
 * Finds, for each source, the line of `text` that names its amount
 * ("5.611.735.330 đồng") and reads the share it states ("chiếm 78,32%").
 */
export function findStatedShares(text: string, shares: readonly BudgetShare[]): StatedShare[] {
  const lines = text.split(/\r?\n/);
  const found: StatedShare[] = [];
  for (const s of shares) {
    const amount = formatInteger(s.amount);
    for (const line of lines) {
      if (!line.includes(amount)) continue;
      const m = /chiếm\s*(\d+(?:,\d+)?)\s*%/u.exec(line);
      if (!m) continue;
      found.push({ sourceId: s.id, stated: Number(m[1]!.replace(',', '.')), computed: s.share, line: line.trim() });
    }
  }
  return found;
}

/** Explanations for every stated share that differs from the computed one. */
export function shareMismatches(stated: readonly StatedShare[]): string[] {
  return stated
    .filter((s) => Math.abs(s.stated - s.computed) > 1e-9)
    .map(
      (s) =>
        `văn bản ghi tỷ lệ ${formatPercent(s.stated)} cho nguồn "${s.sourceId}" nhưng tính từ số tiền được ${formatPercent(s.computed)} (dòng: "${s.line}")`,
    );
}
