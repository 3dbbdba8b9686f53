// Checks a content folder the way the build does, without Astro: each
// collection's files are read as the build's loader reads them first (read.ts:
// NFC text, YAML by js-yaml with lines, numbers, pictures), validated by the
// same schemas and the same rules (src/loaders/collections.ts). Milliseconds
// instead of a build: the content tests use it for most staff mistakes, and a
// few real builds prove that the build stops the same way.
import { ContentError } from '../lib/content-errors.ts';
import { contentCollections, type CollectionName } from './collections.ts';
import { readContentFile, readEntries } from './read.ts';
import { checkEntries, type CheckedEntry } from './rules.ts';

/** A file's data (and body, for Markdown), read as the build reads it (throws a ContentError when it cannot be read). */
export function parseContentFile(file: string): { data: unknown; body?: string } {
  const { data, body } = readContentFile(file);
  return body === undefined ? { data } : { data, body };
}

/** One collection's files in `contentDir`, in file-name order: the entries that pass their schema, and a ContentError per file that does not. */
export function readCollection(contentDir: string, name: CollectionName): { entries: CheckedEntry<never>[]; failures: ContentError[] } {
  return readEntries(contentDir, contentCollections(contentDir)[name] as never);
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
