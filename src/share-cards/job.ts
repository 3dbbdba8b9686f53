// Job: the share images (src/share-cards/share-cards.ts), after every build,
// in a process of its own (run by src/integrations/after-build.ts).
// Usage: node src/share-cards/job.ts <dist folder> <Astro cache folder>
import { shareImages } from './share-cards.ts';

const [dist, cacheDir] = process.argv.slice(2);
if (!dist || !cacheDir) throw new Error('usage: share-images.ts <dist folder> <Astro cache folder>');
await shareImages({ dist, cacheDir, logger: { info: (message) => console.log(message) } });
