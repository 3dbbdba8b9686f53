// The web editor's configuration (dist/admin/config.yml, made by src/editor/config.ts)
// agrees with the schemas: every field of every schema is in it, with the same
// required-ness, allowed values and number rules. The schemas are walked here with
// Zod's own JSON Schema export, not with the editor's reader of them, so a field
// the editor's generator missed or got wrong is found.
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { configYaml } from '../../src/editor/admin-files.ts';
import { bulletinSchema } from '../../src/schemas/bulletin.ts';
import { eventsSchema } from '../../src/schemas/events.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { productSchema } from '../../src/schemas/product.ts';
import { progressSchema } from '../../src/schemas/progress.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { tvSchema } from '../../src/schemas/tv.ts';
import { readUnitsFile } from '../../src/loaders/units-file.ts';
import { unitsSchema } from '../../src/schemas/units.ts';

type Json = { type?: string; properties?: Record<string, Json>; required?: string[]; items?: Json; enum?: unknown[]; minimum?: number; maximum?: number; minItems?: number; propertyNames?: Json; anyOf?: Json[] };
type Field = { name: string; widget: string; required?: boolean; options?: { value: string }[]; fields?: Field[]; field?: Field; value_type?: string; min?: number; max?: number; format?: string; time_format?: boolean; label?: string; hint?: string };

/** The collections staff edit in the browser, and the schema of one file of each (plans are not edited there). */
const SCHEMAS: Record<string, z.ZodType> = {
  bulletins: bulletinSchema(() => z.string()),
  products: productSchema(() => z.string()),
  tv: tvSchema,
  events: eventsSchema,
  progress: progressSchema,
  policies: policySchema,
  site: siteSchema,
  units: unitsSchema,
};

const config = yaml.load(configYaml({ backend: { name: 'gitea', repo: 'so-cong-thuong/khuyen-cong', branch: 'main', baseUrl: 'https://git.example.gov.vn', appId: 'abc' } })) as {
  locale: string;
  backend: Record<string, unknown>;
  collections: { name: string; fields?: Field[]; files?: { fields: Field[] }[] }[];
};

const fieldsOfCollection = (name: string): Field[] => {
  const c = config.collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0]!.fields;
};

/** A JSON Schema node with the optional/nullable unions taken off. */
const plain = (s: Json): Json => (s.anyOf ? plain(s.anyOf.find((x) => x.type !== 'null') ?? s) : s);

interface Mismatch {
  path: string;
  problem: string;
}

/** Walks a JSON Schema object beside the editor's fields; `enclosingRequired`: every group above is required (a required field inside an optional group is asked for only when the group is filled). */
function compare(schema: Json, fields: Field[], prefix: string, enclosingRequired: boolean, out: Mismatch[], extra: string[] = []): void {
  const s = plain(schema);
  const properties = s.properties ?? Object.fromEntries(((plain(s.propertyNames ?? {}).enum ?? []) as string[]).map((k) => [k, {}]));
  const required = new Set(s.properties ? (s.required ?? []) : []);
  for (const [name, child] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const field = fields.find((f) => f.name === name);
    if (!field) {
      out.push({ path, problem: 'thiếu trong config.yml' });
      continue;
    }
    const want = required.has(name) && enclosingRequired;
    // Decap treats a field without "required" as required.
    if ((field.required !== false) !== want) out.push({ path, problem: `required ${String(field.required !== false)}, schema ${String(want)}` });
    if (!field.label) out.push({ path, problem: 'không có nhãn' });
    const c = plain(child);
    if (c.enum) {
      const values = (field.options ?? []).map((o) => o.value);
      if (JSON.stringify(values) !== JSON.stringify(c.enum)) out.push({ path, problem: `giá trị ${values.join(',')} ≠ ${c.enum.join(',')}` });
    }
    if (c.type === 'integer') {
      if (field.value_type !== 'int') out.push({ path, problem: `số nguyên nhưng value_type ${field.value_type}` });
      if (c.minimum !== undefined && c.minimum > Number.MIN_SAFE_INTEGER && field.min !== c.minimum) out.push({ path, problem: `min ${field.min} ≠ ${c.minimum}` });
      if (c.maximum !== undefined && c.maximum < Number.MAX_SAFE_INTEGER && field.max !== c.maximum) out.push({ path, problem: `max ${field.max} ≠ ${c.maximum}` });
    }
    if (c.type === 'object') {
      compare(c, field.fields ?? [], path, want, out);
    }
    if (c.type === 'array') {
      const item = plain(c.items ?? {});
      if (field.widget !== 'list') out.push({ path, problem: `danh sách nhưng widget ${field.widget}` });
      if (item.type === 'object') compare(item, field.fields ?? [], `${path}.*`, true, out);
      else if (!field.field) out.push({ path, problem: 'danh sách không có trường cho từng mục' });
      else if (item.enum && JSON.stringify((field.field.options ?? []).map((o) => o.value)) !== JSON.stringify(item.enum)) out.push({ path: `${path}.*`, problem: 'giá trị khác schema' });
    }
  }
  // Nothing in the editor that the schema does not have (the build would refuse it).
  for (const f of fields) if (!(f.name in properties) && !extra.includes(f.name)) out.push({ path: prefix ? `${prefix}.${f.name}` : f.name, problem: 'có trong config.yml nhưng không có trong schema' });
}

describe('web editor configuration (config.yml) against the schemas', () => {
  it('has one collection per editable kind of content, in Vietnamese', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(Object.keys(SCHEMAS).sort());
    expect(config.locale).toBe('vi');
  });

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: every schema field, with the same required-ness, values and number rules`, () => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
      const out: Mismatch[] = [];
      // A Markdown entry has its text below the data: Decap's "body" field.
      compare(json, fieldsOfCollection(name), '', true, out, name === 'bulletins' || name === 'products' ? ['body'] : []);
      expect(out).toEqual([]);
    });
  }

  it('finds a field missing from the editor, and a wrong required-ness', () => {
    const json = z.toJSONSchema(z.strictObject({ title: z.string(), extra: z.number().int(), note: z.string().optional() }), { io: 'input' }) as Json;
    const out: Mismatch[] = [];
    compare(json, [{ name: 'title', widget: 'string', label: 'Tiêu đề' }, { name: 'note', widget: 'string', label: 'Ghi chú' }], '', true, out);
    expect(out).toEqual([
      { path: 'extra', problem: 'thiếu trong config.yml' },
      { path: 'note', problem: 'required true, schema false' },
    ]);
  });

  it('writes every date as "YYYY-MM-DD" without a time, and counts and đồng as whole numbers', () => {
    const all: Field[] = [];
    const walk = (fs: Field[]) => fs.forEach((f) => (all.push(f), walk(f.fields ?? []), f.field && walk([f.field])));
    for (const c of config.collections) walk(c.fields ?? c.files!.flatMap((f) => f.fields));
    const dates = all.filter((f) => f.widget === 'datetime');
    expect(dates.length).toBeGreaterThan(5);
    for (const f of dates) expect([f.format, f.time_format]).toEqual(['YYYY-MM-DD', false]);
    expect(all.filter((f) => f.widget === 'number')).toEqual([]);
    const bulletin = fieldsOfCollection('bulletins');
    expect(bulletin.find((f) => f.name === 'date')).toMatchObject({ widget: 'datetime', required: true });
    expect(bulletin.find((f) => f.name === 'number')).toMatchObject({ widget: 'whole-number', value_type: 'int', min: 1 });
  });

  it('labels fields in Vietnamese from the comment written after them in the schema', () => {
    const bulletin = fieldsOfCollection('bulletins');
    expect(bulletin.find((f) => f.name === 'title')?.label).toBe('Tiêu đề bản tin');
    expect(bulletin.find((f) => f.name === 'cover')?.fields?.find((f) => f.name === 'alt')?.label).toBe('Mô tả ảnh cho người không xem được ảnh');
    const group = fieldsOfCollection('products').find((f) => f.name === 'group')!;
    expect(group.label).toBe('Nhóm sản phẩm');
  });

  it("offers a product's unit as a choice among the content folder's units, past and present, with the years of those that ended", () => {
    const units = readUnitsFile('content')!.units;
    const withUnits = yaml.load(configYaml({ backend: { name: 'gitea', repo: 'a/b', branch: 'main' }, units })) as typeof config;
    const products = withUnits.collections.find((c) => c.name === 'products')!.fields!;
    const district = products.find((f) => f.name === 'producer')!.fields!.find((f) => f.name === 'district')!;
    const options = (district.options ?? []) as { label: string; value: string }[];
    expect(district.widget).toBe('select');
    expect(options.map((o) => o.value)).toEqual(units.map((u) => u.name));
    const ended = units.find((u) => u.until && !u.from)!;
    expect(options.find((o) => o.value === ended.name)!.label).toBe(`${ended.name} (đến ${ended.until!.slice(8)}/${Number(ended.until!.slice(5, 7))}/${ended.until!.slice(0, 4)})`);
    // Without a units file the field is plain text (the build still checks it).
    const plainDistrict = fieldsOfCollection('products').find((f) => f.name === 'producer')!.fields!.find((f) => f.name === 'district')!;
    expect(plainDistrict.widget).toBe('string');
  });

  it('talks to the province forge with Gitea/Forgejo OAuth (PKCE: an app id, no secret)', () => {
    expect(config.backend).toMatchObject({ name: 'gitea', repo: 'so-cong-thuong/khuyen-cong', base_url: 'https://git.example.gov.vn', api_root: 'https://git.example.gov.vn/api/v1', app_id: 'abc' });
  });
});

describe('a province whose content is in a folder of its own (CONTENT_DIR)', () => {
  it('the editor reads and writes that folder, not content/', async () => {
    const before = process.env['CONTENT_DIR'];
    process.env['CONTENT_DIR'] = 'examples/tinh-minh-hoa';
    try {
      vi.resetModules();
      const { configYaml: configOf } = await import('../../src/editor/admin-files.ts');
      const config = yaml.load(configOf({ backend: { name: 'gitea', repo: 'a/b', branch: 'main' }, siteUrl: 'https://x.example' })) as {
        media_folder: string;
        collections: { name: string; folder?: string; files?: { file: string }[] }[];
      };
      const paths = config.collections.flatMap((c) => [c.folder, ...(c.files ?? []).map((f) => f.file)]).filter((p): p is string => Boolean(p));
      expect(paths.length).toBeGreaterThan(5);
      for (const p of paths) expect(p, p).toMatch(/^examples\/tinh-minh-hoa\//);
      expect(config.media_folder).toMatch(/^examples\/tinh-minh-hoa\//);
    } finally {
      if (before === undefined) delete process.env['CONTENT_DIR'];
      else process.env['CONTENT_DIR'] = before;
      vi.resetModules();
    }
  });
});
