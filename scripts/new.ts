// Scaffolds a new content file, so that staff never name or number one by hand.
// Usage: npm run new -- ban-tin "Tiêu đề bản tin"
// Env: CONTENT_DIR (content folder, default ./content), BUILD_DATE ("YYYY-MM-DD",
// instead of today's date in Việt Nam, as for the build; for tests).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { issueSlug, nextNumber } from '../src/features/bulletins/bulletins.ts';
import { buildDate } from '../src/lib/build-date.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { frontMatterOf, parseYaml } from '../src/loaders/parse.ts';
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

let date = '';
try {
  date = buildDate();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const year = date.slice(0, 4);

const root = path.join(contentDir(), 'bulletins');
const files = existsSync(root)
  ? readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))
  : [];

/** The number a bulletin file gives itself, when it can be read. */
function numberOf(file: string): number | undefined {
  try {
    const data = parseYaml(frontMatterOf(readFileSync(file, 'utf8')) ?? '') as { number?: unknown } | null;
    return typeof data?.number === 'number' ? data.number : undefined;
  } catch {
    return undefined; // the build names the file's mistake
  }
}

// Numbers already used this year (in the files of <year>/).
const used = files
  .filter((f) => f.split(path.sep)[0] === year)
  .map((f) => numberOf(path.join(root, f)))
  .filter((n): n is number => n !== undefined);
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
