import { describe, expect, test } from 'vitest';
import {
  formatCount,
  formatDateLong,
  formatDateShort,
  formatInteger,
  formatMoney,
  formatMoneyShort,
  formatPercent,
  parseIsoDate,
} from '../../src/lib/format.ts';

describe('vi-VN money and numbers', () => {
  test.each([
    [7165488080, '7.165.488.080 đồng'],
    [5611735330, '5.611.735.330 đồng'],
    [1553752750, '1.553.752.750 đồng'],
    [0, '0 đồng'],
    [999, '999 đồng'],
    [1000, '1.000 đồng'],
  ])('%d → %s', (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  test('large amounts read as tỷ with a decimal comma', () => {
    expect(formatMoneyShort(7165488080)).toBe('7,17 tỷ đồng');
    expect(formatMoneyShort(250_000_000)).toBe('250 triệu đồng');
  });

  test('shares use a decimal comma and a space before %', () => {
    expect(formatPercent(78.32)).toBe('78,32 %');
    expect(formatPercent(21.68)).toBe('21,68 %');
    expect(formatPercent(5)).toBe('5,00 %');
  });

  test('counts are written the way the plan writes them', () => {
    expect(formatCount(7)).toBe('07');
    expect(formatCount(24)).toBe('24');
    expect(formatCount(1600)).toBe('1.600');
  });

  test('a non-number is refused, not printed as NaN', () => {
    expect(() => formatInteger(Number.NaN)).toThrow();
  });
});

describe('dates', () => {
  test('short and formal Vietnamese forms', () => {
    expect(formatDateShort('2024-06-04')).toBe('04/6/2024');
    expect(formatDateLong('2024-06-04')).toBe('ngày 04 tháng 6 năm 2024');
    expect(formatDateShort('2024-12-03')).toBe('03/12/2024');
    expect(formatDateLong('2021-02-09')).toBe('ngày 09 tháng 2 năm 2021');
  });

  test.each(['2024-13-45', '2024-02-30', '2023-02-29', '2024-00-10', '2024-6-4', '04/06/2024', ''])(
    '%s is not a real day',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
      expect(() => formatDateShort(text)).toThrow(/Ngày không hợp lệ/);
    },
  );

  test('leap day exists in 2024', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
