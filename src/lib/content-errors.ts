// Plain-Vietnamese explanations of content mistakes, for staff who are not
// programmers. Every message names the file, the field and what is expected.

/** One problem in one field of a content file. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. "budget.sources.0.amount". */
  field: string;
  /** What is wrong and what is expected, in plain Vietnamese. */
  message: string;
  /** The line of the file where the field is written (1-based), when it is written. */
  line?: number | undefined;
}

/** A content file that must not be published as it is. */
export class ContentError extends Error {
  readonly file: string;
  readonly problems: readonly FieldProblem[];
  constructor(file: string, problems: readonly FieldProblem[]) {
    super(formatContentError(file, problems));
    this.file = file;
    this.problems = problems;
    this.name = 'ContentError';
    // A stack trace points at our loader, not at the content file: leave it out
    // so that the message staff read is only about their file.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** "a", "b", "c" for messages: what may be written instead. */
export function listOf(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

export function formatContentError(file: string, problems: readonly FieldProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.line === undefined ? '' : `dòng ${p.line}`;
    if (!p.field && where) return `  - ${where}: ${p.message}`;
    return `  - trường "${p.field || '(toàn bộ tệp)'}"${where ? ` (${where})` : ''}: ${p.message}`;
  });
  return [`Lỗi nội dung trong tệp ${file}:`, ...lines, 'Sửa tệp này rồi chạy lại (xem docs/huong-dan-bien-tap.md).'].join(
    '\n',
  );
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ (văn bản)',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (các dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường',
  date: 'một ngày',
  undefined: 'trống',
  null: 'trống',
  nan: 'không phải số',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** Why a number written with dots is read wrongly, and how to write it (`digits`: the number as it should be written). */
export function thousandsNote(digits = '1600'): string {
  return `Trong tệp, dấu chấm là dấu thập phân, không phải dấu ngăn cách hàng nghìn như khi viết tay: viết số liền, không có dấu chấm: ${digits}`;
}

/** "1.600" or "2.500.000" (Vietnamese thousands dots or commas) as plain digits, or null. */
export function digitsOfGrouped(text: string): string | null {
  return /^\s*\d{1,3}(?:[.,]\d{3})+\s*$/.test(text) ? text.replace(/\D/g, '') : null;
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

/** Minimal shape of a Zod 4 issue, as handed to a custom error map. */
export interface IssueLike {
  readonly code: string;
  readonly input?: unknown;
  readonly expected?: string | undefined;
  readonly values?: readonly unknown[] | undefined;
  readonly keys?: readonly string[] | undefined;
  readonly minimum?: number | bigint | undefined;
  readonly maximum?: number | bigint | undefined;
  readonly origin?: string | undefined;
  readonly format?: string | undefined;
  readonly message?: string | undefined;
}

/** Explains a schema issue in plain Vietnamese (used as Zod's error map). */
export function explainIssue(issue: IssueLike): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected;
      if (issue.input === undefined) return `thiếu trường bắt buộc này; cần ${expected}`;
      const got = typeOf(issue.input);
      if (got === 'date')
        return `ngày phải viết trong dấu ngoặc kép, dạng "YYYY-MM-DD" (ví dụ "2024-06-04")`;
      if (issue.expected === 'int' && got === 'number')
        return `cần một số nguyên (số đếm hoặc số tiền), nhưng máy đọc được ${String(issue.input).replace('.', ',')}. ${thousandsNote('1600 (không viết 1.600)')}`;
      const grouped = typeof issue.input === 'string' ? digitsOfGrouped(issue.input) : null;
      return `cần ${expected}, nhưng đang là ${TYPE_NAMES[got] ?? got} (${show(issue.input)})${grouped ? `; viết liền, không dấu chấm, không ngoặc kép: ${grouped}` : ''}`;
    }
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(', ');
      return `có trường không có trong mẫu: ${keys}. Kiểm tra lỗi chính tả hoặc xóa trường đó`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(show).join(', ');
      return `giá trị ${show(issue.input)} không hợp lệ; chỉ được là một trong: ${values}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục`;
      return `phải từ ${issue.minimum} trở lên (đang là ${show(issue.input)})`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `nhiều nhất ${issue.maximum} mục`;
      return `phải từ ${issue.maximum} trở xuống (đang là ${show(issue.input)})`;
    case 'invalid_format':
      if (issue.format === 'url') return `cần một địa chỉ web đầy đủ, bắt đầu bằng https:// (đang là ${show(issue.input)})`;
      if (issue.format === 'email') return `cần một địa chỉ email (đang là ${show(issue.input)})`;
      return `sai định dạng (${issue.format}): ${show(issue.input)}`;
    default:
      // Custom refinements carry their own plain message.
      return undefined;
  }
}
