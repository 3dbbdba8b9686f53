// Wraps a content loader so that a mistake in a content file stops the build
// with a message naming the file (relative to the project), the field and
// what is expected, including checks that need the entry's text body. The
// checks themselves are plain functions (CollectionRules), also run without
// Astro by src/loaders/check-folder.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, explainIssue, type FieldProblem } from '../lib/content-errors.ts';

export interface CheckedEntry<T = Record<string, unknown>> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
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
  const result = schema.safeParse(data, { error: explainIssue });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return { field: issue.keys.map((k) => (field ? `${field}.${k}` : k)).join(', '), message: issue.message };
    return { field, message: issue.message };
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
    const problems = rules.entry?.(entry) ?? [];
    if (problems.length) failures.push(new ContentError(entry.filePath ?? entry.id, problems));
  }
  if (!failures.length) for (const f of rules.collection?.(entries) ?? []) failures.push(new ContentError(f.file, f.problems));
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

export function checked<T>(inner: Loader, rules: CollectionRules<T>): Loader {
  return {
    ...inner,
    name: `checked:${inner.name}`,
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      // Files inside the project are named from its root (content/plans/2024.md);
      // files elsewhere (a CONTENT_DIR outside it) by their absolute path.
      const relative = (file: string) => {
        const absolute = path.resolve(root, file);
        const inside = path.relative(root, absolute);
        return inside.startsWith('..') ? absolute : inside;
      };
      const failures: ContentError[] = [];
      const failed = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const problems = explainSchemaFailure(rules.schema, props.data);
          const message = error instanceof Error ? error.message : String(error);
          const file = relative(props.filePath ?? `${context.collection}/${props.id}`);
          failures.push(new ContentError(file, problems.length ? problems : [{ field: '', message }]));
          failed.add(file);
          return props.data; // never published: the load fails below
        }
      };
      await inner.load({ ...context, parseData });

      const entries = context.store
        .values()
        .map((e) => ({ id: e.id, data: e.data as T, body: e.body, filePath: e.filePath && relative(e.filePath) }))
        .filter((e) => !failed.has(e.filePath ?? ''));
      throwIfAny(checkEntries(rules, entries, failures));
      for (const line of rules.notices?.(entries) ?? []) context.logger.info(line);
    },
  };
}
