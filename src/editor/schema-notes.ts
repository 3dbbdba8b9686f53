// The one-line Vietnamese comment written after each field of a schema
// (src/schemas/*.ts), read from the schema modules' source: the web editor's
// labels and hints come from there, so a field is described in one place only.
//
//   title: text, // tiêu đề bản tin
//   cover: z.strictObject({ … }).optional(), // ảnh bìa, nếu có
//
// The source is read with TypeScript's parser (no type checking). A field's
// object is found by following its initializer: calls such as z.strictObject({…}),
// .extend({…}), z.array(x), .optional(), and names declared in the same module or
// imported from another schema module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TypeScript from 'typescript';

// Loaded with require(), not import: through Node's ES module loader, TypeScript's 9 MB of
// CommonJS was scanned for its exports and for module syntax first (about 0.2 s of CPU on
// each build that makes the editor's files: docs/PERFORMANCE.md, "Build time, sixth round").
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

/** The comment of each field of one object, and where its own fields are described. */
export interface ObjectNotes {
  /** Field name → its comment ("" when the field has none). */
  comments: Map<string, string>;
  /** Field name → the notes of the object it holds (directly, in a list, optional…), when it holds one. */
  children: Map<string, ObjectNotes>;
}

interface Module {
  file: string;
  source: TypeScript.SourceFile;
  /** Top-level `const name = …` initializers. */
  declarations: Map<string, TypeScript.Expression>;
  /** Imported name → the module file it comes from. */
  imports: Map<string, string>;
}

const OBJECT_CALLS = new Set(['strictObject', 'object', 'looseObject']);

/** The schema modules under `dir` (src/schemas/), read once. */
export class SchemaNotes {
  private readonly modules = new Map<string, Module>();
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private module(file: string): Module {
    const known = this.modules.get(file);
    if (known) return known;
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const declarations = new Map<string, TypeScript.Expression>();
    const imports = new Map<string, string>();
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) declarations.set(d.name.text, d.initializer);
      } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('.')) {
        const from = path.resolve(path.dirname(file), statement.moduleSpecifier.text);
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) imports.set(el.name.text, from);
      }
    }
    const mod = { file, source, declarations, imports };
    this.modules.set(file, mod);
    return mod;
  }

  /** The notes of the object schema exported as `name` by `src/schemas/<file>`. */
  notesOf(file: string, name: string): ObjectNotes {
    const mod = this.module(path.join(this.dir, file));
    const literals = this.resolveName(mod, name);
    if (!literals.length) throw new Error(`${mod.file}: không tìm thấy đối tượng "${name}" (z.strictObject({…}))`);
    return this.objectNotes(literals);
  }

  /** The object literals that a declared or imported name stands for. */
  private resolveName(mod: Module, name: string, seen = new Set<string>()): Found[] {
    const key = `${mod.file}#${name}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const declared = mod.declarations.get(name);
    if (declared) return this.shapeOf(mod, declared, seen);
    const from = mod.imports.get(name);
    if (from && from.startsWith(this.dir)) return this.resolveName(this.module(from), name, seen);
    return [];
  }

  /** The object literal(s) giving the shape of the object an expression builds (several with .extend). */
  private shapeOf(mod: Module, node: TypeScript.Node, seen: Set<string>): Found[] {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return this.shapeOf(mod, node.expression, seen);
    if (ts.isArrowFunction(node)) return ts.isBlock(node.body) ? [] : this.shapeOf(mod, node.body, seen);
    if (ts.isIdentifier(node)) return this.resolveName(mod, node.text, seen);
    if (ts.isPropertyAccessExpression(node)) return this.shapeOf(mod, node.expression, seen);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if (OBJECT_CALLS.has(method) && first && ts.isObjectLiteralExpression(first)) return [{ mod, literal: first }];
        if (method === 'extend' && first && ts.isObjectLiteralExpression(first)) return [...this.shapeOf(mod, callee.expression, seen), { mod, literal: first }];
      }
      // A chained call (x.optional(), z.array(x).min(1)) or a helper (optional(x), bulletinSchema(…)): the object is inside.
      const fromCallee = this.shapeOf(mod, callee, seen);
      if (fromCallee.length) return fromCallee;
      for (const arg of node.arguments) {
        const found = this.shapeOf(mod, arg, seen);
        if (found.length) return found;
      }
    }
    return [];
  }

  private objectNotes(found: Found[]): ObjectNotes {
    const comments = new Map<string, string>();
    const children = new Map<string, ObjectNotes>();
    for (const { mod, literal } of found) {
      for (const prop of literal.properties) {
        if (!(ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
        const name = prop.name.text;
        comments.set(name, trailingComment(mod.source, prop));
        const inner = ts.isPropertyAssignment(prop) ? this.shapeOf(mod, prop.initializer, new Set()) : this.resolveName(mod, name);
        if (inner.length) children.set(name, this.objectNotes(inner));
      }
    }
    return { comments, children };
  }
}

interface Found {
  mod: Module;
  literal: TypeScript.ObjectLiteralExpression;
}

/** The `// …` comment after a property, on the line where the property ends (after its comma). */
function trailingComment(source: TypeScript.SourceFile, prop: TypeScript.ObjectLiteralElement): string {
  const text = source.text;
  const lineEnd = text.indexOf('\n', prop.end);
  const rest = text.slice(prop.end, lineEnd < 0 ? undefined : lineEnd);
  return /^\s*,?\s*\/\/\s?(.*)$/.exec(rest)?.[1]?.trim() ?? '';
}
