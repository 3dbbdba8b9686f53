// The Pagefind search index, written into dist/pagefind/ after every build (run by
// src/integrations/after-build.ts: in the build's own process for a province's
// site, in a process of its own, index-job.ts, for a national catalogue). Each
// indexed page is handed to Pagefind in lean form with its đ-words folded to d
// (page-input.ts), in a fixed order, so the same pages give the same files.
// The index of the last build is kept in the Astro cache folder: when every page
// is handed over exactly as last time, its files are linked into dist/ instead of
// being made again, and Pagefind is not even started.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlFiles, ogTitleOf, urlOfFile } from '../lib/built-pages.ts';
import { linkTree } from '../lib/link-tree.ts';
import { packageVersion } from '../lib/source-tree.ts';
import { indexInput, indexOrder, slimPage, type IndexInput } from './page-input.ts';

/** Pages sent to Pagefind waiting for its answer at most. */
const WINDOW = 64;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Pagefind's process started, with the site's settings (its own process: a binary of its own). */
export async function openIndex(): Promise<PagefindIndex> {
  // Index chunks of about 5,000 word positions rather than Pagefind's 20,000: a query
  // loads the chunks that hold its words, and with smaller chunks fewer other words come
  // along (measured: 5 to 17 KB less for most queries, both at today's size and with
  // 10,000 products; smaller still saved nothing more, and each chunk adds to the
  // metadata every search loads). Pagefind reads this setting from its environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '5000';
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return index;
}

/**
 * The search index of the built site `dist`, from the cache in `<cacheDir>/pagefind/`
 * or made and kept there; its line of result given to `log`. `early`: Pagefind
 * started already (index-job.ts starts it while the pages are rendered); closed here.
 */
export async function searchIndex({ dist, cacheDir, log, early }: { dist: string; cacheDir?: string | undefined; log: (line: string) => void; early?: Promise<PagefindIndex> | undefined }): Promise<void> {
  const out = path.join(dist, 'pagefind');
  const started = performance.now();
  // Pagefind's process, once started (here or before), is closed at the end, whatever happens.
  let opened = early;
  try {
    // 1. Every page read and prepared (about 0.5 ms a page), then put in order.
    const inputs: IndexInput[] = [];
    for (const rel of htmlFiles(dist)) {
      const html = slimPage(readFileSync(path.join(dist, rel)));
      const input = indexInput(urlOfFile(rel), html, ogTitleOf(html));
      if (input) inputs.push(input);
    }
    inputs.sort(indexOrder);
    const prepared = performance.now();

    // 2. The same pages as last time: the last index, linked.
    // The key: Pagefind's version, this module's code and every page as handed over, in order.
    const hash = createHash('sha256').update(`pagefind ${packageVersion('pagefind')}\n`).update(readFileSync(fileURLToPath(import.meta.url)));
    for (const p of inputs) hash.update(`${p.url}\n${p.content.length}\n${p.content}\n`);
    const key = hash.digest('hex');
    const cached = cacheDir ? path.join(cacheDir, 'pagefind') : undefined;
    const keyFile = cached && path.join(cached, 'key.txt');
    if (cached && keyFile && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
      await rm(out, { recursive: true, force: true });
      const files = linkTree(path.join(cached, 'pagefind'), out);
      log(`${inputs.length} trang vào chỉ mục tìm kiếm (không đổi, ${files} tệp lấy từ bộ nhớ đệm) trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return;
    }

    // 3. Otherwise Pagefind (started now if it was not before): the pages sent in order (it numbers them as they arrive),
    // at most WINDOW waiting for an answer, so that sending never holds up its work.
    const index = await (opened ??= openIndex());
    const pending: Promise<void>[] = [];
    let failure: Error | undefined;
    for (const p of inputs) {
      pending.push(
        index.addHTMLFile({ url: p.url, content: p.content }).then(
          (res) => {
            if (res.errors.length) failure ??= new Error(`Pagefind, ${p.url}: ${res.errors.join('; ')}`);
          },
          (e: unknown) => {
            failure ??= e instanceof Error ? e : new Error(String(e));
          },
        ),
      );
      if (pending.length >= WINDOW) await pending[pending.length - WINDOW];
      if (failure) break;
    }
    await Promise.all(pending);
    if (failure) throw failure;
    const added = performance.now();
    await rm(out, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    opened = undefined;
    await pagefind.close();
    const wrote = performance.now();

    // 4. Kept for the next build (a copy that shares the files: links, not bytes).
    if (cached && keyFile) {
      await rm(cached, { recursive: true, force: true });
      linkTree(out, path.join(cached, 'pagefind'));
      writeFileSync(keyFile, key);
    }
    const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    log(`${inputs.length} trang vào chỉ mục tìm kiếm trong ${s(started, performance.now())} s (đọc ${s(started, prepared)} s, Pagefind thêm trang ${s(prepared, added)} s, ghi ${s(added, wrote)} s, lưu bộ nhớ đệm ${s(wrote, performance.now())} s)`);
  } finally {
    if (opened) await opened.then(() => pagefind.close(), () => {});
  }
}
