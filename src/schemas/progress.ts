// Figures staff report for a plan year: content/progress/<year>.yaml, each with
// its date and source.
import { z } from 'astro/zod';
import { parseIsoDate } from '../lib/format.ts';
import { count, dong, sample, text, year } from './fields.ts';

/** The source of a reported figure: without it, a figure cannot count as official. */
const reportSource = z.string({
  error: (iss) => (iss.input === undefined ? 'số liệu cần nguồn ("source"): số hiệu văn bản báo cáo hoặc địa chỉ công khai https://…; không có nguồn thì không được tính' : undefined),
}).trim().min(1);

/** A date that must be there: a reported figure without its date cannot be trusted. */
const reportDate = z
  .string({ error: (iss) => (iss.input === undefined ? 'mỗi số liệu cần ngày báo cáo ("date"), trong ngoặc kép, ví dụ "2024-12-31"' : undefined) })
  .refine((s) => parseIsoDate(s) !== null, {
    error: (iss) => `"${String(iss.input)}" không phải một ngày có thật; cần dạng "YYYY-MM-DD", ví dụ "2024-12-31"`,
  });

export const reportSchema = z.strictObject({
  target: text, // mã chỉ tiêu trong kế hoạch năm đó
  value: count, // kết quả đạt được tính đến ngày báo cáo (cộng dồn), số nguyên viết liền
  date: reportDate, // ngày của số liệu
  source: reportSource, // nguồn: địa chỉ web hoặc số hiệu văn bản báo cáo
  note: text.optional(), // ghi chú ngắn
  sample, // true nếu là số minh họa (không bao giờ được tính)
});

export const spendingSchema = z.strictObject({
  budgetSource: text, // mã nguồn kinh phí trong kế hoạch: dia-phuong, doanh-nghiep
  amount: dong, // số đã chi tính đến ngày báo cáo (đồng, viết liền)
  date: reportDate, // ngày của số liệu
  source: reportSource, // nguồn: địa chỉ web hoặc số hiệu văn bản báo cáo
  note: text.optional(), // ghi chú ngắn
  sample, // true nếu là số minh họa (không bao giờ được tính)
});

export const progressSchema = z.strictObject({
  year, // năm của kế hoạch; tên tệp cũng là năm: 2024.yaml
  reports: z.array(reportSchema).default([]), // số liệu báo cáo theo chỉ tiêu
  spending: z.array(spendingSchema).default([]), // kinh phí đã chi theo nguồn
});

export type ProgressFile = z.output<typeof progressSchema>;
export type Report = z.output<typeof reportSchema>;
export type Spending = z.output<typeof spendingSchema>;
