// The site's settings (content/site.yaml) read outside Astro's collections: by
// astro.config.mjs (the public address), by the after-build steps (the site's
// name on share cards) and by the release gate. Pages read them through
// src/data/site.ts. A file with mistakes gives null here; the build stops on it
// through its collection, naming the field.
import { readCollection } from './check-folder.ts';
import type { SiteSettings } from '../schemas/site.ts';

export function readSiteSettings(contentDir: string): { settings: SiteSettings; file: string } | null {
  const { entries, failures } = readCollection(contentDir, 'site');
  const entry = entries[0];
  if (failures.length || !entry) return null;
  return { settings: entry.data as SiteSettings, file: entry.filePath ?? 'content/site.yaml' };
}
