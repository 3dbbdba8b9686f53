// The one place pages read the site's settings from (content/site.yaml): its
// name, the organisation that runs it, and how to reach it.
import { getEntry } from 'astro:content';
import type { SiteSettings } from '../schemas/site.ts';

let settings: Promise<SiteSettings> | undefined;

async function read(): Promise<SiteSettings> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('Thiếu tệp cài đặt của trang: content/site.yaml');
  return entry.data;
}

export function getSite(): Promise<SiteSettings> {
  settings ??= read();
  return settings;
}
