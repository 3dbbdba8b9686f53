// A Sätteri hast plugin that stops the rendering of a Markdown or MDX text
// holding anything that could run in a reader's browser or at build time:
// raw HTML, a dangerous element or an event attribute, a link or picture
// address outside what content may use (src/lib/urls.ts), an MDX tag that is
// not a content component, a {…} expression, an import or export. The same
// rules are checked while content loads (content-body.ts), where the message
// names the file's line; this guard is the second lock, for a file that ever
// reaches the renderer unchecked. It changes nothing: a text it accepts is
// rendered exactly as without it (the plan is published word for word).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { urlKind, type UrlKind } from '../../lib/urls.ts';
import { CONTENT_COMPONENTS, IMPORT_LINE, LINK_KINDS } from './content-body.ts';

/** The content components' files, which an .mdx file may import. */
const COMPONENTS_DIR = fileURLToPath(new URL('../../components/bulletin/', import.meta.url));

/** Elements Markdown never writes and content must not have. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'meta', 'link', 'base', 'svg', 'math', 'template', 'noscript', 'button', 'textarea', 'select', 'portal']);

/** Attributes holding an address, and what each may be. */
const URL_ATTRIBUTES: Record<string, readonly UrlKind[]> = {
  href: LINK_KINDS,
  src: ['file'],
  action: [],
  formAction: [],
  formaction: [],
  srcSet: [],
  srcset: [],
  xlinkHref: [],
  'xlink:href': [],
  poster: [],
  data: [],
};

interface Hast {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
}
interface Ctx {
  readonly fileURL: URL | undefined;
}

/** Thrown when a text must not be rendered. */
export class UnsafeContentError extends Error {
  constructor(ctx: Ctx, what: string) {
    const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(không rõ tệp)';
    super(`Nội dung không an toàn trong tệp ${file}: ${what}. Trang không được dựng; sửa tệp theo docs/huong-dan-bien-tap.md (mục "Những gì không được viết trong nội dung").`);
    this.name = 'UnsafeContentError';
  }
}

/** Whether an import/export block only imports content components from their own files. */
function onlyComponentImports(value: string, ctx: Ctx): boolean {
  const dir = ctx.fileURL ? path.dirname(fileURLToPath(ctx.fileURL)) : null;
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .every((line) => {
      const m = IMPORT_LINE.exec(line);
      return !!(m && dir && m[1]! in CONTENT_COMPONENTS && path.resolve(dir, m[3]!) === path.join(COMPONENTS_DIR, `${m[1]}.astro`));
    });
}

function checkElement(node: Hast, ctx: Ctx): void {
  const tag = node.tagName ?? '';
  if (FORBIDDEN_ELEMENTS.has(tag.toLowerCase())) throw new UnsafeContentError(ctx, `thẻ <${tag}>`);
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (/^on/i.test(name)) throw new UnsafeContentError(ctx, `thuộc tính ${name} trên thẻ <${tag}>`);
    const allowed = URL_ATTRIBUTES[name];
    if (!allowed || value === null || value === undefined) continue;
    const kind = urlKind(String(value));
    if (!kind || !allowed.includes(kind)) throw new UnsafeContentError(ctx, `địa chỉ "${String(value)}" ở thuộc tính ${name} của thẻ <${tag}>`);
  }
}

function checkJsx(node: Hast, ctx: Ctx): void {
  const name = node.name ?? '';
  const allowed = CONTENT_COMPONENTS[name];
  if (!allowed) throw new UnsafeContentError(ctx, `thẻ <${name || '>'}> (chỉ dùng được ${Object.keys(CONTENT_COMPONENTS).map((n) => `<${n}>`).join(', ')})`);
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !allowed.includes(attr.name ?? ''))
      throw new UnsafeContentError(ctx, `thuộc tính ${attr.name ?? '{…}'} của thẻ <${name}>`);
    if (attr.name === 'href') {
      const kind = urlKind(attr.value);
      if (!kind || !LINK_KINDS.includes(kind)) throw new UnsafeContentError(ctx, `địa chỉ "${attr.value}" của thẻ <${name}>`);
    }
  }
}

/** The guard, for `hastPlugins` of the Markdown processor (MDX uses the same list). */
export function contentGuard() {
  return {
    name: 'kc-content-guard',
    raw(node: Hast, ctx: Ctx) {
      throw new UnsafeContentError(ctx, `mã HTML "${(node.value ?? '').trim().slice(0, 60)}"`);
    },
    element: { filter: [] as string[], visit: (node: Hast, ctx: Ctx) => checkElement(node, ctx) },
    mdxJsxFlowElement: { filter: [] as string[], visit: (node: Hast, ctx: Ctx) => checkJsx(node, ctx) },
    mdxJsxTextElement: { filter: [] as string[], visit: (node: Hast, ctx: Ctx) => checkJsx(node, ctx) },
    mdxFlowExpression(node: Hast, ctx: Ctx) {
      throw new UnsafeContentError(ctx, `biểu thức {${node.value ?? ''}}`);
    },
    mdxTextExpression(node: Hast, ctx: Ctx) {
      throw new UnsafeContentError(ctx, `biểu thức {${node.value ?? ''}}`);
    },
    mdxjsEsm(node: Hast, ctx: Ctx) {
      if (!onlyComponentImports(node.value ?? '', ctx)) throw new UnsafeContentError(ctx, `dòng "${(node.value ?? '').split('\n')[0]}"`);
    },
  };
}
