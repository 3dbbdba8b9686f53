// Vietnamese (vi-VN) formatting of numbers, money, shares and dates.
// Pure functions: no Astro imports, unit-tested in tests/unit.

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 7165488080 → "7.165.488.080" */
export function formatInteger(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Không phải số: ${n}`);
  return integer.format(n);
}

/** 7165488080 → "7.165.488.080 đồng" */
export function formatMoney(amount: number): string {
  return `${formatInteger(amount)} đồng`;
}

/** Short money for headlines: 7165488080 → "7,17 tỷ đồng". */
export function formatMoneyShort(amount: number): string {
  const units: [number, string][] = [
    [1e9, 'tỷ'],
    [1e6, 'triệu'],
  ];
  for (const [size, word] of units) {
    if (Math.abs(amount) >= size) {
      const value = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(amount / size);
      return `${value} ${word} đồng`;
    }
  }
  return formatMoney(amount);
}

/** 78.32 → "78,32 %" (Vietnamese decimal comma, a space before the sign). */
export function formatPercent(value: number, digits = 2): string {
  const text = new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return `${text} %`;
}

/** A number the way plans write counts: 7 → "07", 24 → "24", 1600 → "1.600". */
export function formatCount(n: number): string {
  return n < 10 && n >= 0 && Number.isInteger(n) ? `0${n}` : formatInteger(n);
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads "YYYY-MM-DD" and checks it against the calendar.
 * Returns null for anything that is not a real day (2024-13-45, 2024-02-30).
 */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}

function mustParse(text: string): CalendarDate {
  const d = parseIsoDate(text);
  if (!d) throw new RangeError(`Ngày không hợp lệ: "${text}" (cần dạng YYYY-MM-DD và là ngày có thật)`);
  return d;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2024-06-04" → "04/6/2024" (lists and tables). */
export function formatDateShort(iso: string): string {
  const { year, month, day } = mustParse(iso);
  return `${pad2(day)}/${month}/${year}`;
}

/** "2024-06-04" → "ngày 04 tháng 6 năm 2024" (formal text). */
export function formatDateLong(iso: string): string {
  const { year, month, day } = mustParse(iso);
  return `ngày ${pad2(day)} tháng ${month} năm ${year}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "2024-01-10" → "Thứ Tư" (the day of the week, in Vietnamese). */
export function formatWeekday(iso: string): string {
  const { year, month, day } = mustParse(iso);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads "HH:MM" on a 24-hour clock; null for anything else ("24:00", "8:00", "20h"). */
export function parseClock(text: string): { hour: number; minute: number } | null {
  const m = CLOCK.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}
