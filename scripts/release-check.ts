// The release gate: refuses a build a reviewer would not let through, listing
// every reason in Vietnamese, and lists what is still illustrative.
// Usage: npm run release-check [-- <built folder, default dist>]
import { contentDir } from '../src/lib/content-dir.ts';
import { formatGate, releaseGate } from './lib/release-gate.ts';

const report = await releaseGate(process.argv[2] ?? 'dist', contentDir());
console.log(formatGate(report));
process.exit(report.problems.length ? 1 : 0);
