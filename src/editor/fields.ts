// A collection's schema (src/schemas/*.ts) read as a list of fields, each with what
// the web editor needs: required or not, its kind (text, date, whole number,
// choice, picture, list, group of fields), allowed values, limits, and the
// Vietnamese comment written after it in the schema's source (schema-notes.ts).
// Nothing here is typed twice: a field added to a schema appears here, and so in
// the editor (config.ts), or the generation stops naming the field that lacks a comment.
import type { z } from 'astro/zod';
import { labelAndHint } from './labels.ts';
import type { ObjectNotes } from './schema-notes.ts';

export type FieldKind = 'text' | 'date' | 'time' | 'web' | 'source' | 'email' | 'integer' | 'number' | 'boolean' | 'choice' | 'image' | 'list' | 'object';

export interface FieldSpec {
  name: string;
  /** The dotted path from the collection's root ("cover.alt", "features.*.date"). */
  path: string;
  /** The schema requires the field: neither optional nor with a default. */
  required: boolean;
  kind: FieldKind;
  /** The schema's default, when it has one. */
  default?: unknown;
  /** The comment after the field in the schema's source. */
  comment: string;
  /** choice: the allowed values, in the schema's order. */
  options?: readonly string[];
  /** text: the pattern the value must match (the schema's regex). */
  pattern?: RegExp;
  /** integer, number: the smallest and largest value allowed. */
  min?: number;
  max?: number;
  /** list: the fewest items allowed. */
  minItems?: number;
  /** list of plain values: what each item is. */
  item?: FieldSpec;
  /** object, list of objects: their fields. */
  fields?: FieldSpec[];
  /** object: made of a record's named keys (site.yaml's sources, one per fact about the organisation). */
  keyed?: boolean;
}

type AnyDef = { type: string; [key: string]: unknown };
const def = (schema: z.ZodType): AnyDef => (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
const checks = (schema: z.ZodType): AnyDef[] => ((def(schema)['checks'] as { _zod: { def: AnyDef } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Optional, default and preprocess wrappers taken off a field's schema. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; default?: unknown } {
  let inner = schema;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'nullable') {
      optional = true;
      inner = d['innerType'] as z.ZodType;
    } else if (d.type === 'default' || d.type === 'prefault') {
      optional = true;
      const value = d['defaultValue'];
      fallback = typeof value === 'function' ? (value as () => unknown)() : value;
      inner = d['innerType'] as z.ZodType;
    } else if (d.type === 'pipe') {
      // z.preprocess(fn, schema): what is checked is the pipe's output side; x.transform(fn): what is written is its input side.
      const out = d['out'] as z.ZodType;
      inner = def(out).type === 'transform' ? (d['in'] as z.ZodType) : out;
    } else return fallback === undefined ? { inner, optional } : { inner, optional, default: fallback };
  }
}

/** Which kind of text a string schema accepts, found by asking the schema itself (its refinements are functions). */
function textKind(schema: z.ZodType): FieldKind {
  const accepts = (value: string) => schema.safeParse(value).success;
  if (accepts('2024-06-04') && !accepts('2024-02-30') && !accepts('04/06/2024')) return 'date';
  if (accepts('20:00') && !accepts('25:00') && !accepts('20h')) return 'time';
  if (accepts('https://example.vn/a') && !accepts('javascript:alert(1)') && !accepts('một câu')) return accepts('/ke-hoach/2024/') ? 'source' : 'web';
  if (checks(schema).some((c) => c['format'] === 'email')) return 'email';
  return 'text';
}

/**
 * The fields of an object schema, with the comments of `notes`. `image` is the
 * schema instance a collection's picture fields are made of (so that they can be
 * told from plain text). Throws, naming the field, when a field has no comment.
 */
export function fieldsOf(schema: z.ZodType, notes: ObjectNotes, image: z.ZodType | null, where: string, prefix = ''): FieldSpec[] {
  const shape = def(schema)['shape'] as Record<string, z.ZodType> | undefined;
  if (!shape) throw new Error(`${where}: ${prefix || 'gốc'} không phải một nhóm trường (z.strictObject)`);
  const specs = Object.entries(shape).map(([name, fieldSchema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const comment = notes.comments.get(name) ?? '';
    if (!comment) throw new Error(`${where}: trường "${path}" chưa có dòng ghi chú tiếng Việt sau nó (// …); trình biên tập lấy nhãn của trường từ ghi chú đó`);
    const { inner, optional, default: fallback } = unwrap(fieldSchema);
    const spec: FieldSpec = { name, path, required: !optional, comment, ...(fallback === undefined ? {} : { default: fallback }), ...describe(inner, notes.children.get(name), image, where, path) };
    return spec;
  });
  // A record keyed by the fields of a sibling group (a source for each fact about the organisation): each key is described by that field's comment.
  for (const keyed of specs.filter((s) => s.keyed)) {
    const names = keyed.fields!.map((f) => f.name);
    const sibling = specs.find((s) => s !== keyed && s.fields && names.every((n) => s.fields!.some((f) => f.name === n)));
    if (sibling) for (const f of keyed.fields!) f.comment = `nguồn của “${labelAndHint(sibling.fields!.find((g) => g.name === f.name)!.comment).label}”`;
  }
  return specs;
}

/** Kind, values and limits of one (unwrapped) field schema. */
function describe(schema: z.ZodType, notes: ObjectNotes | undefined, image: z.ZodType | null, where: string, path: string): Omit<FieldSpec, 'name' | 'path' | 'required' | 'comment' | 'default'> {
  if (schema === image) return { kind: 'image' };
  const d = def(schema);
  switch (d.type) {
    case 'string': {
      const kind = textKind(schema);
      const regex = checks(schema).find((c) => c['format'] === 'regex')?.['pattern'] as RegExp | undefined;
      return kind === 'text' && regex ? { kind, pattern: regex } : { kind };
    }
    case 'number': {
      const cs = checks(schema);
      const int = cs.some((c) => c['check'] === 'number_format' && (c['format'] === 'safeint' || c['format'] === 'int32'));
      const min = cs.find((c) => c['check'] === 'greater_than')?.['value'] as number | undefined;
      const max = cs.find((c) => c['check'] === 'less_than')?.['value'] as number | undefined;
      return { kind: int ? 'integer' : 'number', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', options: Object.values(d['entries'] as Record<string, string>) };
    case 'array': {
      const element = d['element'] as z.ZodType;
      const minItems = checks(schema).find((c) => c['check'] === 'min_length')?.['minimum'] as number | undefined;
      const items = unwrap(element).inner;
      const base = { kind: 'list' as const, ...(minItems === undefined ? {} : { minItems }) };
      if (def(items).type === 'object') {
        if (!notes) throw new Error(`${where}: không đọc được ghi chú các trường của "${path}"`);
        return { ...base, fields: fieldsOf(items, notes, image, where, `${path}.*`) };
      }
      return { ...base, item: { name: 'item', path: `${path}.*`, required: true, comment: '', ...describe(items, undefined, image, where, `${path}.*`) } };
    }
    case 'object':
      if (!notes) throw new Error(`${where}: không đọc được ghi chú các trường của "${path}"`);
      return { kind: 'object', fields: fieldsOf(schema, notes, image, where, path) };
    case 'record': {
      // A record with named keys (site.yaml's sources): one field per key, each optional when the record is partial.
      const keys = Object.values(def(d['keyType'] as z.ZodType)['entries'] as Record<string, string>);
      const value = d['valueType'] as z.ZodType;
      return {
        kind: 'object',
        keyed: true,
        fields: keys.map((key) => ({ name: key, path: `${path}.${key}`, required: !d['partial'], comment: key, ...describe(value, undefined, image, where, `${path}.${key}`) })),
      };
    }
    default:
      throw new Error(`${where}: trường "${path}" có kiểu ${d.type} mà trình biên tập chưa biết cách hiện`);
  }
}
