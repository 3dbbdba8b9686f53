// The one place pages read the site's settings from (content/site.yaml): its
// name, the province, the organisation that runs it, how to reach it, its logo.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getEntry } from 'astro:content';
import { contentDir } from '../lib/content-dir.ts';
import { DEFAULT_LOGO } from '../features/site/theme.ts';
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

/** The logo's SVG: the file the settings name inside the content folder (checked while loading), or the generic one. */
export async function getLogo(): Promise<string> {
  const { theme } = await getSite();
  return theme.logo ? readFile(path.resolve(contentDir(), theme.logo), 'utf8') : DEFAULT_LOGO;
}
