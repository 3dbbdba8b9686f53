// Field schemas shared by the collections' schemas: dates as quoted strings
// checked against the calendar, text that must not be empty, whole đồng,
// addresses. Each collection's schema is in a module of its own beside this one.
import { z } from 'astro/zod';
import { parseClock, parseIsoDate } from '../lib/format.ts';
import { isWebUrl } from '../lib/urls.ts';

/** A calendar date written "YYYY-MM-DD" in quotes; checked against the calendar. */
export const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, {
  error: (iss) => `"${String(iss.input)}" không phải một ngày có thật; cần dạng "YYYY-MM-DD", ví dụ "2024-06-04"`,
});

/** A time of day "HH:MM" (24 hours), in quotes; `example` is shown in the message. */
export const clock = (example: string) =>
  z.string().refine((s) => parseClock(s) !== null, {
    error: (iss) => `"${String(iss.input)}" không phải giờ hợp lệ; cần dạng "HH:MM" (24 giờ), trong ngoặc kép, ví dụ "${example}"`,
  });

/** Text that must not be empty. */
export const text = z.string().trim().min(1);

/** A whole number of đồng, without dots: 7165488080. */
export const dong = z.number().int().nonnegative();

/** A count (people, products, copies, facilities), whole and without dots: 1600, never 1.600 (YAML reads that as 1,6). */
export const count = z.number().int().nonnegative();

/** A year of a plan, a schedule, a file of events or figures. */
export const year = z.number().int().min(2000).max(2100);

/** "illustrative": true for content that is not from a public source. */
export const sample = z.boolean().default(false);

/** An id written in lowercase ASCII letters, digits and hyphens. */
export const slugId = (message?: string) => z.string().regex(/^[a-z0-9-]+$/, message ? { error: message } : undefined);

/**
 * A web address, https:// or http:// and a host. Not z.url(), which accepts
 * javascript:, data: and file: addresses (a browser runs or opens them).
 */
export const webAddress = z.string().refine(isWebUrl, {
  error: (iss) => `cần một địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http://), đang là "${String(iss.input)}"; địa chỉ javascript:, data:, file: không được dùng`,
});

/** A public source: a full web address, or a page of this site such as /ke-hoach/2024/ (never //host/, another site). */
export const sourceAddress = z.string().refine((s) => isWebUrl(s) || /^\/(?!\/)[a-z0-9\-/]*\/$/.test(s), {
  error: (iss) => `cần một địa chỉ web đầy đủ (https://…) hoặc một trang của trang này (ví dụ /ke-hoach/2024/), đang là "${String(iss.input)}"`,
});

/** One of the keys of a vocabulary table, e.g. GROUPS. */
export const oneOf = <T extends Record<string, string>>(table: T) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]);

/** A legal document referred to by another (number, date, issuer). */
export const documentRef = z.strictObject({
  kind: text, // loại văn bản: Nghị định, Thông tư, Quyết định…
  number: text, // số hiệu, ví dụ "45/2012/NĐ-CP"
  date: isoDate, // ngày ban hành
  issuer: text, // cơ quan ban hành
});
