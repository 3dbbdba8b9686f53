// Each collection's loader (Astro's glob loader over its files, wrapped with the
// checks that stop the build on a mistake: checked.ts) and its schema
// (src/schemas/<collection>.ts), for src/content.config.ts.
//
// This module and everything it imports are loaded by Node itself, not through
// Vite (see content.config.ts): none of them may import a virtual module
// (astro:…) other than for types.
import type { SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { checked } from './checked.ts';
import { contentCollections, type CollectionFiles } from './collections.ts';
import { bulletinSchema } from '../schemas/bulletin.ts';
import { eventsSchema } from '../schemas/events.ts';
import { planSchema } from '../schemas/plan.ts';
import { policySchema } from '../schemas/policy.ts';
import { productSchema } from '../schemas/product.ts';
import { progressSchema } from '../schemas/progress.ts';
import { siteSchema } from '../schemas/site.ts';
import { sourcedPageSchema } from '../schemas/sourced.ts';
import { applySchema } from '../schemas/apply.ts';
import { accessibilitySchema } from '../schemas/accessibility.ts';
import { tvSchema } from '../schemas/tv.ts';
import { unitsSchema } from '../schemas/units.ts';

/** Every collection's loader and schema, for the content folder `dir`. */
export function collectionConfigs(dir: string) {
  const files = contentCollections(dir);
  /** Astro's glob loader over a collection's files, wrapped with its checks. */
  function loader<T>(spec: CollectionFiles<T>) {
    const { folder, pattern, generateId } = spec;
    return checked(glob({ base: `${dir}/${folder}`, pattern, ...(generateId ? { generateId: ({ entry }) => generateId(entry) } : {}) }), dir, spec);
  }
  return {
    plans: { loader: loader(files.plans), schema: planSchema },
    products: { loader: loader(files.products), schema: ({ image }: SchemaContext) => productSchema(image) },
    tv: { loader: loader(files.tv), schema: tvSchema },
    bulletins: { loader: loader(files.bulletins), schema: ({ image }: SchemaContext) => bulletinSchema(image) },
    policies: { loader: loader(files.policies), schema: policySchema },
    events: { loader: loader(files.events), schema: eventsSchema },
    progress: { loader: loader(files.progress), schema: progressSchema },
    units: { loader: loader(files.units), schema: unitsSchema },
    site: { loader: loader(files.site), schema: siteSchema },
    about: { loader: loader(files.about), schema: sourcedPageSchema },
    apply: { loader: loader(files.apply), schema: applySchema },
    accessibility: { loader: loader(files.accessibility), schema: accessibilitySchema },
  };
}
