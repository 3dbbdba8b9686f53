// A worker thread of the build's process: one large collection's files read and
// checked (read.ts, rules.ts) while Astro's own loader reads the same files on the
// main thread (checked.ts). With 10,000 products the checks took 4 s of the main
// thread, in line before Astro's loader; here they run on the other core.
// Receives { collection, contentDir, root }; posts { failures, notices, samples }.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { FieldProblem } from '../lib/content-errors.ts';
import { contentCollections, type CollectionName } from './collections.ts';
import { samplesOf } from './found-samples.ts';
import { namedFromRoot, readEntries } from './read.ts';
import { checkEntries } from './rules.ts';

export interface CheckRequest {
  collection: CollectionName;
  /** The content folder as the loader was given it. */
  contentDir: string;
  /** The project's root: files are named from it. */
  root: string;
}
export interface CheckResult {
  failures: { file: string; problems: readonly FieldProblem[] }[];
  notices: string[];
  /** What is illustrative in the collection (found-samples.ts). */
  samples: string[];
}

const { collection, contentDir, root } = workerData as CheckRequest;
// The same spec as the loader's (collections.ts, for this content folder): its rules are functions, not sent.
const spec = contentCollections(contentDir)[collection] as Parameters<typeof readEntries>[1];
const folder = path.resolve(root, contentDir);
const { entries, failures: unread } = readEntries(folder, spec, namedFromRoot(root));
const failures = checkEntries(spec.rules, entries, unread);
const result: CheckResult = {
  failures: failures.map((f) => ({ file: f.file, problems: f.problems })),
  notices: failures.length ? [] : (spec.rules.notices?.(entries) ?? []),
  samples: samplesOf(collection, entries, folder, root),
};
parentPort!.postMessage(result);
