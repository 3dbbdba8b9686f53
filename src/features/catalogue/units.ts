// The administrative units a product is placed in (<content>/don-vi-hanh-chinh.yaml,
// schema src/schemas/units.ts): the checks of that file, the check of a
// product's `producer.district` against it (a unit that existed in the year of
// the product's first recognition), the units' page addresses and what a
// product's place is for search. Pure functions: the file is read by
// src/loaders/ (checks) and src/data/ (pages).
import { listOf, type FieldProblem } from '../../lib/content-errors.ts';
import { formatDateShort } from '../../lib/format.ts';
import { foldVietnamese, slugify } from '../../lib/slug.ts';
import type { AdminUnit, UnitsFile } from '../../schemas/units.ts';
import type { Producer } from '../../schemas/product.ts';

/** The units file, at the top of a content folder. */
export const UNITS_FILE = 'don-vi-hanh-chinh.yaml';

/** District-level kinds of unit, left out of a unit's address: "Huyện Thống Nhất" → /san-pham/huyen/thong-nhat/. */
const DISTRICT_KINDS = /^(Thành phố|Huyện|Thị xã|Quận)\s+/u;

/** Asked for once per product and list: each unit's address worked out once. */
const slugs = new Map<string, string>();

/**
 * A unit's page address in the catalogue (/san-pham/huyen/<slug>/): a district-level
 * unit without its kind ("Thành phố Biên Hòa" → "bien-hoa"), any other unit with it
 * ("Phường Biên Hòa" → "phuong-bien-hoa"), so that a ward named after a former city
 * never takes the city's address.
 */
export function unitSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name.replace(DISTRICT_KINDS, ''))));
  return slug;
}

/** The first and last year a unit existed (either open-ended). */
export function unitYears(unit: Pick<AdminUnit, 'from' | 'until'>): { first?: number | undefined; last?: number | undefined } {
  return { first: unit.from ? Number(unit.from.slice(0, 4)) : undefined, last: unit.until ? Number(unit.until.slice(0, 4)) : undefined };
}

/** Whether two units existed on some same day (dates compared as written, "YYYY-MM-DD"). */
function overlap(a: Pick<AdminUnit, 'from' | 'until'>, b: Pick<AdminUnit, 'from' | 'until'>): boolean {
  return (a.from ?? '') <= (b.until ?? '9999-12-31') && (b.from ?? '') <= (a.until ?? '9999-12-31');
}

/** Whether a unit existed at some time during `year` (year granularity: a unit ending 2025-06-30 existed in 2025). */
export function existedIn(unit: Pick<AdminUnit, 'from' | 'until'>, year: number): boolean {
  const { first, last } = unitYears(unit);
  return (first === undefined || first <= year) && (last === undefined || year <= last);
}

/** "từ ngày 01/7/2025", "đến ngày 30/6/2025", "từ ngày … đến ngày …" (`day` "" leaves out "ngày "), or "" for a unit without dates. */
export function lifetime(unit: Pick<AdminUnit, 'from' | 'until'>, day = 'ngày '): string {
  return [unit.from && `từ ${day}${formatDateShort(unit.from)}`, unit.until && `đến ${day}${formatDateShort(unit.until)}`].filter(Boolean).join(' ');
}

/** A name compared as staff mean it: case, accents and spaces aside ("huyện thống nhất", "Huyen Thong Nhat"). */
const looseKey = (name: string) => foldVietnamese(name).toLowerCase().replace(/\s+/g, ' ').trim();

/** Mistakes of the units file that its schema cannot see: names given twice, a unit ending before it starts, two places on one address, no source. */
export function checkUnitsFile(data: UnitsFile): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!data.sample && !data.source)
    problems.push({
      field: 'source',
      message: 'danh sách thật (không ghi "sample: true") cần nguồn công khai ("source"): địa chỉ https://… của văn bản hoặc trang liệt kê các đơn vị, hoặc một trang của trang này; nếu là danh sách minh họa, ghi "sample: true"',
    });
  const names = new Map<string, number>();
  const addresses = new Map<string, number>();
  data.units.forEach((unit, i) => {
    const earlier = names.get(looseKey(unit.name));
    if (earlier !== undefined)
      problems.push({ field: `units.${i}.name`, message: `"${unit.name}" đã có ở đơn vị thứ ${earlier + 1} ("${data.units[earlier]!.name}"); mỗi đơn vị chỉ ghi một lần (đơn vị đổi tên thì ghi tên mới là một đơn vị khác, có "from")` });
    else names.set(looseKey(unit.name), i);
    const slug = unitSlug(unit.name);
    const sameAddress = addresses.get(slug);
    // One place renamed (Thị xã A until a day, Thành phố A from the next) shares one page; two places at once cannot.
    if (earlier === undefined && sameAddress !== undefined && overlap(unit, data.units[sameAddress]!))
      problems.push({
        field: `units.${i}.name`,
        message:
          `"${unit.name}" và "${data.units[sameAddress]!.name}" (đơn vị thứ ${sameAddress + 1}) có cùng địa chỉ trang /san-pham/huyen/${slug}/ mà cùng tồn tại một lúc; ` +
          'nếu là một nơi đổi tên (thị xã lên thành phố), ghi "until" cho tên cũ và "from" cho tên mới (hai tên khi đó chung một trang); nếu là hai nơi khác nhau, viết tên đầy đủ kèm loại đơn vị (Xã, Phường, Huyện…) để phân biệt',
      });
    else if (!slug) problems.push({ field: `units.${i}.name`, message: `"${unit.name}" không có chữ cái nào để làm địa chỉ trang; viết tên đơn vị bằng chữ` });
    else addresses.set(slug, i);
    if (unit.from && unit.until && unit.from > unit.until)
      problems.push({ field: `units.${i}.until`, message: `ngày cuối "${unit.until}" ở trước ngày đầu "${unit.from}"; "from" là ngày đầu tiên đơn vị có, "until" là ngày cuối cùng đơn vị còn` });
  });
  return problems;
}

/**
 * Why `district` cannot be a product's `producer.district` when the product was
 * first recognised in `firstYear`, or null. `file` names the units file in the message.
 */
export function districtProblem(district: string, firstYear: number, units: readonly AdminUnit[], file: string): string | null {
  const unit = units.find((u) => u.name === district);
  if (unit && existedIn(unit, firstYear)) return null;
  const inYear = units.filter((u) => existedIn(u, firstYear));
  const choices = inYear.length ? `ghi một trong các đơn vị có vào năm ${firstYear}: ${listOf(inYear.map((u) => u.name))}` : `tệp chưa có đơn vị nào có vào năm ${firstYear}`;
  const add = `Đơn vị cần ghi chưa có trong danh sách thì thêm vào tệp ${file} trước (tên như trong văn bản, kèm "from" nếu là đơn vị mới, và nguồn)`;
  if (!unit) {
    // The same name with other accents or case, or without its kind of unit ("Trảng Bom" for "Huyện Trảng Bom").
    const bare = (name: string) => looseKey(name).replace(/^(thanh pho|huyen|thi xa|quan|xa|phuong|thi tran|dac khu) /, '');
    const near = units.find((u) => looseKey(u.name) === looseKey(district)) ?? units.find((u) => bare(u.name) === bare(district));
    const hint = near ? `; có phải "${near.name}"? (viết đúng từng chữ, kể cả dấu và chữ hoa)` : '';
    return `"${district}" không có trong danh sách đơn vị hành chính (tệp ${file})${hint}; ${choices}. ${add}`;
  }
  return (
    `"${district}" không còn (hoặc chưa có) vào năm ${firstYear}, năm sản phẩm được công nhận lần đầu: theo tệp ${file}, đơn vị này có ${lifetime(unit)}; ${choices}. ` +
    `${add}. Tên hiện nay của nơi sản xuất ghi ở "producer.current"`
  );
}

/** The year of a product's first recognition. */
export function firstRecognitionYear(recognitions: readonly { year: number }[]): number {
  return Math.min(...recognitions.map((r) => r.year));
}

/**
 * Where a product was made, for search (the `place` field of its page): the unit
 * as recognised and, when written, today's commune and province, so that both
 * the old and the new names find it.
 */
export function searchPlace(producer: Pick<Producer, 'district' | 'current'>): string {
  return [...new Set([producer.district, producer.current?.commune, producer.current?.province].filter((s): s is string => Boolean(s)))].join(', ');
}
