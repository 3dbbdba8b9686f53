// Wiring only: each collection's files (src/loaders/collections.ts), its schema
// (src/schemas/<collection>.ts) and the checks that stop the build on a
// mistake, naming file and field (src/loaders/checked.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { checked } from './loaders/checked';
import { contentCollections, type CollectionFiles } from './loaders/collections';
import { bulletinSchema } from './schemas/bulletin';
import { eventsSchema } from './schemas/events';
import { planSchema } from './schemas/plan';
import { policySchema } from './schemas/policy';
import { productSchema } from './schemas/product';
import { progressSchema } from './schemas/progress';
import { tvSchema } from './schemas/tv';

const dir = contentDir();
const files = contentCollections(dir);

/** Astro's glob loader over a collection's files, wrapped with its checks. */
function loader<T>({ folder, pattern, generateId, rules }: CollectionFiles<T>) {
  return checked(glob({ base: `${dir}/${folder}`, pattern, ...(generateId ? { generateId: ({ entry }) => generateId(entry) } : {}) }), rules);
}

export const collections = {
  plans: defineCollection({ loader: loader(files.plans), schema: planSchema }),
  products: defineCollection({ loader: loader(files.products), schema: ({ image }) => productSchema(image) }),
  tv: defineCollection({ loader: loader(files.tv), schema: tvSchema }),
  bulletins: defineCollection({ loader: loader(files.bulletins), schema: ({ image }) => bulletinSchema(image) }),
  policies: defineCollection({ loader: loader(files.policies), schema: policySchema }),
  events: defineCollection({ loader: loader(files.events), schema: eventsSchema }),
  progress: defineCollection({ loader: loader(files.progress), schema: progressSchema }),
};
