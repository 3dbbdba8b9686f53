// Publishes a checked build: the release gate first, then a new release
// <target>/releases/<id>/ and the switch of <target>/current (nginx's root) to
// it in one step; the last few releases are kept. The target is a folder of
// this machine or of a server reached over SSH (user@server:/folder).
// Usage: npm run deploy -- <target> [--from dist] [--keep 5]
//        npm run deploy -- <target> --rollback   (back to the release before)
// Env: KC_SSH (the ssh command, e.g. "ssh -i ~/.ssh/xuat-ban -p 2222").
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatGate, releaseGate } from './lib/release-gate.ts';
import { deploy, KEEP, parseTarget, rollback } from './lib/releases.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string', default: 'dist' }, keep: { type: 'string', default: String(KEEP) }, rollback: { type: 'boolean', default: false } },
});
if (!positionals[0]) {
  console.error('Cách dùng: npm run deploy -- <thư mục hoặc người-dùng@máy-chủ:/thư-mục> [--from dist] [--keep 5] | --rollback');
  process.exit(2);
}
try {
  const target = parseTarget(positionals[0]);
  if (values.rollback) {
    console.log(`Đã quay lại bản phát hành ${await rollback(target)}.`);
  } else {
    const report = await releaseGate(values.from, contentDir());
    console.log(formatGate(report));
    if (report.problems.length) process.exit(1);
    // Compressed files are kept with Astro's cache (CI keeps it between runs).
    const cacheDir = path.join(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro', 'compressed');
    const done = await deploy(values.from, target, { keep: Number(values.keep), cacheDir });
    console.log(`Đã xuất bản ${done.id}: ${done.files} tệp văn bản, ${done.compressed} tệp nén mới, ${done.reused} lấy từ bộ nhớ đệm.`);
  }
} catch (error) {
  console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
