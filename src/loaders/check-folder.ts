// Checks a content folder the way the build does, without Astro: each
// collection's files are read and parsed as Astro's loaders read them (YAML by
// js-yaml, Markdown front matter), validated by the same schemas and the same
// rules (src/loaders/collections.ts). Milliseconds instead of a build: the
// content tests use it for most staff mistakes, and a few real builds prove
// that the build stops the same way.
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content-errors.ts';
import { checkEntries, explainSchemaFailure, type CheckedEntry } from './checked.ts';
import { contentCollections, type CollectionName } from './collections.ts';
import { bodyOf, frontMatterOf, parseYaml } from './parse.ts';

/** A file's data (and body, for Markdown), parsed as Astro's loaders parse it. */
export function parseContentFile(file: string): { data: unknown; body?: string } {
  const text = readFileSync(file, 'utf8');
  if (/\.mdx?$/.test(file)) return { data: parseYaml(frontMatterOf(text) ?? '') ?? {}, body: bodyOf(text) };
  if (file.endsWith('.json')) return { data: JSON.parse(text) };
  return { data: parseYaml(text) };
}

/** One collection's files in `contentDir`, in file-name order: the entries that pass their schema, and a ContentError per file that does not. */
export function readCollection(contentDir: string, name: CollectionName): { entries: CheckedEntry<never>[]; failures: ContentError[] } {
  const spec = contentCollections(contentDir)[name];
  const base = path.join(contentDir, spec.folder);
  const files = existsSync(base) ? globSync(spec.pattern, { cwd: base }).map((rel) => rel.split(path.sep).join('/')).sort() : [];
  const failures: ContentError[] = [];
  const entries: CheckedEntry<never>[] = [];
  for (const rel of files) {
    const file = path.join(base, rel);
    try {
      const id = spec.generateId ? spec.generateId(rel) : rel.replace(/\.[^./]+$/, '');
      const { data, body } = parseContentFile(file);
      const problems = explainSchemaFailure(spec.rules.schema, data);
      if (problems.length) failures.push(new ContentError(file, problems));
      else entries.push({ id, data: spec.rules.schema.parse(data) as never, body, filePath: file });
    } catch (error) {
      failures.push(error instanceof ContentError ? error : new ContentError(file, [{ field: '', message: error instanceof Error ? error.message : String(error) }]));
    }
  }
  return { entries, failures };
}

/** The problems of one collection's files in `contentDir`: one ContentError per faulty file. */
export function checkCollection(contentDir: string, name: CollectionName): ContentError[] {
  const { entries, failures } = readCollection(contentDir, name);
  return checkEntries(contentCollections(contentDir)[name].rules as never, entries, failures);
}

/** The problems of every collection in `contentDir`. */
export function checkContentFolder(contentDir: string): ContentError[] {
  return (Object.keys(contentCollections(contentDir)) as CollectionName[]).flatMap((name) => checkCollection(contentDir, name));
}
