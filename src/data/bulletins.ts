// The one place pages and feeds read the bulletins from: published issues,
// newest first. An issue dated after the build date is scheduled: no page,
// list, feed, search entry or count has it before that date (the site is
// rebuilt daily). Drafts and scheduled issues are shown only while previewing (npm run dev).
import { getCollection, type CollectionEntry } from 'astro:content';
import { issueSlug, sortNewestFirst, visibleIssues } from '../features/bulletins/bulletins.ts';
import { buildDate } from '../lib/build-date.ts';

export type Issue = CollectionEntry<'bulletins'>;

/** Drafts show in `npm run dev` and never in a build (set by src/integrations/drafts.ts). */
export const INCLUDE_DRAFTS = import.meta.env.KC_SHOW_DRAFTS === true;

/** Every issue to show on the build date, newest first. */
export async function getIssues(): Promise<Issue[]> {
  return sortNewestFirst(visibleIssues(await getCollection('bulletins'), INCLUDE_DRAFTS, buildDate()));
}

/** The issue's address name ("ke-hoach-khuyen-cong-2024"). */
export const slugOf = (issue: Issue) => issueSlug(issue.id);
