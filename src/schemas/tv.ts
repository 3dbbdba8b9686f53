// One year's TV feature schedule: content/tv/<year>.yaml, one row per feature.
import { z } from 'astro/zod';
import { clock, isoDate, sample, slugId, text, webAddress, year } from './fields.ts';

/** The kinds of content a feature may link to. */
export const RELATED_KINDS = ['plan', 'product', 'bulletin'] as const;
/** Their names, as staff read them (the web editor's choices). */
export const RELATED_KIND_NAMES: Record<(typeof RELATED_KINDS)[number], string> = { plan: 'Kế hoạch', product: 'Sản phẩm', bulletin: 'Bản tin' };

export const channelSchema = z.strictObject({
  name: text, // tên đài/kênh như năm đó, ví dụ "Đài Phát thanh – Truyền hình …"
  currentName: text.optional(), // tên hiện nay, nếu đã đổi hoặc hợp nhất
  currentSource: webAddress.optional(), // địa chỉ công khai nói về việc đổi tên
});

export const featureSchema = z.strictObject({
  number: z.number().int().min(1), // số thứ tự chuyên đề trong năm: 1, 2, … 24
  title: text, // tên chuyên đề
  topic: text, // chủ đề, lấy từ nhiệm vụ của kế hoạch
  date: isoDate, // ngày phát sóng (giờ Việt Nam), trong ngoặc kép: "2024-01-10"
  time: clock('20:00'), // giờ bắt đầu phát sóng (giờ Việt Nam): "20:00"
  duration: z.number().int().min(1).max(600), // thời lượng (phút)
  channel: text, // kênh phát sóng: một tên trong danh sách đài, kênh ở đầu tệp ("channels")
  summary: text, // giới thiệu nội dung: một, hai câu
  related: z
    .array(
      z.strictObject({
        kind: z.enum(RELATED_KINDS), // loại: kế hoạch, sản phẩm, bản tin
        id: slugId('mã viết chữ thường không dấu: "2024" (kế hoạch), "ghe-xich-du-may" (sản phẩm), tên tệp bản tin không có đuôi .md (bản tin)'), // mã của nội dung được liên kết
      }),
    )
    .default([]), // các nội dung liên quan (không bắt buộc)
  recording: webAddress.optional(), // địa chỉ bản ghi hình, nếu có
  sample, // true nếu là nội dung minh họa
  source: webAddress.optional(), // địa chỉ công khai xác nhận chuyên đề, nếu có
});

export const tvSchema = z.strictObject({
  year, // năm của lịch; tên tệp cũng là năm: 2024.yaml
  channels: z.array(channelSchema).min(1), // các đài (kênh) phát sóng trong năm
  features: z.array(featureSchema).min(1), // các chuyên đề, mỗi chuyên đề một mục
});

export type Schedule = z.output<typeof tvSchema>;
export type Feature = z.output<typeof featureSchema>;
export type Channel = z.output<typeof channelSchema>;
export type RelatedRef = Feature['related'][number];
