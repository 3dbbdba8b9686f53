// The one place the progress page and its open data read a plan year's
// progress from: targets beside figures (site content first, then reported
// figures), and the budget planned and spent.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../lib/build-date.ts';
import { budgetRows, countsFromContent, progressRows } from '../features/plan/progress.ts';
import { getIssues } from './bulletins.ts';

export async function planProgress(plan: CollectionEntry<'plans'>['data']) {
  const today = buildDate();
  const file = (await getCollection('progress')).map((e) => e.data).find((p) => p.year === plan.year);
  const counts = countsFromContent({
    year: plan.year,
    today,
    products: await getCollection('products'),
    schedules: (await getCollection('tv')).map((e) => e.data),
    events: (await getCollection('events')).map((e) => e.data),
    bulletins: await getIssues(),
  });
  return {
    today,
    rows: progressRows(plan.targets, { ...counts, reports: file?.reports ?? [] }),
    budget: budgetRows(plan.budget.sources, file?.spending ?? []),
  };
}

export const progressPath = (year: number) => `/ke-hoach/${year}/tien-do/`;
export const progressDataPath = (year: number, ext: 'json' | 'csv') => `/du-lieu/tien-do-${year}.${ext}`;
