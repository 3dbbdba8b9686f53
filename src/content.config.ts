// Every collection's schema, in one place. Content lives in /content (what staff
// edit); each field has a one-line comment saying what it holds. Mistakes are
// explained in plain Vietnamese (src/lib/content-errors.ts) with file and field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { budgetMismatch } from './features/plan/budget';
import { buildYear } from './lib/build-date';
import { DISTRICTS_2024, GROUPS, LEVELS, PRODUCER_KINDS } from './features/catalogue/products';
import { slugify } from './lib/slug';
import { ContentError, type FieldProblem } from './lib/content-errors';
import { parseClock, parseIsoDate } from './lib/format';
import { checkIssueCollection, checkIssueFile, type IssueLike } from './features/bulletins/bulletins';
import { checkLinkCards, contentExists, linkTargetProblem } from './loaders/content-links';
import { checkMdxSyntax } from './features/bulletins/mdx-syntax';
import { checkLegalBases, checkPlanAgainstText, type PlanData } from './features/plan/checks';
import { checkCollisions, checkRelated, checkScheduleFile, type Schedule } from './features/tv/schedule';
import { checked, type CheckedEntry } from './loaders/checked';
import { checkEventsFile, EVENT_KINDS, type EventKind, type EventYear } from './features/events/events';
import { readPlanFacts } from './loaders/plan-facts';
import { checkProgressFile, type ProgressFile } from './features/plan/progress';
import { checkPolicy, POLICY_SECTIONS, type PolicyData } from './features/policies/policies';

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

/** One of the keys of a vocabulary table, e.g. GROUPS. */
const oneOf = <T extends Record<string, string>>(table: T) => z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]);

/** Where a product was made, as it was when recognised (2024 names), and optionally today. */
const producerSchema = z.strictObject({
  name: text, // tên cơ sở sản xuất
  kind: oneOf(PRODUCER_KINDS), // doanh-nghiep, hop-tac-xa, ho-kinh-doanh hoặc co-so
  address: text.optional(), // số nhà, ấp, đường (nếu có)
  commune: text, // xã, phường, thị trấn khi được công nhận
  district: z.enum(DISTRICTS_2024), // huyện, thành phố khi được công nhận (tên năm 2024)
  current: z
    .strictObject({
      address: text.optional(), // địa chỉ hiện nay, sau sắp xếp đơn vị hành chính 1/7/2025
      commune: text.optional(), // xã, phường hiện nay
      province: text.optional(), // tỉnh hiện nay
    })
    .optional(), // tên địa danh hiện nay (không bắt buộc)
  phone: z.string().regex(/^\+?[\d .()-]{8,20}$/, { error: 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang' }).optional(), // điện thoại
  email: z.email().optional(), // thư điện tử
  website: z.url().optional(), // trang web, bắt đầu bằng https://
});

/** A typical rural industrial product (sản phẩm CNNT tiêu biểu): content/products/<slug>/index.md. */
const productSchema = <I extends z.ZodType>(image: () => I) =>
  z.strictObject({
    name: text, // tên sản phẩm
    group: oneOf(GROUPS), // một trong bốn nhóm chính thức
    productSet: z.boolean().default(false), // true nếu là bộ sản phẩm
    producer: producerSchema, // cơ sở sản xuất
    recognitions: z
      .array(
        z.strictObject({
          level: oneOf(LEVELS), // huyen, tinh, khu-vuc hoặc quoc-gia
          year: z
            .number()
            .int()
            .min(2000)
            .refine((y) => y <= buildYear(), { error: (iss) => `năm ${String(iss.input)} ở sau năm hiện tại (${buildYear()}); năm công nhận không thể ở tương lai` }), // năm công nhận
          decision: text.optional(), // số quyết định công nhận, nếu biết
        }),
      )
      .min(1), // các lần được công nhận
    summary: text, // một, hai câu giới thiệu ngắn
    photos: z
      .array(
        z.strictObject({
          src: image(), // tệp ảnh đặt cùng thư mục, ví dụ ./anh-1.webp
          alt: text, // mô tả ảnh cho người không nhìn thấy ảnh
        }),
      )
      .min(1), // ảnh sản phẩm, ảnh đầu tiên là ảnh chính
    sample: z.boolean().default(false), // true nếu là nội dung minh họa
    source: z.url().optional(), // địa chỉ nguồn công khai của thông tin
  });

/**
 * Photos must exist beside the content file. (Astro's image() accepts a missing
 * file at this stage and fails later, deep in the build, without the field.)
 */
function checkPhotosExist({ data, filePath }: CheckedEntry): FieldProblem[] {
  const photos = (data['photos'] ?? []) as { src: unknown }[];
  return photos.flatMap((photo, i) => {
    const src = String(photo.src).replace(/^__ASTRO_IMAGE_/, '');
    if (/^(https?:)?\/\//.test(src) || !filePath) return [];
    const file = path.resolve(path.dirname(filePath), src);
    return existsSync(file)
      ? []
      : [{ field: `photos.${i}.src`, message: `không tìm thấy tệp ảnh "${src}" trong thư mục ${path.dirname(filePath)}; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và phần đuôi (.jpg, .webp…)` }];
  });
}

/** Folder names are the products' addresses: /san-pham/<folder>/; these are taken by other pages. */
const RESERVED_PRODUCT_SLUGS = ['in', 'trang', 'nhom', 'cap', 'huyen', 'nam'];
const productIds = new Map<string, string>();
const products = defineCollection({
  loader: checked(
    glob({
      base: `${CONTENT_DIR}/products`,
      pattern: '*/index.{md,mdx}',
      generateId: ({ entry }) => {
        const folder = entry.split('/')[0]!;
        const slug = slugify(folder);
        const file = `${CONTENT_DIR}/products/${entry}`;
        if (folder !== slug)
          throw new ContentError(file, [
            { field: '(tên thư mục)', message: `tên thư mục "${folder}" phải viết thường, không dấu, nối bằng gạch ngang, ví dụ "${slug}"` },
          ]);
        if (RESERVED_PRODUCT_SLUGS.includes(slug))
          throw new ContentError(file, [
            { field: '(tên thư mục)', message: `"${slug}" là địa chỉ dành riêng của trang (/san-pham/${slug}/); đặt tên thư mục khác` },
          ]);
        const other = productIds.get(slug);
        if (other && other !== file)
          throw new ContentError(file, [{ field: '(tên thư mục)', message: `trùng địa chỉ "${slug}" với tệp ${other}; mỗi sản phẩm cần một thư mục riêng` }]);
        productIds.set(slug, file);
        return slug;
      },
    }),
    { schema: productSchema(() => z.string()), entry: checkPhotosExist },
  ),
  schema: ({ image }) => productSchema(image),
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
              id: z.string().regex(/^[a-z0-9-]+$/, {
                error: 'mã viết chữ thường không dấu: "2024" (kế hoạch), "ghe-xich-du-may" (sản phẩm), tên tệp bản tin không có đuôi .md (bản tin)',
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
      ...checkRelated(data as unknown as Schedule, (ref) => contentExists(CONTENT_DIR, ref.kind, ref.id)),
    ],
    collection: (entries) =>
      checkCollisions(entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data as unknown as Schedule }))),
  }),
  schema: tvSchema,
});

/** A public source: a full web address, or a page of this site such as /ke-hoach/2024/. */
const sourceAddress = z.string().refine((s) => /^https?:\/\/[^\s]+$/.test(s) || /^\/[a-z0-9\-/]*\/$/.test(s), {
  error: (iss) => `cần một địa chỉ web đầy đủ (https://…) hoặc một trang của trang này (ví dụ /ke-hoach/2024/), đang là "${String(iss.input)}"`,
});

/**
 * One issue of the Bản tin Khuyến công: content/bulletins/<year>/<slug>.md(x).
 * `image` is Astro's image() (a file next to the issue), or a plain string
 * when explaining a mistake.
 */
const bulletinSchema = <I extends z.ZodType>(image: () => I) =>
  z.strictObject({
    title: text, // tiêu đề bản tin
    number: z.number().int().min(1), // số bản tin, không trùng trong cùng năm
    date: isoDate, // ngày phát hành, trong ngoặc kép: "2024-12-05"
    updated: isoDate.optional(), // ngày cập nhật, nếu bản tin được sửa sau khi phát hành
    summary: text, // hai, ba câu tóm tắt cho danh sách, trang chủ và RSS
    cover: z
      .strictObject({
        image: image(), // tệp ảnh đặt cạnh tệp bản tin: ./anh-bia.webp
        alt: text, // mô tả ảnh cho người không xem được ảnh
      })
      .optional(), // ảnh bìa, nếu có
    tags: z.array(text).default([]), // chủ đề: ["bình chọn", "sản phẩm tiêu biểu"]
    sample: z.boolean().default(false), // true nếu là nội dung minh họa
    source: z.preprocess((v) => (v === '' || v === null ? undefined : v), sourceAddress.optional()), // nguồn công khai của tin: https://… hoặc trang của site (/ke-hoach/2024/)
    draft: z.boolean().default(false), // true: chỉ hiện khi xem trước (npm run dev), không xuất bản
  });

const bulletins = defineCollection({
  loader: checked(
    glob({
      base: `${CONTENT_DIR}/bulletins`,
      pattern: '**/[^_]*.{md,mdx}',
      // "2024/ke-hoach-2024": the file's own path, so that two years' files never overwrite each other.
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    {
      schema: bulletinSchema(() => z.string()),
      entry: ({ data, body, filePath }) => {
        const file = filePath ?? '';
        const problems = checkIssueFile(file, data as { date: string });
        const cover = (data['cover'] as { image?: string } | undefined)?.image;
        // image() only records the path; a missing file would fail later, without naming the field.
        if (cover && !existsSync(path.resolve(path.dirname(file), cover.replace(/^__ASTRO_IMAGE_/, ''))))
          problems.push({
            field: 'cover.image',
            message: `không có tệp ảnh "${cover.replace(/^__ASTRO_IMAGE_/, '')}" cạnh tệp bản tin; đặt ảnh vào cùng thư mục ${path.dirname(file)}/ và viết "./tên-ảnh.webp"`,
          });
        const source = data['source'];
        const sourceProblem = typeof source === 'string' && source.startsWith('/') ? linkTargetProblem(source, CONTENT_DIR) : null;
        if (sourceProblem) problems.push({ field: 'source', message: sourceProblem });
        const text = existsSync(file) ? readFileSync(file, 'utf8') : (body ?? '');
        if (file.endsWith('.mdx')) problems.push(...checkMdxSyntax(text));
        return [...problems, ...checkLinkCards(text, CONTENT_DIR)];
      },
      collection: (entries) => checkIssueCollection(entries as unknown as IssueLike[]),
    },
  ),
  schema: ({ image }) => bulletinSchema(image),
});

// ---- Support policies, events and reported progress (issue 7) ----

/** One statement of a policy and its source (the plan's page, or a public address). */
const statement = z.strictObject({
  text: text, // câu trả lời, viết ngắn, việc cần làm trước
  source: sourceAddress, // nguồn: trang kế hoạch (/ke-hoach/2024/) hoặc địa chỉ web công khai
  cite: text.optional(), // vị trí trong nguồn: "mục II.2"
});

/** A kind of support the plan funds: content/policies/<slug>.yaml (the file name is its address). */
const policySchema = z.strictObject({
  title: text, // tên chính sách, viết cho chủ cơ sở: "Hỗ trợ máy móc thiết bị tiên tiến"
  summary: text, // một câu: hỗ trợ gì, cho ai
  order: z.number().int().min(0), // thứ tự trên trang danh sách
  plan: z.number().int().min(2000).max(2100), // năm của kế hoạch nêu chính sách này
  targets: z.array(text).min(1), // mã chỉ tiêu trong kế hoạch đó: số lượng hỗ trợ lấy từ đây
  legalBases: z.array(text).min(1), // số hiệu văn bản căn cứ, đúng như phần căn cứ của kế hoạch
  offered: statement.optional(), // hỗ trợ những gì
  eligibility: statement.optional(), // ai được hỗ trợ
  howToApply: statement.optional(), // cách đăng ký
  documents: statement.optional(), // hồ sơ cần có
  when: statement.optional(), // thời gian, thời hạn
  notes: z.array(statement).default([]), // điều khác cần biết, mỗi điều một nguồn
  sample: z.boolean().default(false), // true nếu là nội dung minh họa
});

const policies = defineCollection({
  loader: checked(glob({ base: `${CONTENT_DIR}/policies`, pattern: '[^_]*.{yaml,yml}' }), {
    schema: policySchema,
    entry: ({ id, data }) => {
      const problems = checkPolicy(data as unknown as PolicyData, readPlanFacts(CONTENT_DIR, String(data['plan'])));
      if (id !== slugify(id)) problems.push({ field: '(tên tệp)', message: `tên tệp "${id}" phải viết thường, không dấu, nối bằng gạch ngang, ví dụ "${slugify(id)}"` });
      const statements = [...POLICY_SECTIONS.map((k) => [k, data[k]] as const), ...((data['notes'] ?? []) as unknown[]).map((n, i) => [`notes.${i}`, n] as const)];
      for (const [field, value] of statements) {
        const source = (value as { source?: string } | undefined)?.source;
        const problem = source?.startsWith('/') ? linkTargetProblem(source, CONTENT_DIR) : null;
        if (problem) problems.push({ field: `${field}.source`, message: problem });
      }
      return problems;
    },
  }),
  schema: policySchema,
});

/** The slugs of the policies on disk (content/policies/<slug>.yaml), for the events' links. */
function policySlugs(): string[] {
  const dir = `${CONTENT_DIR}/policies`;
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^[^_].*\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')) : [];
}

/** One year's khuyến công events (content/events/<year>.yaml): one row per event. */
const eventsSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100), // năm; tên tệp cũng là năm: 2024.yaml
  events: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/, { error: 'mã viết chữ thường không dấu, nối bằng gạch ngang, ví dụ "hoi-cho-1"' }), // mã sự kiện, không trùng trong tệp
        title: text, // tên sự kiện
        kind: z.enum(Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]]), // loại: hoi-cho, hoi-thao, tap-huan, binh-chon, khao-sat
        date: isoDate, // ngày (bắt đầu), trong ngoặc kép: "2024-09-12"
        end: isoDate.optional(), // ngày kết thúc, nếu kéo dài nhiều ngày
        time: z
          .string()
          .refine((s) => parseClock(s) !== null, { error: (iss) => `"${String(iss.input)}" không phải giờ hợp lệ; cần dạng "HH:MM" (24 giờ), trong ngoặc kép, ví dụ "08:00"` })
          .optional(), // giờ bắt đầu (giờ Việt Nam), nếu biết
        duration: z.number().int().min(1).max(1440).optional(), // thời lượng (phút), đi cùng "time"
        place: text.optional(), // địa điểm
        audience: text.optional(), // ai được tham dự
        register: text.optional(), // cách đăng ký
        policy: z.string().regex(/^[a-z0-9-]+$/), // chính sách liên quan: tên tệp trong content/policies/, không có đuôi
        target: text.optional(), // mã chỉ tiêu của kế hoạch mà sự kiện này được tính vào khi đã diễn ra
        summary: text, // một, hai câu giới thiệu
        sample: z.boolean().default(false), // true nếu là nội dung minh họa (ngày, địa điểm giả định)
        source: z.url().optional(), // địa chỉ công khai xác nhận sự kiện
      }),
    )
    .min(1),
});

const events = defineCollection({
  loader: checked(glob({ base: `${CONTENT_DIR}/events`, pattern: '[^_]*.{yaml,yml}' }), {
    schema: eventsSchema,
    entry: ({ id, data }) =>
      checkEventsFile(data as unknown as EventYear, id, {
        policies: policySlugs(),
        targets: readPlanFacts(CONTENT_DIR, String(data['year']))?.targets ?? null,
      }),
  }),
  schema: eventsSchema,
});

/** A date that must be there: a reported figure without its date cannot be trusted. */
const reportDate = z
  .string({ error: (iss) => (iss.input === undefined ? 'mỗi số liệu cần ngày báo cáo ("date"), trong ngoặc kép, ví dụ "2024-12-31"' : undefined) })
  .refine((s) => parseIsoDate(s) !== null, {
    error: (iss) => `"${String(iss.input)}" không phải một ngày có thật; cần dạng "YYYY-MM-DD", ví dụ "2024-12-31"`,
  });

/** Figures staff report for a plan year (content/progress/<year>.yaml), each with date and source. */
const progressSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100), // năm của kế hoạch; tên tệp cũng là năm: 2024.yaml
  reports: z
    .array(
      z.strictObject({
        target: text, // mã chỉ tiêu trong kế hoạch năm đó
        value: z.number().nonnegative(), // kết quả đạt được tính đến ngày báo cáo (cộng dồn)
        date: reportDate, // ngày của số liệu
        source: text, // nguồn: địa chỉ web hoặc số hiệu văn bản báo cáo
        note: text.optional(), // ghi chú ngắn
        sample: z.boolean().default(false), // true nếu là số minh họa (không bao giờ được tính)
      }),
    )
    .default([]), // số liệu báo cáo theo chỉ tiêu
  spending: z
    .array(
      z.strictObject({
        budgetSource: text, // mã nguồn kinh phí trong kế hoạch: dia-phuong, doanh-nghiep
        amount: dong, // số đã chi tính đến ngày báo cáo (đồng, viết liền)
        date: reportDate, // ngày của số liệu
        source: text, // nguồn: địa chỉ web hoặc số hiệu văn bản báo cáo
        note: text.optional(), // ghi chú ngắn
        sample: z.boolean().default(false), // true nếu là số minh họa (không bao giờ được tính)
      }),
    )
    .default([]), // kinh phí đã chi theo nguồn
});

const progress = defineCollection({
  loader: checked(glob({ base: `${CONTENT_DIR}/progress`, pattern: '[^_]*.{yaml,yml}' }), {
    schema: progressSchema,
    entry: ({ id, data }) => checkProgressFile(data as unknown as ProgressFile, id, readPlanFacts(CONTENT_DIR, String(data['year']))),
  }),
  schema: progressSchema,
});

export const collections = { plans, products, tv, bulletins, policies, events, progress };
