// The administrative units (<content>/don-vi-hanh-chinh.yaml) read outside
// Astro's collections: by the web editor's configuration (the choices of a
// product's `producer.district`). Pages read them through src/data/units.ts. A
// file with mistakes gives null here; the build stops on it through its
// collection, naming the field.
import { readCollection } from './check-folder.ts';
import type { UnitsFile } from '../schemas/units.ts';

export function readUnitsFile(contentDir: string): UnitsFile | null {
  const { entries, failures } = readCollection(contentDir, 'units');
  const entry = entries[0];
  if (failures.length || !entry) return null;
  return entry.data as UnitsFile;
}
