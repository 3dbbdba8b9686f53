// Reading content files before anything else looks at them, the same way for
// the build's loader (checked.ts) and the check without Astro (check-folder.ts):
// - the text is made NFC (a file typed in decomposed Unicode, as some Windows and
//   macOS tools save it, gives the same letters as any other);
// - YAML (a .yaml file, or a Markdown file's front matter) is parsed with js-yaml,
//   as Astro parses it, but a syntax mistake stops here with the file's own line
//   and a plain Vietnamese explanation (Astro's message is English, and one line
//   off in front matter); an empty file is named as empty;
// - a number written with thousands dots (1.600, which YAML reads as 1,6) is
//   refused with the digits to write instead;
// - the pictures of a Markdown body must be files inside the content folder,
//   with names the site can serve (image-refs.ts);
// - a content file that is a symbolic link out of the content folder is refused.
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, thousandsNote, type FieldProblem } from '../lib/content-errors.ts';
import type { CollectionFiles } from './collections.ts';
import { bodyImages, contentFileProblem, imageRefProblem } from './image-refs.ts';
import { bodyOf, frontMatterOf, parseYamlDocument, YamlSyntaxError, type YamlDocument } from './parse.ts';
import { parseExplained, withLines, type CheckedEntry } from './rules.ts';

/** A content file as read: its data, its Markdown body, where each field is written, and what reading found wrong. */
export interface ReadFile {
  data: unknown;
  body?: string | undefined;
  lineOf: (field: string) => number | undefined;
  /** Mistakes found while reading (numbers with thousands dots, pictures of the body). */
  problems: FieldProblem[];
}

/** Every string in `value` (objects and lists included) in NFC. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), nfcDeep(v)])) as T;
  return value;
}

const isMarkdown = (file: string) => /\.mdx?$/i.test(file);

/** Numbers written with Vietnamese thousands dots ("1.600", "2.500.000"), which YAML reads as decimals. */
function thousandsDots(doc: YamlDocument): FieldProblem[] {
  return doc.numbers
    .filter((n) => /^[-+]?\d{1,3}(?:\.\d{3})+$/.test(n.raw))
    .map((n) => ({
      field: n.field,
      line: n.line,
      message: `"${n.raw}" được máy đọc thành ${String(n.value).replace('.', ',')}. ${thousandsNote(n.raw.replace(/\./g, ''))}`,
    }));
}

/** The lines of `text` before `offset`, counted from 1. */
const linesBefore = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/**
 * Reads one content file (see the top of this module). Throws a ContentError
 * naming the file (and line) when it cannot be read at all; other mistakes are
 * returned in `problems`. `contentDir` enables the checks that need the content
 * folder (links out of it, the body's pictures).
 */
export function readContentFile(file: string, contentDir?: string): ReadFile {
  const fail = (problem: FieldProblem): never => {
    throw new ContentError(file, [problem]);
  };
  if (contentDir) {
    const outside = contentFileProblem(file, contentDir);
    if (outside) fail({ field: '(tệp)', message: outside });
  }
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  const yamlOf = (source: string, firstLine: number): YamlDocument => {
    try {
      return parseYamlDocument(source, firstLine);
    } catch (error) {
      if (error instanceof YamlSyntaxError) return fail({ field: '', line: error.line, message: error.message });
      throw error;
    }
  };
  const notFields = (what: string) =>
    fail({ field: '(toàn bộ tệp)', message: `${what} cần các dòng dạng "tên trường: giá trị" (xem một tệp cùng loại làm mẫu, và docs/huong-dan-bien-tap.md)` });

  if (isMarkdown(file)) {
    const front = frontMatterOf(text);
    if (front === null && /^---\r?\n/.test(text))
      fail({ field: '', line: 1, message: 'phần số liệu mở bằng dòng "---" nhưng không có dòng "---" đóng lại; thêm một dòng chỉ có "---" ngay sau trường cuối cùng' });
    const doc = yamlOf(front ?? '', 2);
    const data = doc.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) notFields('phần số liệu (giữa hai dòng "---")');
    const body = bodyOf(text);
    const bodyFirstLine = linesBefore(text, text.length - body.length) + 1;
    const problems = thousandsDots(doc);
    if (contentDir)
      for (const { ref, line } of bodyImages(body)) {
        const at = bodyFirstLine + line - 1;
        const problem = imageRefProblem(
          ref,
          file,
          contentDir,
          `không có tệp ảnh "${ref}" (tìm ở ${path.join(path.dirname(file), ref)}); đặt ảnh vào cùng thư mục với tệp này và viết đúng tên tệp, kể cả chữ hoa, chữ thường và phần đuôi (.webp, .jpg)`,
        );
        if (problem) problems.push({ field: `(nội dung, dòng ${at})`, message: problem });
      }
    return { data, body, lineOf: doc.lineOf, problems };
  }
  if (file.endsWith('.json')) {
    try {
      return { data: JSON.parse(text), lineOf: () => undefined, problems: [] };
    } catch (error) {
      return fail({ field: '', message: `máy không đọc được tệp JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  if (!text.replace(/^\s*#.*$/gm, '').trim())
    fail({ field: '(toàn bộ tệp)', message: 'tệp trống (hoặc chỉ có dòng ghi chú bắt đầu bằng #); chép nội dung từ một tệp cùng loại làm mẫu rồi sửa, hoặc xóa tệp này' });
  const doc = yamlOf(text, 1);
  if (!doc.data || typeof doc.data !== 'object' || Array.isArray(doc.data)) notFields('tệp');
  return { data: doc.data, lineOf: doc.lineOf, problems: thousandsDots(doc) };
}

/**
 * How the build names a file in its messages: from the project's root when inside it
 * (content/plans/2024.md), by its absolute path elsewhere (a CONTENT_DIR outside it).
 */
export function namedFromRoot(root: string): (file: string) => string {
  return (file) => {
    const absolute = path.resolve(root, file);
    const inside = path.relative(root, absolute);
    return inside.startsWith('..') ? absolute : inside;
  };
}

/** One collection's files in `contentDir`, in file-name order. */
export function collectionFiles(contentDir: string, spec: Pick<CollectionFiles<unknown>, 'folder' | 'pattern'>): { rel: string; file: string }[] {
  const base = path.join(contentDir, spec.folder);
  if (!existsSync(base)) return [];
  return globSync(spec.pattern, { cwd: base })
    .map((rel) => rel.split(path.sep).join('/'))
    .sort()
    .map((rel) => ({ rel, file: path.join(base, rel) }));
}

/**
 * One collection's files in `contentDir`, read and checked against the schema:
 * the entries that pass (with what reading found wrong, if anything, reported
 * as well), and a ContentError per file that does not. `name` turns a file's
 * full path into the name messages give it; `listed` is the collection's files when
 * already listed (collectionFiles).
 */
export function readEntries<T>(
  contentDir: string,
  spec: CollectionFiles<T>,
  name: (file: string) => string = (f) => f,
  listed: { rel: string; file: string }[] = collectionFiles(contentDir, spec),
): { entries: CheckedEntry<T>[]; failures: ContentError[] } {
  const failures: ContentError[] = [];
  const entries: CheckedEntry<T>[] = [];
  for (const { rel, file } of listed) {
    try {
      const id = spec.generateId ? spec.generateId(rel) : rel.replace(/\.[^./]+$/, '');
      const read = readContentFile(file, contentDir);
      // A field that reading already explained (1.600 read as 1,6) is not explained again by the schema.
      const named = new Set(read.problems.map((p) => p.field));
      // One pass of the schema: its data, or why it fails (10,000 products were parsed twice).
      const parsed = parseExplained(spec.rules.schema, read.data);
      if ('problems' in parsed)
        failures.push(new ContentError(name(file), withLines([...read.problems, ...parsed.problems.filter((p) => !named.has(p.field))], read.lineOf)));
      else
        entries.push({
          id,
          data: parsed.data as T,
          body: read.body,
          filePath: name(file),
          lineOf: read.lineOf,
          ...(read.problems.length ? { problems: read.problems } : {}),
        });
    } catch (error) {
      if (error instanceof ContentError) failures.push(error.file === file ? new ContentError(name(file), error.problems) : error);
      else failures.push(new ContentError(name(file), [{ field: '', message: error instanceof Error ? error.message : String(error) }]));
    }
  }
  return { entries, failures };
}
