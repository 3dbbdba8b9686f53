// Every collection's schema, in one place. Content lives in /content (what staff
// edit); each field has a one-line comment saying what it holds. Mistakes are
// explained in plain Vietnamese (src/lib/content-errors.ts) with file and field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { budgetMismatch } from './lib/budget';
import { parseClock, parseIsoDate } from './lib/format';
import { checkLegalBases, checkPlanAgainstText, type PlanData } from './lib/plan';
import { checkCollisions, checkRelated, checkScheduleFile, type Schedule } from './lib/tv';
import { checked } from './loaders/checked';
import { contentIdExists } from './loaders/content-ids';

/**
 * Where content is read from: ./content, or CONTENT_DIR when set (the content
 * tests and the national-scale benchmark build from a folder of their own).
 */
const CONTENT_DIR = (process.env['CONTENT_DIR'] ?? './content').replace(/\/$/, '');

/** A calendar date written "YYYY-MM-DD" in quotes; checked against the calendar. */
const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, {
  error: (iss) => `"${String(iss.input)}" không phải một ngày có thật; cần dạng "YYYY-MM-DD", ví dụ "2024-06-04"`,
});

/** Text that must not be empty. */
const text = z.string().trim().min(1);

/** A whole number of đồng, without dots: 7165488080. */
const dong = z.number().int().nonnegative();

/** A legal document referred to by another (number, date, issuer). */
const documentRef = z.strictObject({
  kind: text, // loại văn bản: Nghị định, Thông tư, Quyết định…
  number: text, // số hiệu, ví dụ "45/2012/NĐ-CP"
  date: isoDate, // ngày ban hành
  issuer: text, // cơ quan ban hành
});

/** A plan (kế hoạch) of one year: the document's data; its full text is the body. */
const planSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100), // năm của kế hoạch; cũng là địa chỉ trang /ke-hoach/<năm>/
  kind: text, // tên loại văn bản như in trên văn bản: "KẾ HOẠCH"
  number: text, // số hiệu: "195/KH-UBND"
  title: text, // trích yếu: "Khuyến công tỉnh Đồng Nai năm 2024"
  issued: isoDate, // ngày ký ban hành
  place: text, // địa danh ghi trên văn bản: "Đồng Nai"
  issuer: text, // cơ quan ban hành: "Ủy ban nhân dân tỉnh Đồng Nai"
  summary: text, // hai, ba câu giới thiệu cho danh sách và công cụ tìm kiếm
  source: z.url().optional(), // địa chỉ công khai của văn bản gốc, nếu có
  sample: z.boolean().default(false), // true nếu là nội dung minh họa, không phải văn bản thật
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
  targets: z
    .array(
      z
        .strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/, { error: 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang' }), // mã chỉ tiêu, dùng cho tiến độ
          section: text, // mục trong văn bản: "II.3.a"
          label: text, // tên chỉ tiêu
          quantity: z.number().nonnegative().optional(), // số lượng (một con số)
          min: z.number().nonnegative().optional(), // hoặc khoảng: từ…
          max: z.number().nonnegative().optional(), // …đến (28–30)
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
        }),
    )
    .min(1),
  budget: z
    .strictObject({
      total: dong, // tổng kinh phí (đồng)
      sources: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[a-z0-9-]+$/), // mã nguồn
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

const plans = defineCollection({
  loader: checked(glob({ base: `${CONTENT_DIR}/plans`, pattern: '[^_]*.{md,mdx}' }), {
    schema: planSchema,
    entry: ({ data, body }) => [
      ...checkLegalBases(data as unknown as PlanData),
      ...checkPlanAgainstText(data as unknown as PlanData, body ?? ''),
    ],
  }),
  schema: planSchema,
});

/** One year's TV feature schedule (content/tv/<year>.yaml): one row per feature. */
const tvSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100), // năm của lịch; tên tệp cũng là năm: 2024.yaml
  channels: z
    .array(
      z.strictObject({
        name: text, // tên đài/kênh như năm đó: "Đài Phát thanh – Truyền hình Đồng Nai"
        currentName: text.optional(), // tên hiện nay, nếu đã đổi hoặc hợp nhất
        currentSource: z.url().optional(), // địa chỉ công khai nói về việc đổi tên
      }),
    )
    .min(1),
  features: z
    .array(
      z.strictObject({
        number: z.number().int().min(1), // số thứ tự chuyên đề trong năm: 1, 2, … 24
        title: text, // tên chuyên đề
        topic: text, // chủ đề, lấy từ nhiệm vụ của kế hoạch
        date: isoDate, // ngày phát sóng (giờ Việt Nam), trong ngoặc kép: "2024-01-10"
        time: z.string().refine((s) => parseClock(s) !== null, {
          error: (iss) => `"${String(iss.input)}" không phải giờ hợp lệ; cần dạng "HH:MM" (24 giờ), trong ngoặc kép, ví dụ "20:00"`,
        }), // giờ bắt đầu phát sóng (giờ Việt Nam): "20:00"
        duration: z.number().int().min(1).max(600), // thời lượng (phút)
        channel: text, // kênh phát sóng: một tên trong "channels" ở đầu tệp
        summary: text, // một, hai câu giới thiệu nội dung
        related: z
          .array(
            z.strictObject({
              kind: z.enum(['plan', 'product', 'bulletin']), // loại: kế hoạch, sản phẩm, bản tin
              id: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, {
                error: 'mã viết chữ thường không dấu: "2024" (kế hoạch), "ghe-xich-du-may" (sản phẩm), "2024/so-01" (bản tin)',
              }), // mã của nội dung được liên kết
            }),
          )
          .default([]), // các nội dung liên quan (không bắt buộc)
        recording: z.url().optional(), // địa chỉ bản ghi hình, nếu có
        sample: z.boolean().default(false), // true nếu là nội dung minh họa
        source: z.url().optional(), // địa chỉ công khai xác nhận chuyên đề, nếu có
      }),
    )
    .min(1),
});

const tv = defineCollection({
  loader: checked(glob({ base: `${CONTENT_DIR}/tv`, pattern: '[^_]*.{yaml,yml,json}' }), {
    schema: tvSchema,
    entry: ({ id, data }) => [
      ...checkScheduleFile(data as unknown as Schedule, id),
      ...checkRelated(data as unknown as Schedule, (ref) => contentIdExists(CONTENT_DIR, ref)),
    ],
    collection: (entries) =>
      checkCollisions(entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data as unknown as Schedule }))),
  }),
  schema: tvSchema,
});

export const collections = { plans, tv };
