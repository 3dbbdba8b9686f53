// The accessibility statement: content/kha-nang-tiep-can.yaml, shown at
// /kha-nang-tiep-can/. What the site aims for, how it is tested, what is known
// not to work yet; the page adds how to report a problem (the contacts from
// content/site.yaml). A sentence about another text names its address.
import { z } from 'astro/zod';
import { isoDate, slugId, sourceAddress, text } from './fields.ts';

/** A sentence, and the public text it relies on when it relies on one. */
export const accessibilityItemSchema = z.strictObject({
  text: text, // một câu, viết cho người đọc
  source: sourceAddress.optional(), // địa chỉ văn bản mà câu dựa vào (tiêu chuẩn, thông tư), nếu có
});

export const accessibilitySchema = z.strictObject({
  title: text, // tiêu đề trang
  summary: text, // một, hai câu mở đầu
  reviewed: isoDate, // ngày rà soát tuyên bố này gần nhất, "YYYY-MM-DD"
  sections: z
    .array(
      z.strictObject({
        id: slugId('mã mục chỉ gồm chữ thường không dấu, chữ số và gạch ngang, ví dụ "han-che"'), // neo của mục trên trang
        heading: text, // tiêu đề mục
        items: z.array(accessibilityItemSchema).min(1), // các câu của mục
      }),
    )
    .min(1),
});

export type AccessibilityData = z.output<typeof accessibilitySchema>;
