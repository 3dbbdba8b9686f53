// Job: the Pagefind search index, written into dist/pagefind/ after every build
// (run by src/integrations/after-build.ts in a process of its own). Each
// indexed page is handed to Pagefind with its đ-words folded to d (src/lib/search-fold.ts).
// Usage: node src/integrations/jobs/search-index.ts <dist folder> [Astro cache folder, unused]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles, shareFields, urlOfFile } from '../../lib/html-pages.ts';
import { spaceBlocks, withFoldedMeta, withoutStylesAndScripts } from '../../lib/search-fold.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: search-index.ts <dist folder>');
const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const files = htmlFiles(root);
let indexed = 0;
// Small batches keep the pipe to Pagefind's process busy without holding every page in memory.
for (let i = 0; i < files.length; i += 64) {
  await Promise.all(
    files.slice(i, i + 64).map(async (rel) => {
      const html = await readFile(path.join(root, rel), 'utf8');
      if (!html.includes('data-pagefind-body')) return;
      const title = shareFields(html)?.title ?? '';
      const res = await index.addHTMLFile({ url: urlOfFile(rel), content: spaceBlocks(withFoldedMeta(withoutStylesAndScripts(html), title)) });
      if (res.errors.length) throw new Error(`Pagefind, ${rel}: ${res.errors.join('; ')}`);
      indexed++;
    }),
  );
}
const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`${indexed} trang vào chỉ mục tìm kiếm trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
