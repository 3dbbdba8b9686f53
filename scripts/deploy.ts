// Publishes a checked build on the server: the release gate first, then a new
// release folder <target>/releases/<id>/ and the switch of <target>/current
// (nginx's root) to it in one step; the last few releases are kept.
// Usage: npm run deploy -- <target folder> [--from dist] [--keep 5]
//        npm run deploy -- <target folder> --rollback   (back to the release before)
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatGate, releaseGate } from './lib/release-gate.ts';
import { deploy, KEEP, rollback } from './lib/releases.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string', default: 'dist' }, keep: { type: 'string', default: String(KEEP) }, rollback: { type: 'boolean', default: false } },
});
const target = positionals[0];
if (!target) {
  console.error('Cách dùng: npm run deploy -- <thư mục trên máy chủ> [--from dist] [--keep 5] | --rollback');
  process.exit(2);
}
try {
  if (values.rollback) {
    const { from, to } = await rollback(target);
    console.log(`Đã quay lại bản phát hành ${to} (trước đó: ${from}).`);
  } else {
    const report = await releaseGate(values.from, contentDir());
    console.log(formatGate(report));
    if (report.problems.length) process.exit(1);
    const done = await deploy(values.from, target, { keep: Number(values.keep) });
    console.log(
      `Đã xuất bản ${done.id}: ${done.files} tệp (${done.linked} không đổi, dùng chung với bản trước), ${done.compressed} tệp nén mới, giữ ${done.carried} tệp của các bản trước cho trang đang mở.` +
        (done.removed.length ? ` Đã xóa bản cũ: ${done.removed.join(', ')}.` : ''),
    );
  }
} catch (error) {
  console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
