// The site's settings: content/site.yaml, one file that staff or the IT office
// edit: the public address, the site's name, the province, the organisation that
// runs it (name, parent and superior bodies, contacts), its logo and colours.
// Pages, feeds, share cards, the structured data and the release gate read them;
// nothing of one province is written in code (another province's site is another
// content folder: docs/adopt.md). A fact is
// written only from a public source, named under `sources`; an unknown fact is
// left empty (the release gate lists what is still missing).
import { z } from 'astro/zod';
import { sourceAddress, text, webAddress } from './fields.ts';
import { COLOUR_VALUE, LOGO_FILE } from '../lib/theme-values.ts';

/** Empty ("" or left out) or a value that passes `schema`. */
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/** The organisation's facts that need a public source when written. */
export const ORGANISATION_FACTS = ['name', 'parent', 'superiors', 'address', 'phone', 'email', 'hours', 'website', 'map'] as const;
export type OrganisationFact = (typeof ORGANISATION_FACTS)[number];

export const organisationSchema = z.strictObject({
  name: text, // tên đầy đủ của đơn vị vận hành trang, ví dụ "Trung tâm Khuyến công … tỉnh …"
  parent: text, // cơ quan chủ quản, ví dụ "Sở Công Thương tỉnh …"
  superiors: z.array(text).default([]), // các cơ quan cấp trên của cơ quan chủ quản, từ cao xuống thấp, ghi ở chân trang và bìa brochure, ví dụ "Ủy ban nhân dân tỉnh …"
  nameEn: optional(text), // tên tiếng Anh của đơn vị, cho trang /en/ (để trống nếu chưa có; trang tiếng Anh khi đó dùng tên tiếng Việt)
  parentEn: optional(text), // tên tiếng Anh của cơ quan chủ quản, cho trang /en/
  address: optional(text), // địa chỉ trụ sở, để trống nếu chưa có nguồn công khai
  phone: optional(z.string().regex(/^\+?[\d .()-]{8,20}$/, { error: 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, ngoặc hoặc gạch ngang, ví dụ "0251 3822 xxx"' })), // điện thoại
  email: optional(z.email()), // thư điện tử
  hours: optional(text), // giờ làm việc, ví dụ "Thứ Hai đến Thứ Sáu, 7 giờ 30 – 11 giờ 30, 13 giờ 30 – 17 giờ"
  website: optional(webAddress), // trang web riêng của đơn vị, https://…
  map: optional(webAddress), // liên kết tới vị trí trụ sở trên bản đồ, https://…
  area: text, // địa bàn phục vụ, ví dụ "Tỉnh …"
});

/** The province (or centrally run city) the site is about. */
export const provinceSchema = z.strictObject({
  name: text, // tên tỉnh (thành phố) không kèm chữ "tỉnh", như trong tên trang "Khuyến công …"
  full: text, // tên như viết giữa câu, có chữ "tỉnh" hoặc "thành phố": "… của tỉnh …"
});

export type { ColourName } from '../lib/theme-values.ts';

const colour = z.string().regex(COLOUR_VALUE, { error: (iss) => `cần một mã màu dạng "#rrggbb", ví dụ "#0f4c81" (đang là "${String(iss.input)}")` });

/** The site's look: its logo and colours (checked for contrast: src/features/site/theme.ts). */
export const themeSchema = z.strictObject({
  logo: optional(z.string().regex(LOGO_FILE, { error: 'cần tên một tệp .svg trong thư mục nội dung, ví dụ "logo.svg"' })), // tệp biểu trưng dạng SVG, đặt trong thư mục nội dung, ví dụ "logo.svg" (để trống: dùng biểu trưng chung)
  colours: z
    .strictObject({
      brand: colour.optional(), // màu chính: chữ liên kết, nút bấm ("#rrggbb"); chữ trắng trên màu này và màu này trên nền trắng phải đủ tương phản
      brandDark: colour.optional(), // màu đậm: nền đầu trang, tiêu đề, viền tiêu điểm ("#rrggbb")
      brandSoft: colour.optional(), // màu nhạt: nền chân trang và các khung ghi chú ("#rrggbb")
      accent: colour.optional(), // màu nhấn: đường dưới đầu trang, số thứ tự, nút tìm kiếm ("#rrggbb")
    })
    .default({}), // màu của trang, dạng "#rrggbb": brand (liên kết, nút), brandDark (đầu trang, tiêu đề), brandSoft (nền nhạt), accent (đường nhấn); màu chữ phải đủ tương phản (WCAG AA), bản dựng kiểm tra
});

export const siteSchema = z.strictObject({
  address: optional(webAddress), // địa chỉ công khai của trang, ví dụ https://khuyencong.<tỉnh>.gov.vn (để trống khi chưa có; khi dựng thử, SITE_URL đè lên)
  name: text, // tên trang, ví dụ "Khuyến công …"
  tagline: text, // một dòng dưới tên trang, ví dụ "Chương trình khuyến công tỉnh …"
  province: provinceSchema, // tỉnh (thành phố) của trang
  description: text, // giới thiệu trang: một, hai câu cho máy tìm kiếm và ảnh chia sẻ
  organisation: organisationSchema, // đơn vị vận hành trang
  theme: themeSchema.default({ colours: {} }), // biểu trưng và màu của trang (không bắt buộc)
  sources: z.partialRecord(z.enum(ORGANISATION_FACTS), sourceAddress).default({}), // nguồn công khai của từng thông tin về đơn vị: name, parent, superiors, address, phone, email, hours, website, map
});

export type SiteSettings = z.output<typeof siteSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type Province = z.output<typeof provinceSchema>;
export type Theme = z.output<typeof themeSchema>;

