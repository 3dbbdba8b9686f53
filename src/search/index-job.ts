// Job: the Pagefind search index, written into dist/pagefind/ after every build
// (run by src/integrations/after-build.ts in a process of its own). Each
// indexed page is handed to Pagefind with its đ-words folded to d (src/search/fold.ts).
// Usage: node src/search/index-job.ts <dist folder> [Astro cache folder, unused]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { eachLimited } from '../lib/each-limited.ts';
import { headOf, htmlFiles, metaTag, urlOfFile } from '../lib/built-pages.ts';
import { indexedPart, spaceBlocks, withFoldedMeta } from './fold.ts';
import { whenToldToBegin } from '../lib/step-signal.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: search-index.ts <dist folder>');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
// Started with the build, this process waits here (Pagefind's own process up) until the pages are written.
await whenToldToBegin();
const started = performance.now();
const files = htmlFiles(root);
let indexed = 0;
// A window of pages in flight rather than batches: while Pagefind's process
// indexes some pages, this one reads and prepares the next (two cores busy).
await eachLimited(files, 32, async (rel) => {
  const html = await readFile(path.join(root, rel), 'utf8');
  const part = indexedPart(html);
  if (!part) return;
  const title = (metaTag(headOf(html), 'og:title')?.['content'] ?? '').normalize('NFC');
  const res = await index.addHTMLFile({ url: urlOfFile(rel), content: spaceBlocks(withFoldedMeta(part, title)) });
  if (res.errors.length) throw new Error(`Pagefind, ${rel}: ${res.errors.join('; ')}`);
  indexed++;
});
const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`${indexed} trang vào chỉ mục tìm kiếm trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
