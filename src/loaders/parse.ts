// Reading content files the way Astro's loaders do: YAML with js-yaml (the
// parser Astro uses), Markdown front matter between "---" lines. Used where a
// check must read another collection's file from disk, and where content is
// checked without Astro (check-folder.ts).
import yaml from 'js-yaml';

/** The front matter of a Markdown/MDX file (between the first two "---" lines), or null. */
export function frontMatterOf(text: string): string | null {
  return /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text)?.[1] ?? (/^\uFEFF?---\r?\n---/.test(text) ? '' : null);
}

/** The body of a Markdown/MDX file: what follows its front matter. */
export function bodyOf(text: string): string {
  const m = /^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** YAML text as data (throws js-yaml's YAMLException on a syntax mistake). */
export function parseYaml(text: string): unknown {
  return yaml.load(text.replace(/^\uFEFF/, ''));
}

/** A YAML syntax mistake: where it is (1-based, in the file) and what it means, in plain Vietnamese. */
export class YamlSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(line: number, column: number, message: string) {
    super(message);
    this.line = line;
    this.column = column;
    this.name = 'YamlSyntaxError';
  }
}

/** A YAML document's data, with where each field's value is written. */
export interface YamlDocument {
  data: unknown;
  /** The line (1-based, in the file) where the value of a dotted field path ("reports.0.value") is written. */
  lineOf(field: string): number | undefined;
  /** Every number as written (e.g. "1.600"), with its field path and line. */
  numbers: { field: string; raw: string; value: number; line: number }[];
}

/** One node as js-yaml's listener reports it: where it is written and what it became. */
interface NodeFrame {
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: NodeFrame[];
}

/** The line (1-based) of each offset of `text`, by binary search over where its lines start. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** What a YAML syntax mistake means, for someone who does not know YAML (the line's own text decides). */
function explainYaml(reason: string, lineText: string): string {
  const shown = `dòng đó là: ${JSON.stringify(lineText.trimEnd())}`;
  if (/\t/.test(lineText) && /tab/i.test(reason))
    return `dòng này thụt lề bằng phím Tab; tệp YAML chỉ được thụt lề bằng dấu cách. Xóa ký tự Tab ở đầu dòng và gõ dấu cách cho thẳng hàng với các dòng cùng cấp (thường 2 dấu cách mỗi cấp) (${shown})`;
  const colonValue = /^\s*(?:-\s+)?([^\s:#"'][^:#]*?):\s+([^\s"'|>[{&*!#].*)$/.exec(lineText);
  if (colonValue && /:(\s|$)/.test(colonValue[2]!))
    return `giá trị của trường "${colonValue[1]}" có dấu hai chấm (": "), nên máy hiểu nhầm là một trường mới. Đặt cả giá trị trong dấu ngoặc kép, ví dụ ${colonValue[1]}: "${colonValue[2]!.replace(/"/g, '\\"').trim()}" (${shown})`;
  if (/bad indentation|can not read a block mapping entry|not a valid|end of the stream or a document separator/.test(reason))
    return `dòng này thụt lề không khớp với các dòng cùng cấp, hoặc thiếu dấu cách sau dấu hai chấm. Các trường cùng cấp phải thẳng hàng (thụt cùng số dấu cách như dòng trên), và viết "tên trường: giá trị" có một dấu cách sau dấu hai chấm (${shown})`;
  if (/duplicated mapping key/.test(reason)) {
    const key = /^\s*(?:-\s+)?([^\s:#][^:#]*?):/.exec(lineText)?.[1];
    return `trường ${key ? `"${key}" ` : 'này '}đã ghi ở một dòng phía trên (cùng cấp); mỗi trường chỉ ghi một lần: xóa dòng thừa hoặc gộp hai dòng làm một (${shown})`;
  }
  if (/double quoted scalar|single quoted scalar/.test(reason))
    return `dấu ngoặc kép mở ở dòng này chưa được đóng; mỗi giá trị trong ngoặc kép phải có dấu " ở cả đầu và cuối (${shown})`;
  if (/flow collection|missed comma/.test(reason))
    return `danh sách trong ngoặc vuông [ ] chưa đóng hoặc thiếu dấu phẩy giữa các mục; viết ví dụ [hội chợ, sản phẩm tiêu biểu] (${shown})`;
  return `máy không đọc được dòng này (lỗi cú pháp YAML: ${reason}); kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép (${shown})`;
}

/**
 * YAML text as data, with each field's line (js-yaml, the parser Astro uses,
 * reports every node it reads to a listener). `firstLine` is the file's line
 * where `text` starts (2 for front matter after its "---" line). A syntax mistake
 * throws YamlSyntaxError with the file's line and a plain explanation.
 */
export function parseYamlDocument(source: string, firstLine = 1): YamlDocument {
  const text = source.replace(/^\uFEFF/, '');
  const stack: NodeFrame[] = [{ start: 0, end: 0, kind: null, result: undefined, children: [] }];
  let data: unknown;
  try {
    data = yaml.load(text, {
      listener(event, state) {
        if (event === 'open') stack.push({ start: state.position, end: state.position, kind: null, result: undefined, children: [] });
        else {
          const frame = stack.pop()!;
          frame.kind = state.kind;
          frame.result = state.result;
          frame.end = state.position;
          stack.at(-1)!.children.push(frame);
        }
      },
    });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const all = text.split(/\r?\n/);
    let line = (error.mark?.line ?? 0) + 1;
    let reason = error.reason ?? error.message;
    // A quote left open swallows the lines after it, and the parser stumbles further down:
    // point at the line whose value opens a quote it does not close.
    for (let l = Math.min(line, all.length); l >= 1; l--) {
      const text = all[l - 1] ?? '';
      if (/^\s*(?:-\s+)?[^\s:#"'][^:#]*:\s+"/.test(text) && (text.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1) {
        line = l;
        reason = 'unexpected end of the stream within a double quoted scalar';
        break;
      }
    }
    const lineText = all[line - 1] ?? '';
    throw new YamlSyntaxError(line + firstLine - 1, (error.mark?.column ?? 0) + 1, explainYaml(reason, lineText));
  }

  // Field paths of the nodes: a mapping's children come as key, value, key, value…
  const lineAt = lineFinder(text);
  const lines = new Map<string, number>();
  const numbers: YamlDocument['numbers'] = [];
  const valueStart = (f: NodeFrame) => {
    let at = f.start;
    while (at < f.end && /\s/.test(text[at]!)) at++;
    return at;
  };
  const walk = (frame: NodeFrame, field: string) => {
    // A flow collection inside a block one is reported twice, one frame inside the other.
    while (frame.children.length === 1 && frame.children[0]!.kind === frame.kind && frame.kind !== 'scalar') frame = frame.children[0]!;
    const at = valueStart(frame);
    if (field && !lines.has(field)) lines.set(field, lineAt(at) + firstLine - 1);
    if (frame.kind === 'scalar' && typeof frame.result === 'number')
      numbers.push({ field, raw: text.slice(at, frame.end).trim(), value: frame.result, line: lineAt(at) + firstLine - 1 });
    const join = (k: string) => (field ? `${field}.${k}` : k);
    if (frame.kind === 'mapping')
      for (let i = 0; i + 1 < frame.children.length; i += 2) {
        const key = frame.children[i]!;
        const name = String(key.result);
        lines.set(join(name), lineAt(valueStart(key)) + firstLine - 1);
        walk(frame.children[i + 1]!, join(name));
      }
    else if (frame.kind === 'sequence') frame.children.forEach((child, i) => walk(child, join(String(i))));
  };
  const root = stack[0]!.children[0];
  if (root) walk(root, '');
  return {
    data,
    numbers,
    lineOf(field: string) {
      // A field inside a value that is missing ("producer.name" without "producer") points to its nearest written parent.
      for (let f = field; f; f = f.includes('.') ? f.slice(0, f.lastIndexOf('.')) : '') {
        const line = lines.get(f);
        if (line !== undefined) return line;
      }
      return undefined;
    },
  };
}
