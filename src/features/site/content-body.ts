// What the text of a content file (a bulletin, a product, the plan) may hold,
// checked while content loads so that the build stops naming the file and
// line. Nothing from a content file may run in a reader's browser or at build
// time, so:
// - Markdown (.md): no raw HTML at all (<script>, <img onerror>, <iframe>,
//   <style>, <form>, comments…): Markdown itself writes every element a
//   text needs; a content component (<Callout>) in a .md file is named, with
//   "đổi đuôi tệp thành .mdx" where .mdx gives it;
// - MDX (.mdx): only the content components (CONTENT_COMPONENTS), with their
//   attributes written as plain strings; no import (except of those
//   components' own files), no export, no {…} expression, no HTML tag;
// - links: https://, http://, the site's pages (that must exist), mailto:, tel:
//   and #anchors; pictures: files beside the content file only.
// The same rules guard the rendering (render-guard.ts), in case a file ever
// reaches it unchecked. Parsed with satteri, the parser the site renders with.
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { FieldProblem } from '../../lib/content-errors.ts';
import { urlKind, urlProblem, type UrlKind } from '../../lib/urls.ts';

/** The content components and the attributes each takes (their Props; a unit test compares them). */
export const CONTENT_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Callout: ['title'],
  Figure: ['caption'],
  LinkCard: ['href', 'title', 'kind', 'text'],
};

/** What a link in a text may be. */
export const LINK_KINDS: readonly UrlKind[] = ['web', 'site', 'mail', 'tel', 'fragment'];

/** What an `import` line must be, exactly: a content component by its own name, from a quoted path. */
export const IMPORT_LINE = /^import\s+([A-Z][A-Za-z]*)\s+from\s+(['"])([^'"\n]+)\2\s*;?\s*$/;

export interface BodyRules {
  /** "md" or "mdx": how the file is written. */
  format: 'md' | 'mdx';
  /** Whether the content components may be used in this collection's .mdx files. */
  components: boolean;
  /** Why a root-relative link ("/ke-hoach/2099/") leads to no page of the site, or null. */
  siteLink: (href: string) => string | null;
  /** Why a <LinkCard href> is wrong, or null. */
  linkCard?: ((href: string) => string | null) | undefined;
  /** Why a picture file ("./anh.webp") cannot be used (missing), or null. */
  imageFile?: ((src: string) => string | null) | undefined;
  /** Whether `specifier` (as written in an import) is the file of component `name`. */
  componentFile?: ((specifier: string, name: string) => boolean) | undefined;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** The data block at the top replaced by empty lines, so that lines are the file's own. */
function blankFrontmatter(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return text;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return end < 0 ? text : lines.map((l, i) => (i <= end ? '' : l)).join('\n');
}

const names = (list: readonly string[]) => list.map((n) => `<${n}>`).join(', ');
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');

/** Why an HTML fragment from a .md file is refused. */
function htmlProblem(html: string, rules: BodyRules): string {
  const tag = /^<\/?([A-Za-z][\w-]*)/.exec(html.trim())?.[1];
  if (tag && tag in CONTENT_COMPONENTS)
    return rules.components
      ? `thẻ <${tag}> chỉ dùng được trong tệp .mdx: đổi đuôi tệp thành .mdx (ví dụ ten-tep.md → ten-tep.mdx); trong tệp .md thẻ này bị mất hoặc hiện thành chữ`
      : `thẻ <${tag}> không dùng được ở đây (chỉ dùng trong bản tin và sản phẩm viết bằng tệp .mdx); viết bằng Markdown`;
  const what = html.trim().startsWith('<!--') ? 'chú thích HTML <!-- … -->' : tag ? `thẻ HTML <${tag}>` : `mã HTML "${short(html)}"`;
  return (
    `có ${what}: nội dung không được chứa mã HTML viết tay (mã đó có thể chạy trong trình duyệt của người đọc); ` +
    'viết bằng Markdown (**đậm**, *nghiêng*, [chữ](https://…), danh sách bắt đầu bằng "- "), hoặc xóa đoạn này; muốn viết dấu < như chữ thường, viết \\<'
  );
}

/** Why the lines of an MDX import/export block are refused; none when each imports a content component from its own file. */
function esmProblems(value: string, rules: BodyRules): string[] {
  const statements = value.split('\n').map((l) => l.trim()).filter(Boolean);
  return statements.flatMap((statement) => {
    const m = IMPORT_LINE.exec(statement);
    const name = m?.[1];
    if (m && rules.components && name && name in CONTENT_COMPONENTS && rules.componentFile?.(m[3]!, name)) return [];
    if (/^export\b/.test(statement)) return [`dòng "${short(statement)}" không được dùng: tệp .mdx không được chứa mã lệnh (export); xóa dòng này`];
    return [
      `dòng "${short(statement)}" không được dùng: tệp .mdx không được nạp (import) mã từ tệp khác, vì mã đó chạy khi dựng trang; ` +
        (rules.components ? `các thẻ ${names(Object.keys(CONTENT_COMPONENTS))} có sẵn, không cần import; xóa dòng này` : 'xóa dòng này'),
    ];
  });
}

/** Problems of one MDX element (a component with its attributes); `href` marks a link card's address. */
function elementProblems(node: Node, rules: BodyRules): (string | { href: string })[] {
  const name = node.name ?? '';
  const allowed = rules.components ? CONTENT_COMPONENTS[name] : undefined;
  if (!allowed) {
    if (!name) return ['thẻ rỗng <>…</> không được dùng; xóa thẻ này'];
    if (/^[a-z]/.test(name))
      return [`thẻ HTML <${name}> không được dùng (mã HTML có thể chạy trong trình duyệt của người đọc)${rules.components ? `; chỉ dùng được các thẻ ${names(Object.keys(CONTENT_COMPONENTS))}` : ''}; phần còn lại viết bằng Markdown`];
    return [rules.components ? `không có thành phần <${name}>; chỉ dùng được ${names(Object.keys(CONTENT_COMPONENTS))} (viết đúng chữ hoa, chữ thường)` : `thành phần <${name}> không dùng được ở đây; viết bằng Markdown`];
  }
  const problems: (string | { href: string })[] = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') {
      problems.push(`thẻ <${name}> có phần {…}: chỉ viết các thuộc tính dạng tên="giá trị"`);
      continue;
    }
    const attrName = attr.name ?? '';
    if (!allowed.includes(attrName)) problems.push(`thẻ <${name}> không có thuộc tính "${attrName}"; các thuộc tính dùng được: ${allowed.join(', ')}`);
    else if (typeof attr.value !== 'string') problems.push(`thuộc tính ${attrName} của thẻ <${name}> phải là chữ trong dấu ngoặc kép, ví dụ ${attrName}="…" (không dùng {…})`);
    else if (name === 'LinkCard' && attrName === 'href') {
      const problem = rules.linkCard?.(attr.value);
      if (problem) problems.push({ href: problem });
    }
  }
  return problems;
}

/** Why a link (a Markdown link, an autolink or a reference definition) cannot be used, or null. */
function linkProblem(url: string, rules: BodyRules): string | null {
  const scheme = urlProblem(url, LINK_KINDS, 'liên kết');
  if (scheme) return scheme;
  if (urlKind(url) !== 'site') return null;
  const missing = rules.siteLink(url);
  return missing ? `liên kết "${url}": ${missing}` : null;
}

/** Why a picture cannot be used, or null. */
function imageProblem(url: string, rules: BodyRules): string | null {
  if (urlKind(url) === 'web') return `ảnh "${url}" ở trang web khác: trang không tải ảnh từ nơi khác; tải ảnh về, đặt cạnh tệp này và viết ./ten-anh.webp`;
  return urlProblem(url, ['file'], 'ảnh') ?? rules.imageFile?.(url) ?? null;
}

/** Every problem of a content file's text, `source` being the whole file (lines are the file's own). */
export function checkBody(source: string, rules: BodyRules): FieldProblem[] {
  const text = blankFrontmatter(source);
  let root: Node;
  try {
    root = (rules.format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text)) as unknown as Node;
  } catch {
    return []; // an MDX syntax mistake: checkMdxSyntax names its line
  }
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (field: string, message: string) => {
    // An inline tag's opening and closing parts (<b>…</b>) are one mistake.
    if (!seen.has(`${field}\n${message}`)) problems.push({ field, message });
    seen.add(`${field}\n${message}`);
  };
  const report = (node: Node, message: string) => add(`(nội dung, dòng ${node.position?.start.line ?? '?'})`, message);
  const visit = (node: Node) => {
    switch (node.type) {
      case 'html':
        report(node, htmlProblem(node.value ?? '', rules));
        break;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '', rules);
        if (problem) report(node, problem);
        break;
      }
      case 'image': {
        const problem = imageProblem(node.url ?? '', rules);
        if (problem) report(node, problem);
        break;
      }
      case 'mdxjsEsm':
        for (const message of esmProblems(node.value ?? '', rules)) report(node, message);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `biểu thức {${short(node.value ?? '')}} không được dùng: trong tệp .mdx, phần trong ngoặc nhọn {} là mã lệnh, chạy khi dựng trang; muốn viết dấu { như chữ thường, viết \\{`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const problem of elementProblems(node, rules)) {
          if (typeof problem === 'string') report(node, problem);
          else add(`LinkCard href (dòng ${node.position?.start.line ?? '?'})`, problem.href);
        }
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems;
}
