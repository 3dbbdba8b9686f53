// How the web editor reads and writes content files: the same files staff write by
// hand, read by the build the same way (js-yaml, src/loaders/parse.ts).
//
// Decap CMS's own YAML writer (the `yaml` package 1.x) writes a date as
// `date: 2024-06-04` without quotes, which the build reads as a date object and
// refuses ("ngày phải viết trong dấu ngoặc kép"); it also rewrites the whole file,
// dropping the comments staff and developers wrote in it. This writer:
// - writes strings with js-yaml, which quotes every string the build would read as
//   something else ("2024-06-04", "20:00", "1.600", "true");
// - makes every text NFC, and leaves out empty optional values;
// - keeps the file as it was wherever its data did not change: each top-level field,
//   and each item of a top-level list, is rewritten only when its value changed, so
//   an edit of one summary changes one line, and comments stay;
// - writes a picture chosen in the editor as "./name.webp", as the files do.
// It runs in the browser (editor.client.ts, as Decap custom formats) and in Node (tests).
import yaml from 'js-yaml';
import { bodyOf, frontMatterOf } from '../loaders/parse.ts';
import type { FileLayout, OrderTree } from './config.ts';

/** The key under which an entry keeps the text it was read from (not a field; never written). */
export const SOURCE_KEY = '__kcSource';

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A file's data as the editor edits it: its fields (and `body` for Markdown), with the file's text kept aside. */
export function readEntry(text: string, layout: Pick<FileLayout, 'format'>): Data {
  const yamlText = layout.format === 'markdown' ? (frontMatterOf(text) ?? '') : text;
  // The core schema reads an unquoted date as text: the editor shows it, and writes it back quoted.
  const data = yaml.load(yamlText.replace(/^\uFEFF/, ''), { schema: yaml.CORE_SCHEMA });
  const fields = isObject(data) ? data : {};
  return layout.format === 'markdown' ? { ...fields, body: bodyOf(text), [SOURCE_KEY]: text } : { ...fields, [SOURCE_KEY]: text };
}

/** Text made NFC, and empty values ("", null, empty groups) left out, throughout a value. */
export function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(cleanValue).filter((v) => v !== undefined);
  if (isObject(value)) {
    const out: Data = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleanValue(v);
      if (c === undefined || c === null || c === '' || (isObject(c) && Object.keys(c).length === 0)) continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}

/** A picture's file name as the files write it: "./name.webp". */
function pictureRef(value: unknown): unknown {
  return typeof value === 'string' && value && !/^(\.{1,2}\/|\/|[a-z]+:)/i.test(value) ? `./${value}` : value;
}

/** Applies `fix` to the values at a dotted path ("cover.image", "photos.*.src"). */
function mapPath(data: unknown, path: string[], fix: (v: unknown) => unknown): unknown {
  if (!path.length) return fix(data);
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.map((item) => mapPath(item, rest, fix)) : data;
  if (!isObject(data) || !(head! in data)) return data;
  return { ...data, [head!]: mapPath(data[head!], rest, fix) };
}

/** Keys in the schema's order (unknown keys after them, as they came), at every level. */
function ordered(value: unknown, order: OrderTree): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order));
  if (!isObject(value)) return value;
  const names = order.map(([name]) => name);
  const keys = Object.keys(value).sort((a, b) => (names.indexOf(a) + 1 || Infinity) - (names.indexOf(b) + 1 || Infinity));
  return Object.fromEntries(keys.map((k) => [k, ordered(value[k], order.find(([n]) => n === k)?.[1] ?? [])]));
}

/** YAML for one value, written as the build reads it back: strings quoted where needed, times always quoted. */
export function dumpYaml(value: unknown): string {
  const text = yaml.dump(value, { lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false });
  // "20:00" reads back as text with js-yaml 4, but the guide and other YAML readers (1.1: sexagesimal) want it quoted.
  return text.replace(/^(\s*(?:- )?[\w-]+: )(\d{1,2}:\d{2})$/gm, '$1"$2"');
}

/** The same data, whatever the order of keys, empty values counting as absent (as the editor writes them). */
function equal(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
  return JSON.stringify(canonical(cleanValue(a))) === JSON.stringify(canonical(cleanValue(b)));
}

/** A value the editor leaves out of a file it writes ("", null, an empty group). */
const isEmpty = (v: unknown): boolean => {
  const c = cleanValue(v);
  return c === undefined || c === null || c === '' || (isObject(c) && Object.keys(c).length === 0);
};

/** A top-level field of a YAML text: the comment lines just above it, and its own lines. */
interface Block {
  key: string;
  lead: string[];
  lines: string[];
}

const TOP_KEY = /^([A-Za-z_][\w-]*|"[^"]+"|'[^']+'):(?:\s|$)/;

/** The text's lines before its first field, and its top-level fields. */
function blocks(text: string): { head: string[]; blocks: Block[] } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const head: string[] = [];
  const out: Block[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    const key = TOP_KEY.exec(line);
    if (key) {
      out.push({ key: key[1]!.replace(/^["']|["']$/g, ''), lead: pending, lines: [line] });
      pending = [];
    } else if (/^(#|\s*$)/.test(line)) pending.push(line);
    else if (out.length) {
      out.at(-1)!.lines.push(...pending, line);
      pending = [];
    } else head.push(...pending, line), (pending = []);
  }
  if (out.length) out.at(-1)!.lines.push(...pending);
  else head.push(...pending);
  return { head, blocks: out };
}

/** The items of a block-style list's lines ("  - a: 1" …), each with the comment lines above it; null when not such a list. */
function listItems(lines: string[]): { indent: string; items: string[][]; tail: string[] } | null {
  const first = lines.findIndex((l) => /^\s*- /.test(l) || /^\s*-$/.test(l));
  if (first < 0) return null;
  const indent = /^(\s*)-/.exec(lines[first]!)![1]!;
  const items: string[][] = [];
  let pending: string[] = [];
  for (const line of lines.slice(first)) {
    if (line.startsWith(`${indent}- `) || line === `${indent}-`) {
      items.push([...pending, line]);
      pending = [];
    } else if (/^\s*(#|$)/.test(line) && !line.startsWith(`${indent}  `)) pending.push(line);
    else if (items.length) {
      items.at(-1)!.push(...pending, line);
      pending = [];
    } else return null;
  }
  if (lines.slice(0, first).some((l) => !/^\s*(#|$)/.test(l))) return null;
  return { indent, items, tail: pending };
}

/** Reads one block's value as the build would. */
function valueOf(block: Block): unknown {
  try {
    return (yaml.load(block.lines.join('\n'), { schema: yaml.CORE_SCHEMA }) as Data)[block.key];
  } catch {
    return Symbol('unreadable');
  }
}

/** One top-level field written anew, keeping the old text of the list items whose value did not change. */
function rewrite(block: Block | undefined, key: string, value: unknown): string[] {
  const fresh = dumpYaml({ [key]: value }).replace(/\n$/, '').split('\n');
  if (!block || !Array.isArray(value)) return fresh;
  const list = listItems(block.lines.slice(1));
  const old = valueOf(block);
  if (!list || !Array.isArray(old) || list.items.length !== old.length || !/^\S+:\s*$/.test(block.lines[0]!)) return fresh;
  const used = new Set<number>();
  const items = value.map((item) => {
    const same = old.findIndex((o, i) => !used.has(i) && equal(o, item));
    if (same >= 0) {
      used.add(same);
      return list.items[same]!;
    }
    return dumpYaml([item])
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => list.indent + l);
  });
  return [block.lines[0]!, ...items.flat(), ...list.tail];
}

/** The data written as YAML text; where `source` (the file as it was read) holds the same values, its text is kept. */
export function writeYaml(data: Data, order: OrderTree, source?: string): string {
  if (!source) return dumpYaml(data);
  const old = blocks(source);
  const keys = Object.keys(data);
  const names = order.map(([n]) => n);
  const out: string[] = [...old.head];
  // Existing fields in the file's order; new fields after the field that comes before them in the schema.
  // A field left empty in the file on purpose ("address: \"\"", with its comment) stays as it was while the editor has no value for it.
  const sequence = old.blocks.filter((b) => keys.includes(b.key) || isEmpty(valueOf(b))).map((b) => b.key);
  for (const key of keys) {
    if (sequence.includes(key)) continue;
    const before = names.slice(0, Math.max(0, names.indexOf(key))).reverse().find((n) => sequence.includes(n));
    sequence.splice(before ? sequence.indexOf(before) + 1 : sequence.length, 0, key);
  }
  for (const key of sequence) {
    const block = old.blocks.find((b) => b.key === key);
    const value = data[key];
    if (block && (value === undefined ? isEmpty(valueOf(block)) : equal(valueOf(block), value))) out.push(...block.lead, ...block.lines);
    else out.push(...(block?.lead ?? []), ...rewrite(block, key, value));
  }
  return `${out.join('\n')}\n`;
}

/** An entry's data written as its file: a YAML file, or Markdown with its data between two "---" lines. */
export function writeEntry(entry: Data, layout: FileLayout): string {
  const { [SOURCE_KEY]: source, body, ...fields } = entry;
  let data = cleanValue(fields) as Data;
  for (const path of layout.images) data = mapPath(data, path.split('.'), pictureRef) as Data;
  data = ordered(data, layout.order) as Data;
  const original = typeof source === 'string' ? source : undefined;
  if (layout.format === 'yaml') return writeYaml(data, layout.order, original);
  const text = typeof body === 'string' ? body.normalize('NFC') : '';
  const front = writeYaml(data, layout.order, original === undefined ? undefined : (frontMatterOf(original) ?? undefined));
  // Pictures inserted in the text: "![mô tả](anh.webp)" written "./anh.webp", as the guide shows.
  const withPictures = text.replace(/(!\[[^\]]*\]\()(?!\.{0,2}\/|[a-z]+:|#)([^)\s]+\))/gi, '$1./$2');
  const sameBody = original !== undefined && bodyOf(original) === withPictures;
  const bodyText = sameBody || withPictures === '' || withPictures.startsWith('\n') ? withPictures : `\n${withPictures}`;
  return `---\n${front}---\n${bodyText.endsWith('\n') || bodyText === '' ? bodyText : `${bodyText}\n`}`;
}
