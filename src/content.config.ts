// Wiring only: each collection's files (src/loaders/collections.ts), its schema
// (src/schemas/<collection>.ts) and the checks that stop the build on a
// mistake, naming file and field (src/loaders/checked.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { checked } from './loaders/checked.ts';
import { contentCollections, type CollectionFiles } from './loaders/collections.ts';
import { bulletinSchema } from './schemas/bulletin.ts';
import { eventsSchema } from './schemas/events.ts';
import { planSchema } from './schemas/plan.ts';
import { policySchema } from './schemas/policy.ts';
import { productSchema } from './schemas/product.ts';
import { progressSchema } from './schemas/progress.ts';
import { siteSchema } from './schemas/site.ts';
import { sourcedPageSchema } from './schemas/sourced.ts';
import { applySchema } from './schemas/apply.ts';
import { accessibilitySchema } from './schemas/accessibility.ts';
import { tvSchema } from './schemas/tv.ts';
import { unitsSchema } from './schemas/units.ts';

const dir = contentDir();
const files = contentCollections(dir);

/** Astro's glob loader over a collection's files, wrapped with its checks. */
function loader<T>(spec: CollectionFiles<T>) {
  const { folder, pattern, generateId } = spec;
  return checked(glob({ base: `${dir}/${folder}`, pattern, ...(generateId ? { generateId: ({ entry }) => generateId(entry) } : {}) }), dir, spec);
}

export const collections = {
  plans: defineCollection({ loader: loader(files.plans), schema: planSchema }),
  products: defineCollection({ loader: loader(files.products), schema: ({ image }) => productSchema(image) }),
  tv: defineCollection({ loader: loader(files.tv), schema: tvSchema }),
  bulletins: defineCollection({ loader: loader(files.bulletins), schema: ({ image }) => bulletinSchema(image) }),
  policies: defineCollection({ loader: loader(files.policies), schema: policySchema }),
  events: defineCollection({ loader: loader(files.events), schema: eventsSchema }),
  progress: defineCollection({ loader: loader(files.progress), schema: progressSchema }),
  units: defineCollection({ loader: loader(files.units), schema: unitsSchema }),
  site: defineCollection({ loader: loader(files.site), schema: siteSchema }),
  about: defineCollection({ loader: loader(files.about), schema: sourcedPageSchema }),
  apply: defineCollection({ loader: loader(files.apply), schema: applySchema }),
  accessibility: defineCollection({ loader: loader(files.accessibility), schema: accessibilitySchema }),
};
