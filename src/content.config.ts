// Wiring only: each collection's loader and schema come from
// src/loaders/definitions.ts (its files: src/loaders/collections.ts; its schema:
// src/schemas/<collection>.ts; the checks that stop the build on a mistake,
// naming file and field: src/loaders/checked.ts).
//
// Astro loads this file through Vite, which would transform each of the fifty-odd
// modules behind those definitions one by one: about a second of every build.
// Outside `astro dev`, they are loaded by Node itself (types stripped, kept in
// Node's compile cache); under `astro dev`, through Vite as before, so that a change
// to a schema or a check is picked up without restarting the server.
import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content-dir.ts';

type Definitions = typeof import('./loaders/definitions.ts');

/** Node's own import(), which Vite leaves as it is (it rewrites only the import() calls it can see). */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

const devServer = process.argv.slice(2).includes('dev');
const { collectionConfigs } = devServer
  ? await import('./loaders/definitions.ts')
  : ((await nativeImport(new URL('./loaders/definitions.ts', import.meta.url).href)) as Definitions);
const c = collectionConfigs(contentDir());

export const collections = {
  plans: defineCollection(c.plans),
  products: defineCollection(c.products),
  tv: defineCollection(c.tv),
  bulletins: defineCollection(c.bulletins),
  policies: defineCollection(c.policies),
  events: defineCollection(c.events),
  progress: defineCollection(c.progress),
  units: defineCollection(c.units),
  site: defineCollection(c.site),
  about: defineCollection(c.about),
  apply: defineCollection(c.apply),
  accessibility: defineCollection(c.accessibility),
};
