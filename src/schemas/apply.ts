// How to get support: content/cach-dang-ky.yaml, shown at /chinh-sach/cach-dang-ky/
// as numbered steps. Each step answers one question a business owner asks, only
// with what a public document says (each statement names its document and the
// article, clause or section); a step no document answers says whom to ask.
import { z } from 'astro/zod';
import { text } from './fields.ts';
import { citedStatementSchema, documentsSchema } from './sourced.ts';

/** The steps, in the order the page numbers them. */
export const APPLY_STEPS = ['who', 'support', 'prepare', 'toWhom', 'byWhen', 'next'] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

/** One step: what the documents say, and what they leave unanswered. */
export const applyStepSchema = z
  .strictObject({
    statements: z.array(citedStatementSchema).default([]), // các câu, mỗi câu một nguồn
    ask: text.optional(), // điều văn bản chưa trả lời: trang thêm "hỏi ở đâu" (/lien-he/)
  })
  .refine((s) => s.statements.length > 0 || s.ask !== undefined, {
    error: 'một bước cần ít nhất một câu có nguồn ("statements") hoặc một câu nói điều chưa có nguồn trả lời ("ask"); nếu chưa có gì, xóa cả bước, trang sẽ tự ghi "hỏi Trung tâm"',
  });

export const applySchema = z.strictObject({
  title: text, // tiêu đề trang: "Cách đăng ký nhận hỗ trợ khuyến công"
  summary: text, // một, hai câu mở đầu
  documents: documentsSchema, // các văn bản được dẫn, mỗi văn bản một mã
  steps: z.strictObject({
    who: applyStepSchema.optional(), // 1. ai được hỗ trợ
    support: applyStepSchema.optional(), // 2. được hỗ trợ những gì
    prepare: applyStepSchema.optional(), // 3. cần chuẩn bị gì
    toWhom: applyStepSchema.optional(), // 4. gửi đề xuất cho ai
    byWhen: applyStepSchema.optional(), // 5. khi nào, hạn nào
    next: applyStepSchema.optional(), // 6. sau khi gửi thì sao
  }),
  notes: z.array(citedStatementSchema).default([]), // điều cần biết thêm (văn bản đã sửa đổi, địa giới đã đổi…), mỗi điều một nguồn
});

export type ApplyData = z.output<typeof applySchema>;
