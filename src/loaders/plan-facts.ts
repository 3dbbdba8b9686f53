// What a plan file names (its target ids, legal bases, budget sources), read
// from the content folder on disk so that other collections' checks (policies,
// events, reported progress) can tell at load time whether an id exists.
// Collections load independently, so a loader cannot ask the plans collection.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PlanFacts {
  /** targets[].id */
  targets: string[];
  /** legalBases[].number (the documents the plan itself is based on) */
  legalBases: string[];
  /** budget.sources[].id */
  budgetSources: string[];
}

const unquote = (s: string) => s.trim().replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '').trim();

/**
 * Reads the ids from a plan file's front matter. Not a YAML parser: it reads
 * the `id:`/`number:` lines under the top-level keys `targets`, `legalBases`
 * and `budget`, which is how every plan file is written (see the staff guide).
 */
export function planFactsFromText(text: string): PlanFacts {
  const facts: PlanFacts = { targets: [], legalBases: [], budgetSources: [] };
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  let section = '';
  let itemColumn = -1; // where the keys of a legal basis item start; amendments sit deeper
  for (const line of front.split(/\r?\n/)) {
    const top = /^([A-Za-z]\w*):/.exec(line);
    if (top) {
      section = top[1]!;
      itemColumn = -1;
      continue;
    }
    const key = /^(\s*(?:-\s+)?)(\w+):\s*(.*)$/.exec(line);
    if (!key) continue;
    const [, lead, name, value] = key as unknown as [string, string, string, string];
    if (section === 'targets' && name === 'id') facts.targets.push(unquote(value));
    if (section === 'budget' && name === 'id') facts.budgetSources.push(unquote(value));
    if (section === 'legalBases') {
      if (itemColumn < 0 && lead.includes('-')) itemColumn = lead.length;
      if (name === 'number' && lead.length === itemColumn) facts.legalBases.push(unquote(value));
    }
  }
  return facts;
}

/** The facts of the plan of `year` in `contentDir`, or null when there is no such plan. */
export function readPlanFacts(contentDir: string, year: number | string): PlanFacts | null {
  for (const ext of ['.md', '.mdx']) {
    const file = path.join(contentDir, 'plans', `${year}${ext}`);
    if (existsSync(file)) return planFactsFromText(readFileSync(file, 'utf8'));
  }
  return null;
}

/** "a, b, c" for messages: what may be written instead. */
export function listOf(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
