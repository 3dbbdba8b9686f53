// What staff have published under content/, read as the build reads it (the
// collections' folders, patterns and schemas from src/loaders/collections.ts,
// each file parsed by parseContentFile). Tests derive their expectations from
// here, so that an ordinary edit (a product, an issue, a TV row or an event
// added) keeps them green, while a page that loses or repeats an entry fails.
import path from 'node:path';
import { isPublished } from '../../src/features/bulletins/bulletins.ts';
import { buildDate } from '../../src/lib/build-date.ts';
import { readCollection } from '../../src/loaders/check-folder.ts';
import type { CollectionName } from '../../src/loaders/collections.ts';
import type { BulletinData } from '../../src/schemas/bulletin.ts';
import type { EventYear } from '../../src/schemas/events.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { PolicyData } from '../../src/schemas/policy.ts';
import type { productFileSchema } from '../../src/schemas/product.ts';
import type { ProgressFile } from '../../src/schemas/progress.ts';
import type { Schedule } from '../../src/schemas/tv.ts';
import type { UnitsFile } from '../../src/schemas/units.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import type { SourcedPage } from '../../src/schemas/sourced.ts';
import type { ApplyData } from '../../src/schemas/apply.ts';
import type { AccessibilityData } from '../../src/schemas/accessibility.ts';
import type { z } from 'astro/zod';

export const CONTENT = 'content';

export interface Entry<T> {
  /** The collection's id for the file ("ghe-xich-du-may", "2024/ke-hoach-2024"). */
  id: string;
  /** The file, relative to the project ("content/products/x/index.md"). */
  file: string;
  /** The file's data after its schema (defaults filled in: sample, draft, …). */
  data: T;
  body?: string | undefined;
}

/** Every file of a collection, in file-name order, parsed and validated as the build does (a faulty file stops the tests). */
function entriesOf<T>(name: CollectionName): Entry<T>[] {
  const { entries, failures } = readCollection(CONTENT, name);
  if (failures.length) throw failures[0];
  return entries.map((e) => ({ id: e.id, file: e.filePath!, data: e.data as T, body: e.body }));
}

const once = <T>(read: () => T) => {
  let value: T | undefined;
  return () => (value ??= read());
};

export type ProductData = z.output<typeof productFileSchema>;
/** Products: content/products/<slug>/index.md, each at /san-pham/<slug>/. */
export const products = once(() => entriesOf<ProductData>('products').map((e) => ({ ...e, slug: e.id, page: `/san-pham/${e.id}/` })));

/** Published issues of the Bản tin (drafts, and issues scheduled after the build date, left out), each at /ban-tin/<file name>/. */
export const bulletins = once(() =>
  entriesOf<BulletinData>('bulletins')
    .filter((e) => isPublished(e.data, buildDate()))
    .map((e) => {
      const slug = path.basename(e.id);
      return { ...e, slug, page: `/ban-tin/${slug}/` };
    }),
);

/** Plans: content/plans/<year>.md, each at /ke-hoach/<year>/. */
export const plans = once(() => entriesOf<Plan>('plans').map((e) => ({ ...e, page: `/ke-hoach/${e.data.year}/` })));

/** Support policies: content/policies/<slug>.yaml, each at /chinh-sach/<slug>/. */
export const policies = once(() => entriesOf<PolicyData>('policies').map((e) => ({ ...e, slug: e.id, page: `/chinh-sach/${e.id}/` })));

/** Every event of every year's file, with its year and its anchor on /su-kien/. */
export const events = once(() =>
  entriesOf<EventYear>('events').flatMap((f) => f.data.events.map((e) => ({ ...e, year: f.data.year, anchor: `su-kien-${f.data.year}-${e.id}` }))),
);

/** The TV schedule files (one per year). */
export const schedules = once(() => entriesOf<Schedule>('tv').map((e) => e.data));

/** The reported figures of each year (content/progress/<year>.yaml). */
export const progressFiles = once(() => entriesOf<ProgressFile>('progress').map((e) => e.data));

/** The administrative units products name (content/don-vi-hanh-chinh.yaml), and their reorganisations. */
export const unitsFile = once(() => entriesOf<UnitsFile>('units')[0]!.data);

/** The site's settings (content/site.yaml): its name, the organisation and its contacts. */
export const siteSettings = once(() => entriesOf<SiteSettings>('site')[0]!.data);

/** The pages of sourced sections: content/about/gioi-thieu.yaml (/gioi-thieu/) and en.yaml (/en/). */
export const aboutPages = once(() => entriesOf<SourcedPage>('about').map((e) => ({ ...e, page: e.id === 'en' ? '/en/' : `/${e.id}/` })));

/** How to get support, step by step (content/cach-dang-ky.yaml, /chinh-sach/cach-dang-ky/). */
export const applyGuide = once(() => entriesOf<ApplyData>('apply')[0]!.data);

/** The accessibility statement (content/kha-nang-tiep-can.yaml, /kha-nang-tiep-can/). */
export const accessibilityStatement = once(() => entriesOf<AccessibilityData>('accessibility')[0]!.data);

/** "Đồng Nai" → "dong nai": without accents, đ as d, lower case (how people type a query). */
export const unaccented = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Up to `n` items spread evenly over a list, first and last included (a bounded sample of a long list). */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  if (n <= 1) return items.slice(0, n);
  const picked = new Set<number>();
  for (let i = 0; i < n; i++) picked.add(Math.round((i * (items.length - 1)) / (n - 1)));
  return [...picked].map((i) => items[i]!);
}
