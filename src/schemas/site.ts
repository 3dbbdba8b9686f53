// The site's settings: content/site.yaml, one file that staff or the IT office
// edit: the public address, the site's name, and the organisation that runs it
// (name, parent body, contacts). Pages, feeds, share cards, the structured data
// and the release gate read them; nothing of it is written in code. A fact is
// written only from a public source, named under `sources`; an unknown fact is
// left empty (the release gate lists what is still missing).
import { z } from 'astro/zod';
import { sourceAddress, text, webAddress } from './fields.ts';

/** Empty ("" or left out) or a value that passes `schema`. */
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/** The organisation's facts that need a public source when written. */
export const ORGANISATION_FACTS = ['name', 'parent', 'address', 'phone', 'email', 'hours', 'website', 'map'] as const;
export type OrganisationFact = (typeof ORGANISATION_FACTS)[number];

export const organisationSchema = z.strictObject({
  name: text, // tên đơn vị vận hành trang: "Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai"
  parent: text, // cơ quan chủ quản: "Sở Công Thương tỉnh Đồng Nai"
  nameEn: optional(text), // tên tiếng Anh của đơn vị, cho trang /en/ (để trống nếu chưa có; trang tiếng Anh khi đó dùng tên tiếng Việt)
  parentEn: optional(text), // tên tiếng Anh của cơ quan chủ quản, cho trang /en/
  address: optional(text), // địa chỉ trụ sở, để trống nếu chưa có nguồn công khai
  phone: optional(z.string().regex(/^\+?[\d .()-]{8,20}$/, { error: 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, ngoặc hoặc gạch ngang, ví dụ "0251 3822 xxx"' })), // điện thoại
  email: optional(z.email()), // thư điện tử
  hours: optional(text), // giờ làm việc, ví dụ "Thứ Hai đến Thứ Sáu, 7 giờ 30 – 11 giờ 30, 13 giờ 30 – 17 giờ"
  website: optional(webAddress), // trang web riêng của đơn vị, https://…
  map: optional(webAddress), // liên kết tới vị trí trụ sở trên bản đồ, https://…
  area: text, // địa bàn phục vụ: "Tỉnh Đồng Nai"
});

export const siteSchema = z.strictObject({
  address: optional(webAddress), // địa chỉ công khai của trang, ví dụ https://khuyencong.dongnai.gov.vn (để trống khi chưa có; khi dựng thử, SITE_URL đè lên)
  name: text, // tên trang: "Khuyến công Đồng Nai"
  tagline: text, // một dòng dưới tên trang: "Chương trình khuyến công tỉnh Đồng Nai"
  description: text, // giới thiệu trang: một, hai câu cho máy tìm kiếm và ảnh chia sẻ
  organisation: organisationSchema, // đơn vị vận hành trang
  sources: z.partialRecord(z.enum(ORGANISATION_FACTS), sourceAddress).default({}), // nguồn công khai của từng thông tin về đơn vị: name, parent, address, phone, email, hours, website, map
});

export type SiteSettings = z.output<typeof siteSchema>;
export type Organisation = z.output<typeof organisationSchema>;
