// The catalogue of typical rural industrial products (sản phẩm CNNT tiêu biểu):
// facets with counts, related products, brochure volumes and derived values.
// The official vocabularies are the schema's (src/schemas/product.ts).
import { siteWords } from '../../lib/site-words.ts';
import { GROUPS, LEVELS, type Group, type Level, type ProductData, type Recognition } from '../../schemas/product.ts';
import { unitSlug } from './units.ts';

/** "Huyện Thống Nhất" → "thong-nhat": the address of a unit's page (see units.ts). */
export const districtSlug = unitSlug;

export interface ProductLike {
  id: string;
  data: ProductData;
}

const LEVEL_ORDER = Object.keys(LEVELS) as Level[];

/** The highest recognition (by level, then the latest year). */
export function topRecognition(recognitions: readonly Recognition[]): Recognition | undefined {
  return [...recognitions].sort(
    (a, b) => LEVEL_ORDER.indexOf(b.level) - LEVEL_ORDER.indexOf(a.level) || b.year - a.year,
  )[0];
}

/** The latest year the product was recognised. */
export function latestYear(recognitions: readonly Recognition[]): number | undefined {
  return recognitions.length ? Math.max(...recognitions.map((r) => r.year)) : undefined;
}

const collator = new Intl.Collator('vi');

/** Real entries first, then by highest level, latest year, name (Vietnamese collation). */
export function sortProducts<T extends ProductLike>(products: readonly T[]): T[] {
  // Keys computed once per product, not once per comparison: the catalogue may hold 10,000.
  const keyed = products.map((p) => {
    const top = topRecognition(p.data.recognitions);
    return { p, sample: Number(p.data.sample), level: LEVEL_ORDER.indexOf(top?.level ?? 'huyen'), year: latestYear(p.data.recognitions) ?? 0 };
  });
  keyed.sort((a, b) => a.sample - b.sample || b.level - a.level || b.year - a.year || collator.compare(a.p.data.name, b.p.data.name));
  return keyed.map((k) => k.p);
}

export type FacetKind = 'nhom' | 'cap' | 'huyen' | 'nam';

export interface FacetValue {
  kind: FacetKind;
  /** URL segment: /san-pham/<kind>/<value>/ */
  value: string;
  label: string;
  count: number;
}

/** The facet values a product has (a product recognised at two levels is in both). */
export function facetValuesOf(p: ProductData): Record<FacetKind, string[]> {
  return {
    nhom: [p.group],
    cap: [...new Set(p.recognitions.map((r) => r.level))],
    huyen: [districtSlug(p.producer.district)],
    nam: [...new Set(p.recognitions.map((r) => String(r.year)))],
  };
}

export const FACET_TITLES: Record<FacetKind, string> = {
  nhom: 'Nhóm sản phẩm',
  cap: 'Cấp công nhận',
  huyen: 'Địa bàn khi được công nhận',
  nam: 'Năm công nhận',
};

/**
 * Every facet value that at least one product has, with its count, in a stable
 * order: the units in the order of the units file (`units`, its names), then any
 * other unit a product names (none, once the content is checked).
 */
export function facets(products: readonly ProductLike[], units: readonly string[] = []): Record<FacetKind, FacetValue[]> {
  const count = (kind: FacetKind, value: string) =>
    products.filter((p) => facetValuesOf(p.data)[kind].includes(value)).length;
  const make = (kind: FacetKind, entries: [string, string][]) =>
    entries.map(([value, label]) => ({ kind, value, label, count: count(kind, value) })).filter((f) => f.count > 0);
  const years = [...new Set(products.flatMap((p) => p.data.recognitions.map((r) => r.year)))].sort((a, b) => b - a);
  return {
    nhom: make('nhom', Object.entries(GROUPS)),
    cap: make('cap', Object.entries(LEVELS)),
    huyen: make('huyen', unitFacetEntries([...units, ...products.map((p) => p.data.producer.district)])),
    nam: make('nam', years.map((y) => [String(y), String(y)])),
  };
}

/**
 * Each unit's page once, in the order given: a place renamed (Thị xã A, then Thành
 * phố A: one address, see units.ts) is one page named by both names.
 */
function unitFacetEntries(names: readonly string[]): [string, string][] {
  const bySlug = new Map<string, string[]>();
  for (const name of names) {
    const list = bySlug.get(districtSlug(name));
    if (!list) bySlug.set(districtSlug(name), [name]);
    else if (!list.includes(name)) list.push(name);
  }
  return [...bySlug].map(([slug, list]) => [slug, list.join(' / ')]);
}

/** Products having a facet value. */
export function filterBy<T extends ProductLike>(products: readonly T[], kind: FacetKind, value: string): T[] {
  return products.filter((p) => facetValuesOf(p.data)[kind].includes(value));
}

/** Per catalogue (the same array for every product page): its products in list order, by group and by group and district. */
const listsCache = new WeakMap<readonly ProductLike[], Map<string, ProductLike[]>>();

/** Up to `n` other products of the same group, nearest district first, each part in list order. */
export function relatedProducts<T extends ProductLike>(product: T, all: readonly T[], n = 4): T[] {
  let lists = listsCache.get(all);
  if (!lists) {
    lists = new Map();
    for (const p of sortProducts(all)) {
      for (const key of [p.data.group, `${p.data.group}|${p.data.producer.district}`]) {
        const list = lists.get(key);
        if (list) list.push(p);
        else lists.set(key, [p]);
      }
    }
    listsCache.set(all, lists);
  }
  const { group, producer } = product.data;
  // The first n, not a filtered copy of the list: a national catalogue's lists hold a thousand products each.
  const near: T[] = [];
  for (const p of (lists.get(`${group}|${producer.district}`) ?? []) as T[]) {
    if (near.length >= n) break;
    if (p.id !== product.id) near.push(p);
  }
  const far: T[] = [];
  for (const p of (lists.get(group) ?? []) as T[]) {
    if (near.length + far.length >= n) break;
    if (p.data.producer.district !== producer.district) far.push(p);
  }
  return [...near, ...far];
}

/**
 * How many products recognised in `year` at `level` the catalogue holds,
 * counting only real entries (illustrative ones never count toward a target).
 */
export function countRecognised(products: readonly ProductLike[], year: number, level: Level): number {
  return products.filter((p) => !p.data.sample && p.data.recognitions.some((r) => r.year === year && r.level === level)).length;
}

/** The neutral picture (public/chua-co-anh.png) where a file is needed for a product without a photo: its share card, its search thumbnail. */
export const NO_PHOTO_PICTURE = '/chua-co-anh.png';

/** A product's photos that show the product itself: illustrative drawings (`illustrative: true`) left out. */
export function realPhotos<P extends { illustrative?: boolean | undefined }>(photos: readonly P[] | undefined): Exclude<P, { illustrative: true }>[] {
  return (photos ?? []).filter((photo): photo is Exclude<P, { illustrative: true }> => !photo.illustrative);
}

/** A phone number as a tel: link target: digits and a leading +, Vietnam's +84 for 0… */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+84${digits.slice(1)}` : digits}`;
}

/** "Huyện Thống Nhất" → "huyện Thống Nhất", as written inside an address. */
export function inAddress(unit: string): string {
  return unit.replace(/^(Thành phố|Huyện|Thị xã)/u, (kind) => kind.toLocaleLowerCase('vi'));
}

/** "xã Hưng Lộc, huyện Thống Nhất, tỉnh …": the province as the site's settings write it in a sentence. */
export function addressLine(p: ProductData['producer'], province: string = siteWords().province): string {
  return [p.address, p.commune, inAddress(p.district), province].filter(Boolean).join(', ');
}

/** "cấp tỉnh năm 2021 và cấp khu vực năm 2024" */
function recognitionPhrase(recognitions: readonly Recognition[]): string {
  const parts = recognitions.map((r) => `${LEVELS[r.level].toLocaleLowerCase('vi')} năm ${r.year}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * The product's facts as one sentence, for the search index (where the page's
 * labels, "Cơ sở sản xuất", "Địa chỉ khi được công nhận", would make excerpts
 * read as runs of labels): "Ghế xích đu mây là sản phẩm của Cơ sở mây tre Thanh
 * Bình, xã Hưng Lộc, huyện Thống Nhất, tỉnh …, nhóm thủ công mỹ nghệ,
 * được công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2021."
 */
export function productSentence(p: ProductData): string {
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
  const now = [p.producer.current?.address, p.producer.current?.commune, p.producer.current?.province].filter(Boolean).join(', ');
  const contact = [p.producer.phone && `điện thoại ${p.producer.phone}`, p.producer.email && `thư điện tử ${p.producer.email}`].filter(Boolean).join(', ');
  return (
    `${p.name}${p.productSet ? ' (bộ sản phẩm)' : ''} là sản phẩm của ${p.producer.name}, ${addressLine(p.producer)}${now ? ` (nay là ${now})` : ''}, ` +
    `nhóm ${lower(GROUPS[p.group])}, được công nhận sản phẩm công nghiệp nông thôn tiêu biểu ${recognitionPhrase(p.recognitions)}` +
    `${contact ? `; ${contact}` : ''}.`
  );
}

/** Products on one page of the catalogue (2 and 3 columns fill evenly). */
export const PRODUCTS_PER_PAGE = 48;

/** The first page of the catalogue, or of one facet value: page n is at <base>trang/<n>/. */
export function catalogueBase(facet?: { kind: FacetKind; value: string }): string {
  return facet ? `/san-pham/${facet.kind}/${facet.value}/` : '/san-pham/';
}

/** Products in one printed brochure: about 35 A4 pages. */
export const BROCHURE_VOLUME_SIZE = 100;

export interface BrochureVolume<T> {
  /** 1, 2, …: the volume's address is /san-pham/in/<number>/. */
  number: number;
  group: Group;
  items: T[];
  /** Positions of the first and last item within its group (1-based), and the group's size. */
  first: number;
  last: number;
  groupTotal: number;
}

/**
 * The brochure split for print: each group in list order, cut into volumes of
 * at most `size` products; a volume never mixes groups. (A catalogue that
 * fits in `size` is printed whole instead: see src/pages/san-pham/in/.)
 */
export function brochureVolumes<T extends ProductLike>(sorted: readonly T[], size = BROCHURE_VOLUME_SIZE): BrochureVolume<T>[] {
  const volumes: BrochureVolume<T>[] = [];
  for (const group of Object.keys(GROUPS) as Group[]) {
    const items = sorted.filter((p) => p.data.group === group);
    for (let i = 0; i < items.length; i += size) {
      const part = items.slice(i, i + size);
      volumes.push({ number: volumes.length + 1, group, items: part, first: i + 1, last: i + part.length, groupTotal: items.length });
    }
  }
  return volumes;
}
