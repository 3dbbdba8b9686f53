// What a plan file names (its target ids, legal bases, budget sources), read
// from the content folder on disk so that other collections' checks (policies,
// events, reported progress) can tell at load time whether an id exists.
// Collections load independently, so a loader cannot ask the plans collection.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanIds } from '../features/plan/checks.ts';
import { frontMatterOf, parseYaml } from './parse.ts';

export interface PlanFacts extends PlanIds {
  /** The plan file, as found ("content/plans/2024.md"). */
  file: string;
  /** Why the plan file could not be read, when it could not: its own check names the mistake. */
  unreadable?: string | undefined;
}

const strings = (list: unknown, key: string): string[] =>
  Array.isArray(list) ? list.flatMap((item) => (item && typeof item === 'object' && typeof (item as Record<string, unknown>)[key] === 'string' ? [String((item as Record<string, unknown>)[key])] : [])) : [];

/** The ids a plan file's front matter names, read with the YAML parser Astro uses (flow style, a byte-order mark and comments alike). */
export function planFactsFromText(text: string, file = ''): PlanFacts {
  try {
    const data = parseYaml(frontMatterOf(text) ?? '') as Record<string, unknown> | null;
    const budget = (data?.['budget'] ?? {}) as Record<string, unknown>;
    const records = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object') : []);
    const targetLimits: NonNullable<PlanFacts['targetLimits']> = {};
    for (const t of records(data?.['targets'])) {
      const upper = typeof t['max'] === 'number' ? t['max'] : t['quantity'];
      if (typeof t['id'] === 'string' && typeof upper === 'number') targetLimits[t['id']] = { upper, unit: String(t['unit'] ?? '') };
    }
    const budgetAmounts: NonNullable<PlanFacts['budgetAmounts']> = {};
    for (const s of records(budget['sources'])) if (typeof s['id'] === 'string' && typeof s['amount'] === 'number') budgetAmounts[s['id']] = s['amount'];
    return {
      file,
      targets: strings(data?.['targets'], 'id'),
      legalBases: strings(data?.['legalBases'], 'number'),
      budgetSources: strings(budget['sources'], 'id'),
      targetLimits,
      budgetAmounts,
    };
  } catch (error) {
    return { file, targets: [], legalBases: [], budgetSources: [], unreadable: error instanceof Error ? error.message : String(error) };
  }
}

/** The facts of the plan of `year` in `contentDir`, or null when there is no such plan. */
export function readPlanFacts(contentDir: string, year: number | string): PlanFacts | null {
  for (const ext of ['.md', '.mdx']) {
    const file = path.join(contentDir, 'plans', `${year}${ext}`);
    if (existsSync(file)) return planFactsFromText(readFileSync(file, 'utf8'), file);
  }
  return null;
}
