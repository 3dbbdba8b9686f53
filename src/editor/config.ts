// The web editor's configuration (Decap CMS's config.yml), made from the
// collections' schemas: every field of every schema, with the same required
// fields, allowed values and number rules, labelled and explained in Vietnamese
// from the comment written after the field in its schema (schema-notes.ts,
// fields.ts, labels.ts). Where each collection's files are comes from
// src/loaders/collections.ts, as for the build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { lifetime } from '../features/catalogue/units.ts';
import { contentCollections, type CollectionName } from '../loaders/collections.ts';
import { bulletinSchema } from '../schemas/bulletin.ts';
import { EVENT_KINDS, eventsSchema } from '../schemas/events.ts';
import { policySchema } from '../schemas/policy.ts';
import { GROUPS, LEVELS, PRODUCER_KINDS, productSchema } from '../schemas/product.ts';
import { progressSchema } from '../schemas/progress.ts';
import { siteSchema } from '../schemas/site.ts';
import { RELATED_KIND_NAMES, tvSchema } from '../schemas/tv.ts';
import { unitsSchema, type AdminUnit } from '../schemas/units.ts';
import { contentDir } from '../lib/content-dir.ts';
import { fieldsOf, type FieldSpec } from './fields.ts';
import { labelAndHint } from './labels.ts';
import { SchemaNotes } from './schema-notes.ts';

/**
 * The repository's content folder, as the editor writes it (paths in the Git
 * repository): CONTENT_DIR when it names a folder inside the repository (a
 * province keeping its content in a folder of its own: docs/adopt.md), else content/.
 */
export const CONTENT = repositoryFolder(contentDir());

function repositoryFolder(dir: string): string {
  const relative = path.relative(process.cwd(), path.resolve(dir)).split(path.sep).join('/');
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : 'content';
}

const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

/** The schema instance picture fields are made of here, so that they can be told from text. */
const IMAGE = z.string();

/** Names shown for the values of a choice, by the table the schema takes them from. */
const VALUE_NAMES: readonly Record<string, string>[] = [GROUPS, LEVELS, PRODUCER_KINDS, EVENT_KINDS, RELATED_KIND_NAMES];

/** Fields shown as a box of several lines. */
const LONG_TEXT = new Set(['summary', 'description', 'text']);

/** How one collection appears in the editor. */
export interface EditorCollection {
  name: CollectionName;
  label: string;
  labelSingular: string;
  description: string;
  /** The object schema of one file (pictures made of IMAGE). */
  schema: z.ZodType;
  /** Where the schema's comments are: its module in src/schemas/ and the exported name. */
  notes: readonly [file: string, name: string];
  /** Markdown with data at the top (and a text below), or a YAML file. */
  format: 'markdown' | 'yaml';
  /** Decap's own settings for the collection (folder, path, slug, media…). */
  decap: Record<string, unknown>;
  /** Fields whose allowed values are other entries' (Decap's relation widget), by dotted path. */
  relations?: Record<string, Record<string, unknown>>;
  /** Text fields whose values are chosen from a list of the content folder (its administrative units), by dotted path. */
  choices?: Record<string, { label: string; value: string }[]>;
}

/** A unit as a choice: its name, and the years it existed when it did not always ("Huyện Thống Nhất (đến 30/6/2025)"). */
function unitChoice(unit: AdminUnit): { label: string; value: string } {
  const years = lifetime(unit, '');
  return { label: years ? `${unit.name} (${years})` : unit.name, value: unit.name };
}

/**
 * The collections staff edit in the browser. Plans are not among them: a plan is an issued document, copied word for word once a year.
 * `units` are the content folder's administrative units (don-vi-hanh-chinh.yaml): a product's unit is chosen from them.
 */
export function editorCollections(units: readonly AdminUnit[] = []): EditorCollection[] {
  const files = contentCollections(CONTENT);
  const folder = (name: CollectionName) => path.posix.join(CONTENT, files[name].folder);
  // Pictures sit beside the file that shows them (the build refuses them elsewhere).
  const beside = { media_folder: '', public_folder: '' };
  // One YAML file a year (content/<folder>/<year>.yaml), named and summarised by its year.
  const yearly = (name: CollectionName) => ({ folder: folder(name), slug: '{{fields.year}}', identifier_field: 'year', extension: 'yaml', create: true, summary: 'Năm {{fields.year}}' });
  return [
    {
      name: 'bulletins',
      label: 'Bản tin',
      labelSingular: 'bản tin',
      description: `Mỗi số Bản tin Khuyến công là một tệp trong thư mục của năm phát hành (${CONTENT}/bulletins/<năm>/). Tệp .mdx (có khung, thẻ liên kết) sửa bằng trình soạn thảo văn bản.`,
      schema: bulletinSchema(() => IMAGE),
      notes: ['bulletin.ts', 'bulletinSchema'],
      format: 'markdown',
      decap: {
        folder: folder('bulletins'),
        // The year's folder comes from the date ({{year}} of the "date" field), as the build requires.
        path: '{{year}}/{{slug}}',
        slug: '{{slug}}',
        identifier_field: 'title',
        extension: 'md',
        create: true,
        summary: '{{fields.date}} · số {{fields.number}} · {{fields.title}}',
        sortable_fields: ['date', 'number', 'title'],
        preview_path: 'ban-tin/{{filename}}/',
        ...beside,
      },
    },
    {
      name: 'products',
      label: 'Sản phẩm',
      labelSingular: 'sản phẩm',
      description: `Mỗi sản phẩm CNNT tiêu biểu là một thư mục (${CONTENT}/products/<tên>/) gồm tệp index.md và các ảnh của sản phẩm.`,
      schema: productSchema(() => IMAGE),
      notes: ['product.ts', 'productSchema'],
      // The unit when recognised: one of the content folder's units (the build checks the year too).
      ...(units.length ? { choices: { 'producer.district': units.map(unitChoice) } } : {}),
      format: 'markdown',
      decap: {
        folder: folder('products'),
        path: '{{slug}}/index',
        slug: '{{slug}}',
        identifier_field: 'name',
        extension: 'md',
        create: true,
        summary: '{{fields.name}} · {{fields.producer.name}}',
        sortable_fields: ['name'],
        preview_path: 'san-pham/{{dirname}}/',
        ...beside,
      },
    },
    {
      name: 'tv',
      label: 'Lịch phát sóng',
      labelSingular: 'lịch phát sóng của một năm',
      description: `Mỗi năm một tệp (${CONTENT}/tv/<năm>.yaml): các đài, kênh và các chuyên đề khuyến công trên truyền hình.`,
      schema: tvSchema,
      notes: ['tv.ts', 'tvSchema'],
      format: 'yaml',
      decap: yearly('tv'),
      // A feature's channel is one of the channels written at the top of the year's file.
      relations: { 'features.*.channel': { collection: 'tv', value_field: 'channels.*.name', search_fields: ['channels.*.name'], display_fields: ['channels.*.name'] } },
    },
    {
      name: 'events',
      label: 'Sự kiện',
      labelSingular: 'sự kiện của một năm',
      description: `Mỗi năm một tệp (${CONTENT}/events/<năm>.yaml): hội chợ, hội thảo, tập huấn, bình chọn, khảo sát.`,
      schema: eventsSchema,
      notes: ['events.ts', 'eventsSchema'],
      format: 'yaml',
      decap: yearly('events'),
      // An event links to a support policy that exists: the name of its file.
      relations: { 'events.*.policy': { collection: 'policies', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] } },
    },
    {
      name: 'progress',
      label: 'Tiến độ kế hoạch',
      labelSingular: 'số liệu tiến độ của một năm',
      description: `Mỗi năm kế hoạch một tệp (${CONTENT}/progress/<năm>.yaml): số liệu báo cáo theo chỉ tiêu và kinh phí đã chi, mỗi số có ngày và nguồn.`,
      schema: progressSchema,
      notes: ['progress.ts', 'progressSchema'],
      format: 'yaml',
      decap: yearly('progress'),
    },
    {
      name: 'policies',
      label: 'Chính sách hỗ trợ',
      labelSingular: 'chính sách hỗ trợ',
      description: `Mỗi chính sách một tệp (${CONTENT}/policies/<tên>.yaml); mỗi câu trả lời ghi kèm nguồn.`,
      schema: policySchema,
      notes: ['policy.ts', 'policySchema'],
      format: 'yaml',
      decap: { folder: folder('policies'), slug: '{{slug}}', identifier_field: 'title', extension: 'yaml', create: true, summary: '{{fields.order}}. {{fields.title}}', sortable_fields: ['order', 'title'] },
    },
    {
      name: 'site',
      label: 'Cài đặt trang',
      labelSingular: 'cài đặt trang',
      description: `Địa chỉ công khai, tên trang và đơn vị vận hành (${CONTENT}/site.yaml); mỗi thông tin về đơn vị cần nguồn công khai.`,
      schema: siteSchema,
      notes: ['site.ts', 'siteSchema'],
      format: 'yaml',
      decap: { files: [{ name: 'site', label: 'Cài đặt trang', file: path.posix.join(CONTENT, 'site.yaml') }] },
    },
    {
      name: 'units',
      label: 'Đơn vị hành chính',
      labelSingular: 'danh sách đơn vị hành chính',
      description:
        `Các đơn vị hành chính mà sản phẩm ghi ở “Đơn vị hành chính khi được công nhận lần đầu” (${CONTENT}/don-vi-hanh-chinh.yaml). Không xóa, không đổi tên đơn vị cũ: ghi ngày cuối cho đơn vị cũ và thêm đơn vị mới, kèm nguồn. Đơn vị mới có trong ô chọn của sản phẩm sau lần dựng trang kế tiếp.`,
      schema: unitsSchema,
      notes: ['units.ts', 'unitsSchema'],
      format: 'yaml',
      decap: { files: [{ name: 'units', label: 'Đơn vị hành chính', file: path.posix.join(CONTENT, 'don-vi-hanh-chinh.yaml') }] },
    },
  ];
}

/** A collection's fields as the schema describes them (with the comment of each). */
export function collectionFields(collection: EditorCollection, notes = new SchemaNotes(SCHEMAS_DIR)): FieldSpec[] {
  const [file, name] = collection.notes;
  return fieldsOf(collection.schema, notes.notesOf(file, name), IMAGE, `src/schemas/${file}`);
}

/** A Decap pattern (regex source and the message shown when a value does not match). */
type Pattern = [string, string];

const PATTERNS = {
  time: ['^([01]\\d|2[0-3]):[0-5]\\d$', 'cần giờ dạng HH:MM (24 giờ), ví dụ 08:00 hoặc 20:00'] as Pattern,
  web: ['^https?://[^\\s/?#]+\\.[^\\s]*$', 'cần một địa chỉ web đầy đủ, bắt đầu bằng https:// (chép từ thanh địa chỉ của trình duyệt)'] as Pattern,
  source: ['^(https?://[^\\s/?#]+\\.[^\\s]*|/[a-z0-9\\-/]*/)$', 'cần một địa chỉ web đầy đủ (https://…) hoặc một trang của trang này (ví dụ /ke-hoach/2024/)'] as Pattern,
  email: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'cần một địa chỉ thư điện tử, ví dụ ten@example.gov.vn'] as Pattern,
};

/** What a text pattern from a schema means, for the message shown under the field. */
function patternMessage(pattern: RegExp): string {
  if (pattern.source === '^[a-z0-9-]+$') return 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ hoi-cho-1';
  if (pattern.source.startsWith('^\\+?[\\d')) return 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, ngoặc hoặc gạch ngang, ví dụ 0251 3822 xxx';
  return `cần viết theo mẫu ${pattern.source}`;
}

/** The names of a choice's values: from the schema's table of names, or the values themselves. */
function choiceOptions(values: readonly string[]): { label: string; value: string }[] {
  const table = VALUE_NAMES.find((t) => values.every((v) => v in t) && Object.keys(t).length === values.length);
  return values.map((value) => ({ label: table ? `${table[value]} (${value})` : value, value }));
}

/** The first field whose value names a list item when the list is folded. */
function itemSummary(fields: FieldSpec[]): string | undefined {
  const names = fields.map((f) => f.name);
  const shown = ['number', 'date'].filter((n) => names.includes(n));
  const title = ['title', 'name', 'label', 'target', 'budgetSource', 'level', 'text', 'kind'].find((n) => names.includes(n));
  const parts = [...shown, ...(title ? [title] : [])].map((n) => `{{fields.${n}}}`);
  return parts.length ? parts.join(' · ') : undefined;
}

export type DecapField = Record<string, unknown> & { name: string; widget: string };

interface FieldContext {
  collection: EditorCollection;
  /** Every enclosing group of fields (up to the root or the list item) is required. */
  enclosingRequired: boolean;
  /** The label of the nearest optional group, when one encloses the field. */
  optionalGroup?: string | undefined;
}

/** One schema field as a field of the editor. */
export function decapField(spec: FieldSpec, ctx: FieldContext): DecapField {
  const { label, hint: ownHint } = labelAndHint(spec.comment, {
    yesNo: spec.kind === 'boolean',
    ...(spec.kind === 'date' || spec.kind === 'time' ? { dateOrTime: spec.kind } : {}),
    // A group keyed by named facts (site.yaml's sources): a hint listing the keys says nothing the fields do not.
    options: spec.options ?? (spec.keyed ? spec.fields?.map((f) => f.name) : undefined),
  });
  // A required field inside an optional group (a bulletin's cover) is asked for only when the group is filled:
  // Decap would otherwise refuse every entry without the group. The build still requires it.
  const required = spec.required && ctx.enclosingRequired;
  const whenGroup = spec.required && !ctx.enclosingRequired && ctx.optionalGroup ? `Bắt buộc khi có ${ctx.optionalGroup.toLocaleLowerCase('vi')}.` : undefined;
  const hint = [ownHint && whenGroup && !/[.!?)]$/.test(ownHint) ? `${ownHint}.` : ownHint, whenGroup].filter(Boolean).join(' ');
  const base = { name: spec.name, label, required, ...(hint ? { hint } : {}) };
  const relation = ctx.collection.relations?.[spec.path];
  if (relation) return { ...base, widget: 'relation', ...relation };
  const choices = ctx.collection.choices?.[spec.path];
  if (choices) return { ...base, widget: 'select', options: choices };
  switch (spec.kind) {
    case 'text': {
      const pattern = spec.pattern ? ([spec.pattern.source, patternMessage(spec.pattern)] as Pattern) : undefined;
      return { ...base, widget: LONG_TEXT.has(spec.name) ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'date':
      // Written as a quoted "YYYY-MM-DD" string, as the build reads dates (file-format.ts quotes it).
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, ...(spec.path === 'date' && ctx.collection.name === 'bulletins' ? { default: '{{now}}' } : {}) };
    case 'time':
      return { ...base, widget: 'string', pattern: PATTERNS.time };
    case 'web':
    case 'source':
    case 'email':
      return { ...base, widget: 'string', pattern: PATTERNS[spec.kind] };
    case 'integer':
    case 'number':
      // Whole numbers typed as digits only (editor.client.ts): "1.600" is refused, never read as 1 or 1,6.
      return { ...base, widget: 'whole-number', value_type: spec.kind === 'integer' ? 'int' : 'float', ...(spec.min === undefined ? {} : { min: spec.min }), ...(spec.max === undefined ? {} : { max: spec.max }) };
    case 'boolean':
      return { ...base, widget: 'boolean', default: spec.default === true };
    case 'choice':
      return { ...base, widget: 'select', options: choiceOptions(spec.options ?? []) };
    case 'image':
      return { ...base, widget: 'image', choose_url: false, media_library: { config: { multiple: false } } };
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: (spec.fields ?? []).map((f) => decapField(f, { ...ctx, enclosingRequired: required, optionalGroup: required ? ctx.optionalGroup : label })),
      };
    case 'list': {
      const limits = { ...(spec.minItems ? { min: spec.minItems } : {}), ...(spec.default !== undefined ? { default: spec.default } : {}) };
      if (spec.fields) {
        const summary = itemSummary(spec.fields);
        return {
          ...base,
          widget: 'list',
          collapsed: spec.fields.length > 4,
          ...(summary ? { summary } : {}),
          ...limits,
          // Each item's fields are required as the schema says, whenever the item is there.
          fields: spec.fields.map((f) => decapField(f, { ...ctx, enclosingRequired: true, optionalGroup: undefined })),
        };
      }
      const item = spec.item!;
      return { ...base, widget: 'list', ...limits, field: { ...decapField({ ...item, comment: spec.comment }, { ...ctx, enclosingRequired: true }), name: 'item' } };
    }
  }
}

/** The body of a Markdown entry: the text below its data. */
const BODY_FIELD: DecapField = {
  name: 'body',
  label: 'Nội dung',
  widget: 'markdown',
  required: false,
  hint: 'Viết như trong mục 5 và 15 của hướng dẫn: đề mục, danh sách, liên kết, ảnh đặt cạnh bài. Không dùng mã HTML.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
  sanitize_preview: true,
};

/** Where the editor saves: the forge (Forgejo or Gitea, or GitHub, GitLab), or the working copy through decap-server (npm run edit). */
export interface BackendSettings {
  name: 'gitea' | 'forgejo' | 'github' | 'gitlab';
  /** "owner/name" on the forge. */
  repo: string;
  branch: string;
  /** The forge's address, https://git.example.gov.vn (Forgejo, Gitea, a GitLab of one's own). */
  baseUrl?: string | undefined;
  /** The OAuth application's client id. */
  appId?: string | undefined;
}

export interface EditorOptions {
  backend: BackendSettings;
  /** The address of decap-server (npm run edit), same origin: http://localhost:4321/admin/api/v1 */
  localBackend?: string | undefined;
  /** The public site's address, for "view on the site" links. */
  siteUrl?: string | undefined;
  /** The content folder's administrative units (don-vi-hanh-chinh.yaml), offered as the choices of a product's unit. */
  units?: readonly AdminUnit[] | undefined;
}

/** The backend part of the configuration, with the exact keys each Decap backend reads (decap-cms 3.16). */
export function backendConfig(b: BackendSettings): Record<string, unknown> {
  const base = b.baseUrl?.replace(/\/+$/, '');
  const commitMessages = {
    create: 'Thêm {{collection}} “{{slug}}” (trình biên tập)',
    update: 'Sửa {{collection}} “{{slug}}” (trình biên tập)',
    delete: 'Xóa {{collection}} “{{slug}}” (trình biên tập)',
    uploadMedia: 'Tải lên ảnh “{{path}}” (trình biên tập)',
    deleteMedia: 'Xóa ảnh “{{path}}” (trình biên tập)',
  };
  const common = { name: b.name, repo: b.repo, branch: b.branch, commit_messages: commitMessages };
  switch (b.name) {
    case 'gitea':
      // PKCE: base_url is where /login/oauth/authorize and /login/oauth/access_token are; app_id the OAuth client id.
      return { ...common, base_url: base ?? '', api_root: base ? `${base}/api/v1` : '', app_id: b.appId ?? '' };
    case 'forgejo':
      // The Forgejo backend derives the OAuth address from api_root.
      return { ...common, api_root: base ? `${base}/api/v1` : '', app_id: b.appId ?? '' };
    case 'gitlab':
      return { ...common, auth_type: 'pkce', ...(base ? { base_url: base, api_root: `${base}/api/v4` } : {}), app_id: b.appId ?? '' };
    case 'github':
      // GitHub's OAuth needs a server of its own (base_url of an OAuth proxy); see docs/editor.md.
      return { ...common, ...(base ? { base_url: base } : {}) };
  }
}

/** The whole configuration, as an object (written to config.yml). */
export function editorConfig(options: EditorOptions, notes = new SchemaNotes(SCHEMAS_DIR)): Record<string, unknown> {
  const collections = editorCollections(options.units).map((c) => {
    const fields = collectionFields(c, notes).map((f) => decapField(f, { collection: c, enclosingRequired: true }));
    const all = c.format === 'markdown' ? [...fields, BODY_FIELD] : fields;
    const format = `kc-${c.name}`;
    const shared = { name: c.name, label: c.label, label_singular: c.labelSingular, description: c.description };
    if (Array.isArray(c.decap['files'])) {
      return { ...shared, ...c.decap, files: (c.decap['files'] as Record<string, unknown>[]).map((f) => ({ ...f, format, fields: all })) };
    }
    return { ...shared, ...c.decap, format, fields: all };
  });
  return {
    locale: 'vi',
    backend: backendConfig(options.backend),
    ...(options.localBackend ? { local_backend: { url: options.localBackend, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Every picture field has a folder of its own (beside its entry); the shared library is only where Decap asks for one.
    media_folder: `${CONTENT}/_anh-chung`,
    public_folder: './',
    // Photos are re-encoded in the browser before they are saved: no camera data or GPS position enters the repository.
    media_processing: { enabled: true, strip_metadata: true, quality: 90 },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: Boolean(options.siteUrl),
    search: true,
    collections,
  };
}

/** Per collection, what the editor's file writer needs: its kind of file, its fields' order, its pictures, its dates and times. */
export interface FileLayout {
  format: 'markdown' | 'yaml';
  /** Field names in the schema's order, nested ("cover" → ["image", "alt"]). */
  order: OrderTree;
  /** Dotted paths of picture fields ("cover.image", "photos.*.src"). */
  images: string[];
}
export type OrderTree = [string, OrderTree][];

function orderOf(fields: FieldSpec[]): OrderTree {
  return fields.map((f) => [f.name, f.fields ? orderOf(f.fields) : []]);
}

function imagePaths(fields: FieldSpec[]): string[] {
  return fields.flatMap((f) => (f.kind === 'image' ? [f.path] : f.fields ? imagePaths(f.fields) : []));
}

/** The writer's settings of every collection, by the name of its format ("kc-bulletins"). */
export function fileLayouts(notes = new SchemaNotes(SCHEMAS_DIR)): Record<string, FileLayout> {
  return Object.fromEntries(
    editorCollections().map((c) => {
      const fields = collectionFields(c, notes);
      return [`kc-${c.name}`, { format: c.format, order: orderOf(fields), images: imagePaths(fields) }];
    }),
  );
}
