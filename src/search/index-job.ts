// Job: the Pagefind search index (build-index.ts) in a process of its own, for a
// national catalogue (src/integrations/site-steps.ts): started with the build,
// Pagefind's own process is up before the pages are written, and the pages are
// read here, not in the build's process (which holds every page's data).
// Usage: node src/search/index-job.ts <dist folder> <Astro cache folder>
import { whenToldToBegin } from '../lib/step-signal.ts';
import { openIndex, searchIndex } from './build-index.ts';

const [dist, cacheDir] = process.argv.slice(2);
if (!dist) throw new Error('usage: index-job.ts <dist folder> [Astro cache folder]');
const early = openIndex();
early.catch(() => {}); // awaited when the pages are written
// Started with the build, this process waits here (Pagefind's own process up) until the pages are written.
await whenToldToBegin();
await searchIndex({ dist, cacheDir, log: (line) => console.log(line), early });
