// /du-lieu/tien-do-<year>.csv: the plan's progress for spreadsheets (UTF-8 with BOM).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { planProgress } from '../../data/progress.ts';
import { toCsv } from '../../lib/csv.ts';
import { PROGRESS_COLUMNS, progressDataRows } from '../../features/plan/progress.ts';

export const getStaticPaths = (async () =>
  (await getCollection('plans')).map((plan) => ({ params: { year: String(plan.data.year) }, props: { plan } }))) satisfies GetStaticPaths;

export const GET = (async ({ props }) => {
  const d = props.plan.data;
  const { rows, budget } = await planProgress(d);
  return new Response(toCsv(PROGRESS_COLUMNS.map((c) => c.key), progressDataRows(d.year, rows, budget)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}) satisfies APIRoute<{ plan: CollectionEntry<'plans'> }>;
