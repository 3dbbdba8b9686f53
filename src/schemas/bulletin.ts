// One issue of the Bản tin Khuyến công: content/bulletins/<year>/<slug>.md(x).
import { z } from 'astro/zod';
import { isoDate, sample, sourceAddress, text } from './fields.ts';

/**
 * The schema. `image` is Astro's image() (a file next to the issue),
 * or a plain string schema when content is checked outside Astro.
 */
export const bulletinSchema = <I extends z.ZodType>(image: () => I) =>
  z.strictObject({
    title: text, // tiêu đề bản tin
    number: z.number().int().min(1), // số bản tin, không trùng trong cùng năm
    date: isoDate, // ngày phát hành, trong ngoặc kép: "2024-12-05"
    updated: isoDate.optional(), // ngày cập nhật, nếu bản tin được sửa sau khi phát hành
    summary: text, // tóm tắt: hai, ba câu cho danh sách, trang chủ và RSS
    cover: z
      .strictObject({
        image: image(), // tệp ảnh, đặt cạnh tệp bản tin: ./anh-bia.webp
        alt: text, // mô tả ảnh cho người không xem được ảnh
      })
      .optional(), // ảnh bìa, nếu có
    tags: z.array(text).default([]), // chủ đề: ["bình chọn", "sản phẩm tiêu biểu"]
    sample, // true nếu là nội dung minh họa
    source: z.preprocess((v) => (v === '' || v === null ? undefined : v), sourceAddress.optional()), // nguồn công khai của tin: https://… hoặc trang của site (/ke-hoach/2024/)
    draft: z.boolean().default(false), // true nếu là bản nháp: chỉ hiện khi xem trước (npm run dev), không xuất bản
  });

/** The schema with the cover's path as a plain string (checks outside Astro). */
export const bulletinFileSchema = bulletinSchema(() => z.string());
export type BulletinData = z.output<typeof bulletinFileSchema>;
