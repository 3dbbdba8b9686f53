// Wraps a content loader so that a mistake in a content file stops the build
// with a message naming the file (relative to the project), the field and
// what is expected, including checks that need the entry's text body.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, explainIssue, type FieldProblem } from '../lib/content-errors';

export interface CheckedEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
  filePath?: string | undefined;
}

/** A check over one entry (its data already validated) returning its problems. */
export type EntryCheck = (entry: CheckedEntry) => FieldProblem[];

/** A check over the whole collection (duplicates, numbering) returning problems per file. */
export type CollectionCheck = (entries: CheckedEntry[]) => { file: string; problems: FieldProblem[] }[];

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

export function checked(
  inner: Loader,
  options: {
    /** The collection's schema, with images as plain strings, to explain failures. */
    schema?: z.ZodType;
    entry?: EntryCheck;
    collection?: CollectionCheck;
  } = {},
): Loader {
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
      // Every file is checked before the build stops, so that staff see all their
      // mistakes at once rather than one per build.
      const failures: ContentError[] = [];
      const failed = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const problems = options.schema ? explainSchemaFailure(options.schema, props.data) : [];
          const message = error instanceof Error ? error.message : String(error);
          const file = relative(props.filePath ?? `${context.collection}/${props.id}`);
          failures.push(new ContentError(file, problems.length ? problems : [{ field: '', message }]));
          failed.add(file);
          return props.data; // never published: the load fails below
        }
      };
      await inner.load({ ...context, parseData });

      const entries: CheckedEntry[] = context.store
        .values()
        .map((e) => ({ id: e.id, data: e.data, body: e.body, filePath: e.filePath && relative(e.filePath) }))
        .filter((e) => !failed.has(e.filePath ?? ''));
      for (const entry of entries) {
        const problems = options.entry?.(entry) ?? [];
        if (problems.length) failures.push(new ContentError(entry.filePath ?? entry.id, problems));
      }
      // Checks across files (numbering, duplicates) only make sense over valid entries.
      if (!failures.length)
        for (const f of options.collection?.(entries) ?? []) failures.push(new ContentError(f.file, f.problems));
      if (failures.length === 1) throw failures[0]!;
      if (failures.length > 1) {
        const all = new Error(failures.map((f) => f.message).join('\n\n'));
        all.stack = `ContentError: ${all.message}`;
        throw all;
      }
    },
  };
}
