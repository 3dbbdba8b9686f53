// What each collection's loader found illustrative while checking its files
// (checked.ts, check-worker.ts: samplesOf), kept in the build's process
// until the build prints what is still to fill (src/integrations/still-to-fill.ts).
// The list once took a process of its own that read and checked every content
// file again (0.65 s of CPU during Vite in a small build, 4 s at 10,000 products).
// Kept on globalThis: the content definitions and the integrations are not
// certain to share module instances.
import path from 'node:path';

/** Up to `max` names, then how many more. */
function someOf(names: readonly string[], max = 5): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} tệp khác`;
}

/**
 * What is illustrative in one collection's checked entries, as the list's lines:
 * its files with `sample: true`, and the rows with it in a year's file, each file
 * named from the content folder `folder`. An entry's `filePath` is read from `root`
 * (the project's, for the loaders' entries).
 */
export function samplesOf(collection: string, entries: readonly { id: string; data: unknown; filePath?: string | undefined }[], folder: string, root = folder): string[] {
  const files: string[] = [];
  const rows: string[] = [];
  for (const e of entries) {
    const data = e.data as Record<string, unknown>;
    const file = path.relative(folder, path.resolve(root, e.filePath ?? e.id));
    if (data['sample'] === true) files.push(file);
    const list = (['features', 'events', 'reports', 'spending'] as const).flatMap((k) => (Array.isArray(data[k]) ? (data[k] as Record<string, unknown>[]) : []));
    const samples = list.filter((r) => r['sample'] === true).length;
    if (samples) rows.push(`${samples}/${list.length} dòng trong ${file}`);
  }
  const lines: string[] = [];
  if (files.length) lines.push(`${collection}: ${files.length}/${entries.length} tệp (${someOf(files)})`);
  if (rows.length) lines.push(`${collection}: ${rows.join('; ')}`);
  return lines;
}

const KEY = Symbol.for('kc.found-samples');

/** The lines found, by content folder and collection. */
function found(): Map<string, Map<string, readonly string[]>> {
  const store = globalThis as { [KEY]?: Map<string, Map<string, readonly string[]>> };
  return (store[KEY] ??= new Map());
}

/** Records the lines of `collection` in `contentDir` (replacing what an earlier load found). */
export function recordSamples(contentDir: string, collection: string, lines: readonly string[]): void {
  const dir = path.resolve(contentDir);
  const collections = found().get(dir) ?? new Map<string, readonly string[]>();
  collections.set(collection, [...lines]);
  found().set(dir, collections);
}

/** The lines recorded for `contentDir`'s collections; undefined for a collection no loader checked. */
export function foundSamples(contentDir: string): (collection: string) => readonly string[] | undefined {
  const collections = found().get(path.resolve(contentDir));
  return (collection) => collections?.get(collection);
}

/** Forgets what earlier loads found (a build starts: its own loaders record again). */
export function forgetSamples(): void {
  found().clear();
}
