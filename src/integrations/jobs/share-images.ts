// Job: the share images (src/integrations/share-images.ts), after every build,
// in a process of its own (run by src/integrations/after-build.ts).
// Usage: node src/integrations/jobs/share-images.ts <dist folder> <Astro cache folder>
import { shareImages } from '../share-images.ts';

const [dist, cacheDir] = process.argv.slice(2);
if (!dist || !cacheDir) throw new Error('usage: share-images.ts <dist folder> <Astro cache folder>');
await shareImages({ dist, cacheDir, logger: { info: (message) => console.log(message) } });
