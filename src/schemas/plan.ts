// A plan (kế hoạch) of one year: content/plans/<year>.md. The front matter is
// the document's data; its full text is the body, against which the data is checked
// (src/features/plan/checks.ts).
import { z } from 'astro/zod';
import { budgetMismatch } from '../features/plan/budget.ts';
import { count, documentRef, dong, isoDate, sample, slugId, text, webAddress, year } from './fields.ts';

/** One target of the plan: a quantity or a range, with the phrase that states it in the text. */
export const targetSchema = z
  .strictObject({
    id: slugId('chỉ dùng chữ thường không dấu, số và dấu gạch ngang'), // mã chỉ tiêu, dùng cho tiến độ
    section: text, // mục trong văn bản: "II.3.a"
    label: text, // tên chỉ tiêu
    quantity: count.optional(), // số lượng (một số nguyên, viết liền: 1600)
    min: count.optional(), // hoặc khoảng: từ…
    max: count.optional(), // …đến (28–30)
    unit: text, // đơn vị: cơ sở, người, sản phẩm…
    approx: z.enum(['khoảng', 'gần', 'dự kiến']).optional(), // từ ước lượng đi kèm trong văn bản
    note: text.optional(), // ghi chú ngắn trích từ văn bản
    headline: z.boolean().default(false), // true để nêu trên trang chủ
    stated: text, // cụm từ đúng như trong toàn văn, để kiểm tra
  })
  .superRefine((t, ctx) => {
    const range = t.min !== undefined || t.max !== undefined;
    if (range && (t.min === undefined || t.max === undefined))
      ctx.addIssue({ code: 'custom', path: [t.min === undefined ? 'min' : 'max'], message: 'khoảng cần cả "min" và "max"' });
    else if (range && t.quantity !== undefined)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'dùng "quantity" hoặc "min"/"max", không dùng cả hai' });
    else if (!range && t.quantity === undefined)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'cần "quantity" (một con số) hoặc "min" và "max" (một khoảng)' });
    else if (range && t.min! > t.max!)
      ctx.addIssue({ code: 'custom', path: ['min'], message: '"min" phải nhỏ hơn hoặc bằng "max"' });
  });

export const planSchema = z.strictObject({
  year, // năm của kế hoạch; cũng là địa chỉ trang /ke-hoach/<năm>/
  kind: text, // tên loại văn bản như in trên văn bản: "KẾ HOẠCH"
  number: text, // số hiệu, ví dụ "123/KH-UBND"
  title: text, // trích yếu, ví dụ "Khuyến công tỉnh … năm 2024"
  issued: isoDate, // ngày ký ban hành
  place: text, // địa danh ghi trên văn bản, ví dụ tên tỉnh
  issuer: text, // cơ quan ban hành, ví dụ "Ủy ban nhân dân tỉnh …"
  summary: text, // hai, ba câu giới thiệu cho danh sách và công cụ tìm kiếm
  source: webAddress.optional(), // địa chỉ công khai của văn bản gốc, nếu có
  sample, // true nếu là nội dung minh họa, không phải văn bản thật
  signature: z.strictObject({
    authority: text, // "TM. ỦY BAN NHÂN DÂN"
    capacity: text.optional(), // "KT. CHỦ TỊCH" (ký thay), nếu có
    position: text, // chức vụ người ký: "PHÓ CHỦ TỊCH"
    signer: text, // họ tên người ký
  }),
  legalBases: z
    .array(
      documentRef.extend({
        title: text, // trích yếu của văn bản căn cứ
        amendedBy: z.array(documentRef).optional(), // các văn bản sửa đổi, bổ sung
        text: text, // đoạn "Căn cứ …" đúng như trong văn bản
      }),
    )
    .min(1),
  targets: z.array(targetSchema).min(1),
  budget: z
    .strictObject({
      total: dong, // tổng kinh phí (đồng)
      sources: z
        .array(
          z.strictObject({
            id: slugId(), // mã nguồn
            label: text, // tên nguồn như trong văn bản
            amount: dong, // số tiền (đồng)
          }),
        )
        .min(1),
      appendixIncluded: z.boolean(), // văn bản có kèm phụ lục chi tiết kinh phí không
    })
    .superRefine((b, ctx) => {
      const mismatch = budgetMismatch(b.total, b.sources);
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['sources'], message: mismatch });
    }),
  recipients: z.array(text).min(1), // Nơi nhận, mỗi dòng như trong văn bản
});

export type Plan = z.output<typeof planSchema>;
export type Target = z.output<typeof targetSchema>;
export type LegalBasis = Plan['legalBases'][number];
export type DocumentRef = z.output<typeof documentRef>;
export type BudgetLine = Plan['budget']['sources'][number];
