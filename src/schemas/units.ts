// The administrative units the catalogue names: <content>/don-vi-hanh-chinh.yaml,
// one file per content folder (each province has its own). A product's
// `producer.district` is the name of one of these units, one that existed in the
// year of the product's first recognition; a unit abolished or merged keeps its
// entry (with `until`) so that older products keep their names, and a new unit
// is added with `from`. Nothing of one province is written in code.
import { z } from 'astro/zod';
import { isoDate, sample, sourceAddress, text, webAddress } from './fields.ts';

export const unitSchema = z.strictObject({
  name: text, // tên đơn vị, viết đầy đủ kèm loại đơn vị như trong văn bản, ví dụ "Huyện …", "Thành phố …", "Phường …", "Xã …"
  from: isoDate.optional(), // ngày đầu tiên đơn vị có, trong ngoặc kép: "2025-07-01" (để trống nếu đơn vị có từ trước các sản phẩm)
  until: isoDate.optional(), // ngày cuối cùng đơn vị còn, trong ngoặc kép: "2025-06-30" (để trống nếu đơn vị vẫn còn)
});

export const unitChangeSchema = z.strictObject({
  date: isoDate, // ngày thay đổi có hiệu lực, trong ngoặc kép: "2025-07-01"
  text, // thay đổi, viết thành câu, hiện cùng danh mục sản phẩm
  source: webAddress, // địa chỉ công khai nói về thay đổi, https://…
});

export const unitsSchema = z.strictObject({
  source: sourceAddress.optional(), // nguồn công khai của danh sách: địa chỉ https://… hoặc một trang của trang này (bắt buộc, trừ khi là danh sách minh họa)
  sample, // true nếu là danh sách minh họa, không phải danh sách thật
  units: z.array(unitSchema).min(1), // các đơn vị hành chính mà sản phẩm chọn (huyện, thành phố, xã, phường…), cả đơn vị đã giải thể hay sáp nhập
  changes: z.array(unitChangeSchema).default([]), // các lần sắp xếp đơn vị hành chính, hiện cùng danh mục sản phẩm (không bắt buộc)
});

export type UnitsFile = z.output<typeof unitsSchema>;
export type AdminUnit = z.output<typeof unitSchema>;
export type UnitChange = z.output<typeof unitChangeSchema>;
