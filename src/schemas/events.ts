// One year's khuyến công events: content/events/<year>.yaml, one row per event.
import { z } from 'astro/zod';
import { clock, isoDate, oneOf, sample, slugId, text, webAddress, year } from './fields.ts';

/** The kinds of event, with their Vietnamese names. */
export const EVENT_KINDS = {
  'hoi-cho': 'Hội chợ, triển lãm',
  'hoi-thao': 'Hội thảo',
  'tap-huan': 'Tập huấn, đào tạo',
  'binh-chon': 'Bình chọn sản phẩm',
  'khao-sat': 'Khảo sát, học tập kinh nghiệm',
} as const;
export type EventKind = keyof typeof EVENT_KINDS;

export const eventSchema = z.strictObject({
  id: slugId('mã viết chữ thường không dấu, nối bằng gạch ngang, ví dụ "hoi-cho-1"'), // mã sự kiện, không trùng trong tệp
  title: text, // tên sự kiện
  kind: oneOf(EVENT_KINDS), // loại: hoi-cho, hoi-thao, tap-huan, binh-chon, khao-sat
  date: isoDate, // ngày (bắt đầu), trong ngoặc kép: "2024-09-12"
  end: isoDate.optional(), // ngày kết thúc, nếu kéo dài nhiều ngày
  time: clock('08:00').optional(), // giờ bắt đầu (giờ Việt Nam), nếu biết
  duration: z.number().int().min(1).max(1440).optional(), // thời lượng (phút), đi cùng giờ bắt đầu ("time")
  place: text.optional(), // địa điểm
  audience: text.optional(), // ai được tham dự
  register: text.optional(), // cách đăng ký
  policy: slugId(), // chính sách liên quan: tên tệp trong content/policies/, không có đuôi
  target: text.optional(), // mã chỉ tiêu của kế hoạch mà sự kiện này được tính vào khi đã diễn ra
  summary: text, // giới thiệu: một, hai câu
  sample, // true nếu là nội dung minh họa (ngày, địa điểm giả định)
  source: webAddress.optional(), // địa chỉ công khai xác nhận sự kiện
});

export const eventsSchema = z.strictObject({
  year, // năm; tên tệp cũng là năm: 2024.yaml
  events: z.array(eventSchema).min(1), // các sự kiện trong năm, mỗi sự kiện một mục
});

export type EventYear = z.output<typeof eventsSchema>;
export type KhuyenCongEvent = z.output<typeof eventSchema>;
