// The pictures a content file names (a product's photos, a bulletin's cover,
// images in a Markdown body): each must be a file inside the content folder,
// with a name the site can serve as an address, of a kind it can process. A
// name with spaces or Vietnamese letters is refused with the exact new name to
// give the file: published under its own name it broke later steps (the share
// cards looked for the file by its address, see docs/huong-dan-bien-tap.md).
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../lib/slug.ts';

/** The kinds of picture the site publishes (processed by sharp into WebP/AVIF). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** A path segment the site can publish as it is: lowercase ASCII letters, digits, "-", "_" and dots inside. */
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/;

/** The name a picture's file should have: "Ảnh sản phẩm 1.JPG" → "anh-san-pham-1.jpg". */
export function safeImageName(name: string): string {
  const ext = path.extname(name).toLowerCase();
  return `${slugify(name.slice(0, name.length - ext.length)) || 'anh'}${ext}`;
}

/** Whether `inner` is `outer` or inside it. */
function isInside(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of `file` (symbolic links followed), or the path itself when it cannot be followed. */
function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** The content folder's real path, once per folder (a catalogue of 10,000 products asks for it 20,000 times). */
const realFolders = new Map<string, string>();
const realFolder = (dir: string) => realFolders.get(dir) ?? realFolders.set(dir, real(dir)).get(dir)!;

/** Why the content file `file` itself may not be read (a symbolic link out of the content folder), or null. */
export function contentFileProblem(file: string, contentDir: string): string | null {
  const target = real(file);
  if (isInside(realFolder(contentDir), target)) return null;
  return `tệp này là một liên kết (symlink) tới ${target}, nằm ngoài thư mục nội dung; trang chỉ đọc tệp trong thư mục nội dung: chép chính tệp vào đây thay cho liên kết`;
}

/**
 * Why the picture `ref` (as written in `fromFile`) cannot be published, or null.
 * `missing` is what to say when the file is not there (each collection says where it should be).
 */
export function imageRefProblem(ref: string, fromFile: string, contentDir: string, missing: string): string | null {
  const dir = path.dirname(fromFile);
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref) || ref.startsWith('//'))
    return `ảnh "${ref}" lấy từ một trang khác; trang chỉ đăng ảnh đặt trong thư mục nội dung (người đọc không phải tải gì từ nơi khác): tải ảnh về, đặt cạnh tệp này và viết "./ten-anh.webp"`;
  if (path.isAbsolute(ref) || /^[a-z]:[\\/]/i.test(ref) || ref.startsWith('~') || ref.startsWith('\\'))
    return `"${ref}" là đường dẫn tuyệt đối (bắt đầu bằng "/", "\\", "~" hoặc tên ổ đĩa như "C:"); chỉ dùng ảnh trong thư mục nội dung, viết tên tệp tính từ thư mục của tệp này, ví dụ "./ten-anh.webp"`;
  const file = path.resolve(dir, ref);
  if (!isInside(path.resolve(contentDir), file))
    return `đường dẫn "${ref}" đi ra ngoài thư mục nội dung (content/); chỉ dùng ảnh trong thư mục nội dung: chép ảnh vào cạnh tệp này và viết "./${safeImageName(path.basename(ref))}"`;
  const segments = ref.split(/[\\/]/).filter((s) => s !== '.' && s !== '..' && s !== '');
  const bad = segments.find((s) => !SAFE_SEGMENT.test(s));
  if (bad !== undefined) {
    const renamed = segments.map((s) => (SAFE_SEGMENT.test(s) ? s : s === segments.at(-1) ? safeImageName(s) : slugify(s)));
    const prefix = ref.match(/^((?:\.\.?\/)*)/)?.[1] || './';
    const isName = bad === segments.at(-1);
    return `${isName ? 'tên tệp ảnh' : 'tên thư mục'} "${bad}" có dấu, chữ hoa, khoảng trắng hoặc ký tự đặc biệt, nên không dùng được làm địa chỉ ảnh trên trang; đổi tên ${isName ? 'tệp' : 'thư mục'} thành "${isName ? safeImageName(bad) : slugify(bad)}" và sửa đường dẫn ở đây thành "${prefix}${renamed.join('/')}"`;
  }
  const ext = path.extname(ref).toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext))
    return `tệp "${ref}" không phải loại ảnh trang đăng được; dùng ảnh ${IMAGE_EXTENSIONS.join(', ')} (chuyển đổi ảnh sang .jpg hoặc .webp)`;
  if (!existsSync(file)) return missing;
  const target = real(file);
  if (!isInside(realFolder(contentDir), target))
    return `tệp ảnh "${ref}" là một liên kết (symlink) tới ${target}, nằm ngoài thư mục nội dung; trang chỉ đọc ảnh trong thư mục nội dung: chép chính tệp ảnh vào đây thay cho liên kết`;
  return null;
}

/** Outside fenced code and inline code, code is shown as text: its images are not pictures. */
function withoutCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** The pictures a Markdown body shows (`![alt](path)` and `[ref]: path` used by `![alt][ref]`), each with its line in the body (1-based). */
export function bodyImages(body: string): { ref: string; line: number }[] {
  const text = withoutCode(body);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const found: { ref: string; line: number }[] = [];
  for (const m of text.matchAll(/!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g))
    found.push({ ref: m[1]!.replace(/^<|>$/g, ''), line: lineOf(m.index) });
  const used = new Set([...text.matchAll(/!\[(?:[^\]\\]|\\.)*\]\[([^\]]*)\]/g)].map((m) => m[1]!.toLowerCase()));
  for (const m of text.matchAll(/^ {0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)/gm))
    if (used.has(m[1]!.toLowerCase())) found.push({ ref: m[2]!.replace(/^<|>$/g, ''), line: lineOf(m.index) });
  return found.map((f) => ({ ...f, ref: decodeURIComponentSafe(f.ref) }));
}

/** Markdown allows %20 for a space in a path: the file is looked for under the decoded name. */
function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
