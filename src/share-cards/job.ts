// Job: the share cards (index.ts), in a process of its own started with the
// build (by src/integrations/after-build.ts): told of each page as it is rendered
// (notice.ts), it draws the missing cards on the free core; once the pages are
// written, it places every page's card.
// Usage: node src/share-cards/job.ts <dist folder> <Astro cache folder>
import { cardSession, type CardNotice } from './index.ts';
import { whenToldToBegin } from '../lib/step-signal.ts';

const [dist, cacheDir] = process.argv.slice(2);
if (!dist || !cacheDir) throw new Error('usage: job.ts <dist folder> <Astro cache folder>');
const cards = cardSession({ cacheDir, logger: { info: (message) => console.log(message) } });
// Started with the build, this process waits here until the pages are written, drawing what it is told of.
await whenToldToBegin((line) => cards.early(JSON.parse(line) as CardNotice));
await cards.finish(dist);
