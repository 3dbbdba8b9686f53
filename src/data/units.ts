// The one place pages read the administrative units from (<content>/don-vi-hanh-chinh.yaml):
// their order for the catalogue's facet, and the reorganisations shown with it.
import { getCollection } from 'astro:content';
import type { UnitsFile } from '../schemas/units.ts';

let read: Promise<UnitsFile | undefined> | undefined;

/** The units file's data; none when the content folder has no units file (then no product can name a unit: the build stops on it). */
export function getUnits(): Promise<UnitsFile | undefined> {
  const load = async () => (await getCollection('units'))[0]?.data;
  if (!import.meta.env.PROD) return load();
  return (read ??= load());
}
