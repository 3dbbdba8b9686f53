// /du-lieu/tien-do-<year>.json: the plan's progress, the same rows as the CSV.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { planProgress } from '../../data/progress.ts';
import { progressDataRows } from '../../features/plan/progress.ts';

export const getStaticPaths = (async () =>
  (await getCollection('plans')).map((plan) => ({ params: { year: String(plan.data.year) }, props: { plan } }))) satisfies GetStaticPaths;

export const GET = (async ({ props }) => {
  const d = props.plan.data;
  const { rows, budget } = await planProgress(d);
  return new Response(JSON.stringify(progressDataRows(d.year, rows, budget), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute<{ plan: CollectionEntry<'plans'> }>;
