// Writes a starting content folder for a province's own site.
// Usage: npm run new-site -- <thư mục>
// Then: CONTENT_DIR=<thư mục> npm run build (the build lists what is still to fill).
// Env: BUILD_DATE ("YYYY-MM-DD", instead of today's date in Việt Nam; for tests).
import { buildDate } from '../src/lib/build-date.ts';
import { writeNewSite } from './lib/new-site.ts';

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

const folder = process.argv[2];
if (!folder || process.argv.length > 3) fail('cách dùng: npm run new-site -- <thư mục mới>, ví dụ npm run new-site -- ../noi-dung-tinh');

let files: string[] = [];
try {
  files = writeNewSite(folder, buildDate());
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(`Đã tạo thư mục nội dung ${folder} (${files.length} tệp):`);
for (const f of files) console.log(`  ${f}`);
console.log(`
Việc tiếp theo (docs/adopt.md):
  1. Điền site.yaml: mọi chỗ "[cần điền …]", và liên hệ của đơn vị kèm nguồn công khai.
  2. Thay logo.svg, chọn màu (theme.colours), chép danh sách đơn vị hành chính.
  3. Dựng thử: CONTENT_DIR=${folder} npm run build
     Cuối bản dựng có danh sách những gì còn phải điền và các mục còn là nội dung minh họa.`);
