// What a collection's files must satisfy beyond their schema, and the plain
// functions that check it: used by the loader that stops the build
// (checked.ts) and by the same checks without Astro (check-folder.ts).
import type { z } from 'astro/zod';
import { ContentError, explainIssue, type FieldProblem } from '../lib/content-errors.ts';

export interface CheckedEntry<T = Record<string, unknown>> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
  /** The line where a field is written in the file (see parse.ts), to point staff at it. */
  lineOf?: ((field: string) => number | undefined) | undefined;
  /** Mistakes found while reading the file (its data passed the schema): reported with the entry's own. */
  problems?: FieldProblem[] | undefined;
}

/** What a collection's files must satisfy beyond their schema. */
export interface CollectionRules<T = Record<string, unknown>> {
  /** The collection's schema, with images as plain strings, to explain failures. */
  schema: z.ZodType;
  /** A check over one entry (its data already valid), returning its problems. */
  entry?: ((entry: CheckedEntry<T>) => FieldProblem[]) | undefined;
  /** A check over the whole collection (duplicates, numbering), returning problems per file. */
  collection?: ((entries: CheckedEntry<T>[]) => { file: string; problems: FieldProblem[] }[]) | undefined;
  /** Called before each run of the checks over the collection (lookups kept for one run are dropped). */
  begin?: (() => void) | undefined;
  /** Lines for the build log once the collection is valid (what is scheduled, what waits for a date). */
  notices?: ((entries: CheckedEntry<T>[]) => string[]) | undefined;
}

/**
 * Explains why `data` fails `schema`, one problem per field, in plain Vietnamese.
 * (Astro's own messages are English and generic; this re-runs the same schema
 * with our error map to say what is expected.)
 */
export function explainSchemaFailure(schema: z.ZodType, data: unknown): FieldProblem[] {
  const result = parseExplained(schema, data);
  return 'problems' in result ? result.problems : [];
}

/** `data` through `schema` once: the parsed data, or why it fails (as explainSchemaFailure says it). */
export function parseExplained(schema: z.ZodType, data: unknown): { data: unknown } | { problems: FieldProblem[] } {
  const result = schema.safeParse(data, { error: explainIssue });
  if (result.success) return { data: result.data };
  return { problems: problemsOf(result.error) };
}

function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return { field: issue.keys.map((k) => (field ? `${field}.${k}` : k)).join(', '), message: issue.message };
    return { field, message: issue.message };
  });
}

/** Each problem with the line of its field, where the file writes it (the first field of a list such as "a, b"). */
export function withLines(problems: readonly FieldProblem[], lineOf: CheckedEntry['lineOf']): FieldProblem[] {
  return problems.map((p) => {
    if (p.line !== undefined || !lineOf || !p.field || p.field.startsWith('(')) return p;
    const line = lineOf(p.field.split(', ')[0]!);
    return line === undefined ? p : { ...p, line };
  });
}

/**
 * The entry and collection checks over entries whose data passed the schema.
 * Checks across files (numbering, duplicates) run only when every file is right on its own.
 */
export function checkEntries<T>(rules: CollectionRules<T>, entries: CheckedEntry<T>[], earlier: ContentError[] = []): ContentError[] {
  rules.begin?.();
  const failures = [...earlier];
  for (const entry of entries) {
    const problems = [...(entry.problems ?? []), ...(rules.entry?.(entry) ?? [])];
    if (problems.length) failures.push(new ContentError(entry.filePath ?? entry.id, withLines(problems, entry.lineOf)));
  }
  if (!failures.length) {
    const lines = new Map(entries.map((e) => [e.filePath ?? e.id, e.lineOf]));
    for (const f of rules.collection?.(entries) ?? []) failures.push(new ContentError(f.file, withLines(f.problems, lines.get(f.file))));
  }
  return failures;
}

/** Stops with every file's problems at once, so that staff see all their mistakes in one build. */
export function throwIfAny(failures: readonly ContentError[]): void {
  if (failures.length === 1) throw failures[0]!;
  if (failures.length > 1) {
    const all = new Error(failures.map((f) => f.message).join('\n\n'));
    all.stack = `ContentError: ${all.message}`;
    throw all;
  }
}
