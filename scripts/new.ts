// Scaffolds a new content file, so that staff never name or number one by hand.
// Usage: npm run new -- ban-tin "Tiêu đề bản tin"
// Env: CONTENT_DIR (content folder, default ./content), KC_TODAY ("YYYY-MM-DD",
// instead of today's date in Việt Nam; for tests).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { issueSlug, nextNumber, todayInVietnam } from '../src/features/bulletins/bulletins.ts';
import { parseIsoDate } from '../src/lib/format.ts';
import { newIssueText } from '../src/features/bulletins/new-issue.ts';
import { slugify } from '../src/lib/slug.ts';

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim().normalize('NFC');
if (kind !== 'ban-tin') fail('cách dùng: npm run new -- ban-tin "Tiêu đề bản tin"');
if (!title) fail('thiếu tiêu đề. Cách dùng: npm run new -- ban-tin "Tiêu đề bản tin"');

const date = process.env['KC_TODAY'] ?? todayInVietnam();
if (!parseIsoDate(date)) fail(`KC_TODAY "${date}" không phải ngày dạng YYYY-MM-DD`);
const year = date.slice(0, 4);

const root = path.join(process.env['CONTENT_DIR'] ?? 'content', 'bulletins');
const files = existsSync(root)
  ? readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))
  : [];

// Numbers already used this year (the number: line of each file in <year>/).
const used = files
  .filter((f) => f.split(path.sep)[0] === year)
  .map((f) => /^number:\s*(\d+)/m.exec(readFileSync(path.join(root, f), 'utf8'))?.[1])
  .filter((n): n is string => n !== undefined)
  .map(Number);
const number = nextNumber(used);

// The address comes from the title; it must be free in every year.
const taken = new Set(files.map((f) => issueSlug(f)));
const base = slugify(title).slice(0, 80).replace(/-+$/, '') || `ban-tin-so-${number}`;
let slug = base;
for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;

const file = path.join(root, year, `${slug}.md`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, newIssueText({ title, number, date }), { flag: 'wx' });
console.log(`Đã tạo ${file}
  số ${number} năm ${year}, ngày ${date}, địa chỉ /ban-tin/${slug}/
Tiếp theo: mở tệp, viết tóm tắt và nội dung, xem trước bằng "npm run dev",
rồi đổi "draft: true" thành "draft: false" để xuất bản (docs/huong-dan-bien-tap.md).`);
