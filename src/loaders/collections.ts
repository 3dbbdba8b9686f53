// Where each collection's files are (folder and pattern inside the content
// folder) and the rules they must satisfy beyond their schema: checks against
// the plan, links to other content, files that must exist. The checks are the
// features' own pure functions; what needs the disk (another collection's file,
// a photo) is looked up here. Used by src/content.config.ts (through Astro's
// glob loader) and by check-folder.ts (without Astro, for tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkIssueCollection, checkIssueFile, type IssueLike } from '../features/bulletins/bulletins.ts';
import { checkMdxSyntax } from '../features/bulletins/mdx-syntax.ts';
import { duplicateProducts, productFolderProblem } from '../features/catalogue/checks.ts';
import { checkEventsFile } from '../features/events/events.ts';
import { checkLegalBases, checkPlanAgainstText } from '../features/plan/checks.ts';
import { checkProgressFile } from '../features/plan/progress.ts';
import { checkPolicy } from '../features/policies/policies.ts';
import { checkCollisions, checkRelated, checkScheduleFile } from '../features/tv/schedule.ts';
import { ContentError, type FieldProblem } from '../lib/content-errors.ts';
import { slugify } from '../lib/slug.ts';
import { bulletinFileSchema, type BulletinData } from '../schemas/bulletin.ts';
import { eventsSchema, type EventYear } from '../schemas/events.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { POLICY_SECTIONS, policySchema, type PolicyData } from '../schemas/policy.ts';
import { productFileSchema } from '../schemas/product.ts';
import { progressSchema, type ProgressFile } from '../schemas/progress.ts';
import { tvSchema, type Schedule } from '../schemas/tv.ts';
import type { CollectionRules } from './checked.ts';
import { checkLinkCards, contentExists, linkTargetProblem } from './content-links.ts';
import { imageRefProblem } from './image-refs.ts';
import { readPlanFacts, type PlanFacts } from './plan-facts.ts';

/** Where a collection's files are, and what they must satisfy. */
export interface CollectionFiles<T> {
  /** Folder inside the content folder. */
  folder: string;
  /** Glob pattern inside that folder. */
  pattern: string;
  /** The entry's id from its path inside the folder (default: the path without its extension). */
  generateId?: ((entry: string) => string) | undefined;
  rules: CollectionRules<T>;
}

const withoutExtension = (entry: string) => entry.replace(/\.[^./]+$/, '');

/** A photo or cover path as it stands in the data (Astro's image() marks it while loading). */
const imagePath = (value: unknown) => String(value).replace(/^__ASTRO_IMAGE_/, '');

/** An entry that is not illustrative (no "sample: true") must say where it comes from: without a source it would count and look official. */
function unsourced(data: { sample?: boolean | undefined; source?: string | undefined }, what: string): FieldProblem[] {
  if (data.sample || data.source) return [];
  return [{ field: 'source', message: `${what} thật (không ghi "sample: true") cần địa chỉ nguồn công khai ("source"); nếu là nội dung minh họa, ghi "sample: true"` }];
}

/** The plan's facts for a check of another collection, or the problem that stops that check. */
function planFor(contentDir: string, year: number, field: string): { facts: PlanFacts | null; problems: FieldProblem[] } {
  const facts = readPlanFacts(contentDir, year);
  if (facts?.unreadable)
    return {
      facts: null,
      problems: [{ field, message: `tệp kế hoạch năm ${year} (${facts.file}) có lỗi nên chưa kiểm tra được trường này; sửa tệp kế hoạch trước (lỗi: ${facts.unreadable.split('\n')[0]})` }],
    };
  return { facts, problems: [] };
}

/** The slugs of the policies on disk (content/policies/<slug>.yaml), for the events' links. */
function policySlugs(contentDir: string): string[] {
  const dir = path.join(contentDir, 'policies');
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^[^_].*\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')) : [];
}

/** Every collection's files and rules, for the content folder `contentDir`. */
export function contentCollections(contentDir: string) {
  const plans: CollectionFiles<Plan> = {
    folder: 'plans',
    pattern: '[^_]*.{md,mdx}',
    rules: {
      schema: planSchema,
      entry: ({ data, body }) => [...checkLegalBases(data), ...checkPlanAgainstText(data, body ?? '')],
    },
  };

  // Folder names are the products' addresses: two files claiming one address stop the build.
  const productFiles = new Map<string, string>();
  const products: CollectionFiles<Record<string, unknown>> = {
    folder: 'products',
    pattern: '*/index.{md,mdx}',
    generateId: (entry) => {
      const folder = entry.split('/')[0]!;
      const file = path.join(contentDir, 'products', entry);
      const problem = productFolderProblem(folder);
      if (problem) throw new ContentError(file, [{ field: '(tên thư mục)', message: problem }]);
      const other = productFiles.get(folder);
      if (other && other !== file)
        throw new ContentError(file, [{ field: '(tên thư mục)', message: `trùng địa chỉ "${folder}" với tệp ${other}; mỗi sản phẩm cần một thư mục riêng` }]);
      productFiles.set(folder, file);
      return folder;
    },
    rules: {
      schema: productFileSchema,
      // Astro's image() accepts a missing file at this stage and fails later, deep in the build, without the field.
      entry: ({ data, filePath }) => {
        const problems: FieldProblem[] = [];
        if (filePath)
          ((data['photos'] ?? []) as { src: unknown }[]).forEach((photo, i) => {
            const src = imagePath(photo.src);
            const dir = path.dirname(filePath);
            const missing = `không tìm thấy tệp ảnh "${src}" trong thư mục ${dir}; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và phần đuôi (.jpg, .webp…)`;
            const problem = imageRefProblem(src, filePath, contentDir, missing);
            if (problem) problems.push({ field: `photos.${i}.src`, message: problem });
          });
        return [...problems, ...unsourced(data as { sample?: boolean; source?: string }, 'sản phẩm')];
      },
      // The same product (name and producer) in two folders would be counted twice.
      collection: (entries) =>
        duplicateProducts(entries.map((e) => ({ file: e.filePath ?? e.id, folder: e.id, name: String(e.data['name']), producer: String((e.data['producer'] as { name?: unknown } | undefined)?.name ?? '') }))),
    },
  };

  const tv: CollectionFiles<Schedule> = {
    folder: 'tv',
    pattern: '[^_]*.{yaml,yml,json}',
    rules: {
      schema: tvSchema,
      entry: ({ id, data }) => [...checkScheduleFile(data, id), ...checkRelated(data, (ref) => contentExists(contentDir, ref.kind, ref.id))],
      collection: (entries) => checkCollisions(entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data }))),
    },
  };

  const bulletins: CollectionFiles<BulletinData> = {
    folder: 'bulletins',
    pattern: '**/[^_]*.{md,mdx}',
    // "2024/ke-hoach-2024": the file's own path, so that two years' files never overwrite each other.
    generateId: withoutExtension,
    rules: {
      schema: bulletinFileSchema,
      entry: ({ data, body, filePath }) => {
        const file = filePath ?? '';
        const problems = checkIssueFile(file, data);
        const cover = data.cover && imagePath(data.cover.image);
        // image() only records the path; a missing file would fail later, without naming the field.
        const coverProblem =
          cover &&
          imageRefProblem(cover, file, contentDir, `không có tệp ảnh "${cover}" cạnh tệp bản tin; đặt ảnh vào cùng thư mục ${path.dirname(file)}/ và viết "./tên-ảnh.webp"`);
        if (coverProblem) problems.push({ field: 'cover.image', message: coverProblem });
        // A draft is not published; once published, a real issue says where its news comes from.
        if (!data.draft) problems.push(...unsourced(data, 'bản tin'));
        const sourceProblem = data.source?.startsWith('/') ? linkTargetProblem(data.source, contentDir) : null;
        if (sourceProblem) problems.push({ field: 'source', message: sourceProblem });
        const text = existsSync(file) ? readFileSync(file, 'utf8') : (body ?? '');
        if (file.endsWith('.mdx')) problems.push(...checkMdxSyntax(text));
        return [...problems, ...checkLinkCards(text, contentDir)];
      },
      collection: (entries) => checkIssueCollection(entries as IssueLike[]),
    },
  };

  const policies: CollectionFiles<PolicyData> = {
    folder: 'policies',
    pattern: '[^_]*.{yaml,yml}',
    rules: {
      schema: policySchema,
      entry: ({ id, data }) => {
        const plan = planFor(contentDir, data.plan, 'plan');
        const problems = plan.problems.length ? plan.problems : checkPolicy(data, plan.facts);
        if (id !== slugify(id)) problems.push({ field: '(tên tệp)', message: `tên tệp "${id}" phải viết thường, không dấu, nối bằng gạch ngang, ví dụ "${slugify(id)}"` });
        const statements = [...POLICY_SECTIONS.map((k) => [k, data[k]] as const), ...data.notes.map((n, i) => [`notes.${i}`, n] as const)];
        for (const [field, value] of statements) {
          const problem = value?.source.startsWith('/') ? linkTargetProblem(value.source, contentDir) : null;
          if (problem) problems.push({ field: `${field}.source`, message: problem });
        }
        return problems;
      },
    },
  };

  const events: CollectionFiles<EventYear> = {
    folder: 'events',
    pattern: '[^_]*.{yaml,yml}',
    rules: {
      schema: eventsSchema,
      entry: ({ id, data }) => {
        const plan = planFor(contentDir, data.year, 'year');
        return [...plan.problems, ...checkEventsFile(data, id, { policies: policySlugs(contentDir), targets: plan.problems.length ? undefined : (plan.facts?.targets ?? null) })];
      },
    },
  };

  const progress: CollectionFiles<ProgressFile> = {
    folder: 'progress',
    pattern: '[^_]*.{yaml,yml}',
    rules: {
      schema: progressSchema,
      entry: ({ id, data }) => {
        const plan = planFor(contentDir, data.year, 'year');
        return plan.problems.length ? plan.problems : checkProgressFile(data, id, plan.facts);
      },
    },
  };

  return { plans, products, tv, bulletins, policies, events, progress };
}

export type CollectionName = keyof ReturnType<typeof contentCollections>;
