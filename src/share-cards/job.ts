// Job: the share cards (index.ts), after every build, in a process of its own
// (run by src/integrations/after-build.ts).
// Usage: node src/share-cards/job.ts <dist folder> <Astro cache folder>
import { shareCards } from './index.ts';
import { whenToldToBegin } from '../lib/step-signal.ts';

const [dist, cacheDir] = process.argv.slice(2);
if (!dist || !cacheDir) throw new Error('usage: job.ts <dist folder> <Astro cache folder>');
// Started with the build, this process waits here until the pages are written.
await whenToldToBegin();
await shareCards({ dist, cacheDir, logger: { info: (message) => console.log(message) } });
