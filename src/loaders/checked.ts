// Wraps a content loader so that a mistake in a content file stops the build
// with a message naming the file (relative to the project), the field, the
// line and what is expected, before Astro's own parser sees the file (its
// messages are English). Every file of the collection is first read and
// checked the way check-folder.ts checks it without Astro (read.ts: NFC text,
// YAML with lines, numbers, pictures; the schema; the rules of
// collections.ts); only a collection without mistakes is handed to Astro's
// loader. Its data is made NFC again on the way in (parseData), and so is the
// HTML of Markdown bodies rendered while loading.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/content-errors.ts';
import { Worker } from 'node:worker_threads';
import type { CheckRequest, CheckResult } from './check-worker.ts';
import type { CollectionFiles, CollectionName } from './collections.ts';
import { recordSamples, samplesOf } from './found-samples.ts';
import { collectionFiles, namedFromRoot, nfcDeep, readEntries } from './read.ts';
import { checkEntries, explainSchemaFailure, throwIfAny } from './rules.ts';

export { checkEntries, explainSchemaFailure, throwIfAny, type CheckedEntry, type CollectionRules } from './rules.ts';

/** From how many files a collection is checked in a worker thread (a province's content has tens; KC_CHECK_WORKER_FROM for tests). */
const WORKER_FROM = Number(process.env['KC_CHECK_WORKER_FROM']) || 1000;

/** The checks of one collection in a worker thread (check-worker.ts). */
function checkInWorker(request: CheckRequest): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: request });
    worker.once('message', (result: CheckResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`src/loaders/check-worker.ts dừng với mã ${code} trước khi trả lời`)));
  });
}

export function checked<T>(inner: Loader, contentDir: string, files: CollectionFiles<T>): Loader {
  const { rules } = files;
  return {
    ...inner,
    name: `checked:${inner.name}`,
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const relative = namedFromRoot(root);
      const folder = path.resolve(root, contentDir);
      const listed = collectionFiles(folder, files);
      // A large collection (10,000 products) is checked by a worker thread while Astro's loader reads
      // the same files here; its mistakes are reported instead of anything Astro's loader says.
      const checking = listed.length >= WORKER_FROM ? checkInWorker({ collection: context.collection as CollectionName, contentDir, root }) : undefined;
      if (checking) {
        checking.catch(() => {}); // awaited below, once Astro's loader is done
        context.logger.info(`[check-worker] ${context.collection}: các tệp được đọc và kiểm tra trong một luồng riêng, cùng lúc với trình nạp của Astro`);
      } else {
        // Every file read and checked first, as check-folder.ts does: the same blocks, before Astro parses anything.
        const { entries, failures: unread } = readEntries(folder, files, relative, listed);
        throwIfAny(checkEntries(rules, entries, unread));
        for (const line of rules.notices?.(entries) ?? []) context.logger.info(line);
        // What is illustrative, for the list at the build's end (src/integrations/still-to-fill.ts).
        recordSamples(folder, context.collection, samplesOf(context.collection, entries, folder, root));
      }

      const failures: ContentError[] = [];
      const parseData: LoaderContext['parseData'] = async (props) => {
        const data = nfcDeep(props.data);
        try {
          return await context.parseData({ ...props, data });
        } catch (error) {
          const problems = explainSchemaFailure(rules.schema, data);
          const message = error instanceof Error ? error.message : String(error);
          const file = relative(props.filePath ?? `${context.collection}/${props.id}`);
          failures.push(new ContentError(file, problems.length ? problems : [{ field: '', message }]));
          return data; // never published: the load fails below
        }
      };
      let loadError: unknown;
      try {
        await inner.load({ ...context, parseData });
      } catch (error) {
        if (!checking) throw error;
        loadError = error;
      }
      if (checking) {
        const checked = await checking;
        throwIfAny(checked.failures.map((f) => new ContentError(f.file, f.problems)));
        if (loadError) throw loadError;
        for (const line of checked.notices) context.logger.info(line);
        recordSamples(folder, context.collection, checked.samples);
      }
      throwIfAny(failures);

      // A Markdown body is rendered while loading, from the file's own text: its HTML made NFC too.
      for (const entry of context.store.values()) {
        const html = entry.rendered?.html;
        if (html === undefined || (html === html.normalize('NFC') && entry.body === entry.body?.normalize('NFC'))) continue;
        context.store.set({
          ...entry,
          ...(entry.body === undefined ? {} : { body: entry.body.normalize('NFC') }),
          rendered: nfcDeep(entry.rendered!), // its HTML, and the headings' text
          // Another digest than the file's: the next build renders the file again (and makes it NFC again).
          digest: `${entry.digest ?? ''}:nfc`,
        });
      }
    },
  };
}
