// Job: the Pagefind search index, written into dist/pagefind/ after every build
// (run by src/integrations/after-build.ts in a process of its own). Each indexed
// page is handed to Pagefind in lean form with its đ-words folded to d
// (page-input.ts), in a fixed order, so the same pages give the same files.
// The index of the last build is kept in the Astro cache folder: when every
// page is handed over exactly as last time, its files are linked into dist/
// instead of being made again.
// Usage: node src/search/index-job.ts <dist folder> <Astro cache folder>
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { htmlFiles, ogTitleOf, urlOfFile } from '../lib/built-pages.ts';
import { linkTree } from '../lib/link-tree.ts';
import { whenToldToBegin } from '../lib/step-signal.ts';
import { indexInput, indexOrder, slimPage, type IndexInput } from './page-input.ts';

const [root, cacheDir] = process.argv.slice(2);
if (!root) throw new Error('usage: index-job.ts <dist folder> [Astro cache folder]');
const out = path.join(root, 'pagefind');

// Index chunks of about 5,000 word positions rather than Pagefind's 20,000: a query
// loads the chunks that hold its words, and with smaller chunks fewer other words come
// along (measured: 5 to 17 KB less for most queries, both at today's size and with
// 10,000 products; smaller still saved nothing more, and each chunk adds to the
// metadata every search loads). Pagefind reads this setting from its environment.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '5000';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
// Started with the build, this process waits here (Pagefind's own process up) until the pages are written.
await whenToldToBegin();
const started = performance.now();

// 1. Every page read and prepared (about 0.5 ms a page), then put in order.
const inputs: IndexInput[] = [];
for (const rel of htmlFiles(root)) {
  const html = slimPage(readFileSync(path.join(root, rel)));
  const input = indexInput(urlOfFile(rel), html, ogTitleOf(html));
  if (input) inputs.push(input);
}
inputs.sort(indexOrder);
const prepared = performance.now();

// 2. The same pages as last time: the last index, linked.
// The key: Pagefind's version, this job's code and every page as handed over, in order.
const pagefindPackage = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
const PAGEFIND_VERSION = (JSON.parse(readFileSync(pagefindPackage, 'utf8')) as { version: string }).version;
const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n`).update(readFileSync(fileURLToPath(import.meta.url)));
for (const p of inputs) hash.update(`${p.url}\n${p.content.length}\n${p.content}\n`);
const key = hash.digest('hex');
const cached = cacheDir ? path.join(cacheDir, 'pagefind') : undefined;
const keyFile = cached && path.join(cached, 'key.txt');
if (cached && keyFile && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
  await rm(out, { recursive: true, force: true });
  const files = linkTree(path.join(cached, 'pagefind'), out);
  await pagefind.close();
  console.log(`${inputs.length} trang vào chỉ mục tìm kiếm (không đổi, ${files} tệp lấy từ bộ nhớ đệm) trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}

// 3. Otherwise Pagefind: the pages sent in order (it numbers them as they arrive),
// at most WINDOW waiting for an answer, so that sending never holds up its work.
const WINDOW = 64;
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
await pagefind.close();
const wrote = performance.now();

// 4. Kept for the next build (a copy that shares the files: links, not bytes).
if (cached && keyFile) {
  await rm(cached, { recursive: true, force: true });
  linkTree(out, path.join(cached, 'pagefind'));
  writeFileSync(keyFile, key);
}
const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
console.log(`${inputs.length} trang vào chỉ mục tìm kiếm trong ${s(started, performance.now())} s (đọc ${s(started, prepared)} s, Pagefind thêm trang ${s(prepared, added)} s, ghi ${s(added, wrote)} s, lưu bộ nhớ đệm ${s(wrote, performance.now())} s)`);
