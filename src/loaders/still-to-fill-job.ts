// Job: the list of what the content folder still lacks before release
// (still-to-fill.ts), worked out in a process of its own while the site builds
// (src/integrations/still-to-fill.ts prints it at the end). It reads every
// content file again: 4 s with 10,000 products, which no longer waits in line
// after the pages. Prints the list's lines as JSON.
// Usage: node src/loaders/still-to-fill-job.ts   (the content folder: CONTENT_DIR, or ./content)
import { contentDir } from '../lib/content-dir.ts';
import { formatStillToFill, stillToFill } from './still-to-fill.ts';

process.stdout.write(JSON.stringify(formatStillToFill(stillToFill(contentDir()))));
