// A typical rural industrial product (sản phẩm CNNT tiêu biểu):
// content/products/<slug>/index.md, its photos beside it. The official
// vocabularies (groups, levels, kinds of producer) are the values this schema
// allows; pages read their labels from here. The administrative unit
// (`producer.district`) is one of the content folder's own units
// (don-vi-hanh-chinh.yaml, src/schemas/units.ts), checked in src/loaders/collections.ts.
import { z } from 'astro/zod';
import { buildYear } from '../lib/build-date.ts';
import { oneOf, sample, text, webAddress } from './fields.ts';

/** The four official CNNT product groups used in judging. */
export const GROUPS = {
  'thu-cong-my-nghe': 'Thủ công mỹ nghệ',
  'che-bien-nong-lam-thuy-san-thuc-pham': 'Chế biến nông – lâm – thủy sản và thực phẩm',
  'thiet-bi-may-moc-co-khi': 'Thiết bị – máy móc – cơ khí',
  'san-pham-khac': 'Sản phẩm khác',
} as const;
export type Group = keyof typeof GROUPS;

/** Recognition levels, lowest first. */
export const LEVELS = {
  huyen: 'Cấp huyện',
  tinh: 'Cấp tỉnh',
  'khu-vuc': 'Cấp khu vực',
  'quoc-gia': 'Cấp quốc gia',
} as const;
export type Level = keyof typeof LEVELS;

export const PRODUCER_KINDS = {
  'doanh-nghiep': 'Doanh nghiệp',
  'hop-tac-xa': 'Hợp tác xã',
  'ho-kinh-doanh': 'Hộ kinh doanh',
  'co-so': 'Cơ sở',
} as const;
export type ProducerKind = keyof typeof PRODUCER_KINDS;

/** Where a product was made, as it was when first recognised, and optionally today. */
export const producerSchema = z.strictObject({
  name: text, // tên cơ sở sản xuất
  kind: oneOf(PRODUCER_KINDS), // loại cơ sở: doanh-nghiep, hop-tac-xa, ho-kinh-doanh hoặc co-so
  address: text.optional(), // địa chỉ: số nhà, ấp, đường (nếu có)
  commune: text, // xã (phường, thị trấn) khi được công nhận
  district: text, // đơn vị hành chính (huyện, thành phố…) khi được công nhận lần đầu: một đơn vị trong danh sách don-vi-hanh-chinh.yaml còn có vào năm đó
  current: z
    .strictObject({
      address: text.optional(), // địa chỉ hiện nay, sau khi sắp xếp đơn vị hành chính
      commune: text.optional(), // xã (phường) hiện nay
      province: text.optional(), // tỉnh hiện nay
    })
    .optional(), // tên địa danh hiện nay (không bắt buộc)
  phone: z.string().regex(/^\+?[\d .()-]{8,20}$/, { error: 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang' }).optional(), // điện thoại
  email: z.email().optional(), // thư điện tử
  website: webAddress.optional(), // trang web, bắt đầu bằng https://
});

export const recognitionSchema = z.strictObject({
  level: oneOf(LEVELS), // cấp công nhận: huyen, tinh, khu-vuc hoặc quoc-gia
  year: z
    .number()
    .int()
    .min(2000)
    .refine((y) => y <= buildYear(), { error: (iss) => `năm ${String(iss.input)} ở sau năm hiện tại (${buildYear()}); năm công nhận không thể ở tương lai` }), // năm công nhận
  decision: text.optional(), // số quyết định công nhận, nếu biết
});

/** A photo of the product itself. */
export interface RealPhoto<I> {
  src: I;
  alt: string;
  illustrative: false;
}
/** A drawing that stands for a whole group (`illustrative: true`): never shown as the product, never published. */
export interface Drawing {
  src: string;
  alt: string;
  illustrative: true;
}

/**
 * A drawing's path is kept as a plain string: Astro's image() marks a path
 * (with the prefix "__ASTRO_IMAGE_") for Astro to import, and an imported
 * picture that no page transforms is published as it is. The drawing's file is
 * still checked to exist (src/loaders/collections.ts).
 */
function photoOrDrawing<I>(photo: { src: I; alt: string; illustrative: boolean }): RealPhoto<I> | Drawing {
  return photo.illustrative
    ? { src: String(photo.src).replace(/^__ASTRO_IMAGE_/, ''), alt: photo.alt, illustrative: true }
    : { src: photo.src, alt: photo.alt, illustrative: false };
}

/**
 * The product's schema. `image` is Astro's image() (a file beside index.md), or
 * a plain string schema when content is checked outside Astro.
 */
export const productSchema = <I extends z.ZodType>(image: () => I) =>
  z.strictObject({
    name: text, // tên sản phẩm
    group: oneOf(GROUPS), // nhóm sản phẩm: một trong bốn nhóm chính thức
    productSet: z.boolean().default(false), // true nếu là bộ sản phẩm
    producer: producerSchema, // cơ sở sản xuất
    recognitions: z.array(recognitionSchema).min(1), // các lần được công nhận
    summary: text, // giới thiệu ngắn: một, hai câu
    photos: z
      .array(
        z
          .strictObject({
            src: image(), // tệp ảnh, đặt cùng thư mục, ví dụ ./anh-1.webp
            alt: text, // mô tả ảnh cho người không nhìn thấy ảnh
            illustrative: z.boolean().default(false), // true nếu là hình vẽ minh họa, không phải ảnh chụp sản phẩm: không hiển thị, trang ghi "Chưa có ảnh"
          })
          // The generic `image` leaves zod unable to name the parsed object's fields: they are src, alt and illustrative.
          .transform((photo) => photoOrDrawing(photo as { src: z.output<I>; alt: string; illustrative: boolean })),
      )
      .default([]), // ảnh chụp sản phẩm, ảnh đầu tiên là ảnh chính; chưa có ảnh thì để trống
    sample, // true nếu là nội dung minh họa
    source: webAddress.optional(), // địa chỉ nguồn công khai của thông tin
  });

/** The product's schema with photo paths as plain strings (checks outside Astro). */
export const productFileSchema = productSchema(() => z.string());

/** A product's data, photos aside (what the catalogue's logic reads). */
export type ProductData = Omit<z.output<typeof productFileSchema>, 'photos'>;
export type Producer = z.output<typeof producerSchema>;
export type Recognition = z.output<typeof recognitionSchema>;
