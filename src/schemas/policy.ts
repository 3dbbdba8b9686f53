// A kind of support the plan funds: content/policies/<slug>.yaml (the file name
// is its address). Every statement carries its source; what no source says is
// not written.
import { z } from 'astro/zod';
import { sample, sourceAddress, text, year } from './fields.ts';

/** The questions a business owner asks, in the order the page answers them. */
export const POLICY_SECTIONS = ['offered', 'eligibility', 'howToApply', 'documents', 'when'] as const;
export type PolicySection = (typeof POLICY_SECTIONS)[number];

/** One statement of a policy and its source (the plan's page, or a public address). */
export const statementSchema = z.strictObject({
  text: text, // câu trả lời, viết ngắn, việc cần làm trước
  source: sourceAddress, // nguồn: trang kế hoạch (/ke-hoach/2024/) hoặc địa chỉ web công khai
  cite: text.optional(), // vị trí trong nguồn: "mục II.2"
});

export const policySchema = z.strictObject({
  title: text, // tên chính sách, viết cho chủ cơ sở: "Hỗ trợ máy móc thiết bị tiên tiến"
  summary: text, // một câu: hỗ trợ gì, cho ai
  order: z.number().int().min(0), // thứ tự trên trang danh sách
  plan: year, // năm của kế hoạch nêu chính sách này
  targets: z.array(text).min(1), // mã chỉ tiêu trong kế hoạch đó: số lượng hỗ trợ lấy từ đây
  legalBases: z.array(text).min(1), // số hiệu văn bản căn cứ, đúng như phần căn cứ của kế hoạch
  offered: statementSchema.optional(), // hỗ trợ những gì
  eligibility: statementSchema.optional(), // ai được hỗ trợ
  howToApply: statementSchema.optional(), // cách đăng ký
  documents: statementSchema.optional(), // hồ sơ cần có
  when: statementSchema.optional(), // thời gian, thời hạn
  notes: z.array(statementSchema).default([]), // điều khác cần biết, mỗi điều một nguồn
  sample, // true nếu là nội dung minh họa
});

export type PolicyData = z.output<typeof policySchema>;
export type Statement = z.output<typeof statementSchema>;
