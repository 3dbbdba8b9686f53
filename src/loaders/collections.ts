// Where each collection's files are (folder and pattern inside the content
// folder) and the rules they must satisfy beyond their schema: checks against
// the plan, links to other content, files that must exist. The checks are the
// features' own pure functions; what needs the disk (another collection's file,
// a photo) is looked up here. Used by src/content.config.ts (through Astro's
// glob loader) and by check-folder.ts (without Astro, for tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkIssueCollection, checkIssueFile, issueSlug, scheduledIssues, type IssueLike } from '../features/bulletins/bulletins.ts';
import { checkMdxSyntax } from '../features/bulletins/mdx-syntax.ts';
import { checkPlaceholders } from '../features/bulletins/new-issue.ts';
import { DRAWING_UNMARKED, duplicateProducts, isDrawingFile, productFolderProblem } from '../features/catalogue/checks.ts';
import { checkEventsFile } from '../features/events/events.ts';
import { checkLegalBases, checkPlanAgainstText } from '../features/plan/checks.ts';
import { checkProgressFile } from '../features/plan/progress.ts';
import { checkPolicy } from '../features/policies/policies.ts';
import { checkBody, type BodyRules } from '../features/site/content-body.ts';
import { checkSiteSettings } from '../features/site/settings.ts';
import { LOGO_MAX_BYTES, logoProblems } from '../features/site/theme.ts';
import { applyStatements, checkCitations, checkSectionIds, pageStatements, SOURCED_PAGES } from '../features/site/citations.ts';
import { checkCollisions, checkRelated, checkScheduleFile } from '../features/tv/schedule.ts';
import { buildDate } from '../lib/build-date.ts';
import { ContentError, type FieldProblem } from '../lib/content-errors.ts';
import { formatDateShort } from '../lib/format.ts';
import { slugify } from '../lib/slug.ts';
import { bulletinFileSchema, type BulletinData } from '../schemas/bulletin.ts';
import { eventsSchema, type EventYear } from '../schemas/events.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { POLICY_SECTIONS, policySchema, type PolicyData } from '../schemas/policy.ts';
import { productFileSchema } from '../schemas/product.ts';
import { progressSchema, type ProgressFile } from '../schemas/progress.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { accessibilitySchema, type AccessibilityData } from '../schemas/accessibility.ts';
import { applySchema, type ApplyData } from '../schemas/apply.ts';
import { sourcedPageSchema, type CitedDocument, type SourcedPage } from '../schemas/sourced.ts';
import { tvSchema, type Schedule } from '../schemas/tv.ts';
import type { CollectionRules } from './checked.ts';
import { bulletinStates, contentExists, linkTargetProblem, type BulletinState } from './content-links.ts';
import { imageRefProblem } from './image-refs.ts';
import { readPlanFacts, type PlanFacts } from './plan-facts.ts';
import { addressBook, routePatterns, type AddressBook, type Moment } from './site-addresses.ts';

/** The content components' files: an .mdx file may import these and nothing else. */
const COMPONENTS_DIR = fileURLToPath(new URL('../components/bulletin/', import.meta.url));

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

/** The logo named in the settings: a file inside the content folder, small, a plain SVG drawing. */
function logoFileProblems(contentDir: string, logo: string | undefined): FieldProblem[] {
  if (!logo) return [];
  const root = path.resolve(contentDir);
  const file = path.resolve(root, logo);
  const field = 'theme.logo';
  if (!file.startsWith(root + path.sep)) return [{ field, message: `tệp biểu trưng "${logo}" nằm ngoài thư mục nội dung; đặt tệp trong thư mục nội dung và ghi tên tệp, ví dụ "logo.svg"` }];
  if (!existsSync(file)) return [{ field, message: `không tìm thấy tệp biểu trưng "${logo}" trong thư mục nội dung` }];
  const svg = readFileSync(file);
  if (svg.length > LOGO_MAX_BYTES) return [{ field, message: `tệp biểu trưng "${logo}" nặng ${Math.round(svg.length / 1000)} KB, quá ${LOGO_MAX_BYTES / 1000} KB; dùng bản SVG gọn hơn` }];
  return logoProblems(svg.toString('utf8')).map((problem) => ({ field, message: `tệp biểu trưng "${logo}" ${problem}; biểu trưng chỉ được là hình vẽ SVG thuần` }));
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

/** Policy file names that a page of the site already uses (/chinh-sach/cach-dang-ky/): a policy there would never be published. */
function reservedPolicySlugs(): string[] {
  return routePatterns().flatMap((r) => /^\/chinh-sach\/([^/[\]]+)\/$/.exec(r)?.[1] ?? []);
}

/** Every collection's files and rules, for the content folder `contentDir`. */
export function contentCollections(contentDir: string) {
  // Lookups in other collections' files on disk, kept for one run of a collection's checks.
  let books = new Map<string, AddressBook>();
  let states: Map<string, BulletinState> | undefined;
  const begin = () => {
    books = new Map();
    states = undefined;
  };
  /** The site's addresses at `moment` (default: the build date). */
  const addressesAt = (moment: Moment = { asOf: buildDate(), drafts: false }) => {
    const key = `${moment.asOf}/${moment.drafts}`;
    const book = books.get(key) ?? addressBook(contentDir, moment);
    books.set(key, book);
    return book;
  };
  const bulletinsOnDisk = () => (states ??= bulletinStates(contentDir));
  /** A file's whole text (lines are the file's own), or its body when the file is not on disk. */
  const textOf = (file: string, body: string | undefined) => (existsSync(file) ? readFileSync(file, 'utf8') : (body ?? ''));
  /** What a content file's text may hold (src/features/site/content-body.ts), its links read at `book`. */
  const bodyRules = (file: string, components: boolean, book: AddressBook): BodyRules => ({
    format: file.endsWith('.mdx') ? 'mdx' : 'md',
    components,
    siteLink: (href) => book.problem(href),
    linkCard: (href) => linkTargetProblem(href, contentDir),
    imageFile: (src) => {
      let name = src;
      try {
        name = decodeURI(src);
      } catch {
        // a stray "%": looked up as written
      }
      return existsSync(path.resolve(path.dirname(file), name))
        ? null
        : `không có tệp ảnh "${src}" cạnh tệp ${path.basename(file)}; đặt ảnh vào cùng thư mục ${path.dirname(file)}/, tên phải khớp từng chữ, kể cả đuôi .webp/.jpg`;
    },
    componentFile: (specifier, name) => path.resolve(path.dirname(file), specifier) === path.join(COMPONENTS_DIR, `${name}.astro`),
  });

  const plans: CollectionFiles<Plan> = {
    folder: 'plans',
    pattern: '[^_]*.{md,mdx}',
    rules: {
      schema: planSchema,
      begin,
      // The plan's text is published word for word: checked, never changed.
      entry: ({ data, body, filePath }) => [
        ...checkLegalBases(data),
        ...checkPlanAgainstText(data, body ?? ''),
        ...(filePath ? checkBody(textOf(filePath, body), bodyRules(filePath, false, addressesAt())) : []),
      ],
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
      begin,
      entry: ({ data, body, filePath }) => {
        const problems: FieldProblem[] = [];
        if (filePath) {
          ((data['photos'] ?? []) as { src: unknown; illustrative?: unknown }[]).forEach((photo, i) => {
            const src = imagePath(photo.src);
            const dir = path.dirname(filePath);
            const missing = `không tìm thấy tệp ảnh "${src}" trong thư mục ${dir}; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và phần đuôi (.jpg, .webp…)`;
            const problem = imageRefProblem(src, filePath, contentDir, missing);
            if (problem) problems.push({ field: `photos.${i}.src`, message: problem });
            // A drawing shown as the product's photo would stand for another product (the same vase for a chair and a basket).
            else if (isDrawingFile(src) && photo.illustrative !== true) problems.push({ field: `photos.${i}.illustrative`, message: DRAWING_UNMARKED(src) });
          });
          problems.push(...checkBody(textOf(filePath, body), bodyRules(filePath, true, addressesAt())));
        }
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
      begin,
      entry: ({ id, data }) => [
        ...checkScheduleFile(data, id),
        ...checkRelated(data, (ref) => {
          if (ref.kind !== 'bulletin') return contentExists(contentDir, ref.kind, ref.id);
          const state = bulletinsOnDisk().get(ref.id);
          if (state?.draft)
            return `bản tin "${ref.id}" là bản nháp (draft: true, tệp ${state.file}), chưa có trang; chỉ liên kết đến bản tin đã xuất bản: xuất bản bản tin đó trước (draft: false), hoặc xóa liên kết này`;
          return !!state;
        }),
      ],
      collection: (entries) => checkCollisions(entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data }))),
      // A link to a bulletin scheduled later is left out of the page until the bulletin's date.
      notices: (entries) => {
        const today = buildDate();
        return entries.flatMap((e) =>
          e.data.features.flatMap((f) =>
            f.related.flatMap((ref) => {
              const state = ref.kind === 'bulletin' ? bulletinsOnDisk().get(ref.id) : undefined;
              return state && !state.draft && state.date > today
                ? [`lịch phát sóng ${e.filePath ?? e.id}, chuyên đề số ${f.number}: liên kết đến bản tin "${ref.id}" chưa hiện, vì bản tin hẹn đăng ngày ${formatDateShort(state.date)}; liên kết tự hiện từ lần dựng ngày đó`]
                : [];
            }),
          ),
        );
      },
    },
  };

  const bulletins: CollectionFiles<BulletinData> = {
    folder: 'bulletins',
    pattern: '**/[^_]*.{md,mdx}',
    // "2024/ke-hoach-2024": the file's own path, so that two years' files never overwrite each other.
    generateId: withoutExtension,
    rules: {
      schema: bulletinFileSchema,
      begin,
      entry: ({ data, body, filePath }) => {
        const file = filePath ?? '';
        const problems = checkIssueFile(file, data);
        // Links are read as on the day the issue appears: the build date, or its own later date; a draft sees drafts.
        const today = buildDate();
        const book = addressesAt(data.draft ? { asOf: '9999-12-31', drafts: true } : { asOf: data.date > today ? data.date : today, drafts: false });
        const cover = data.cover && imagePath(data.cover.image);
        // image() only records the path; a missing file would fail later, without naming the field.
        const coverProblem =
          cover &&
          imageRefProblem(cover, file, contentDir, `không có tệp ảnh "${cover}" cạnh tệp bản tin; đặt ảnh vào cùng thư mục ${path.dirname(file)}/ và viết "./tên-ảnh.webp"`);
        if (coverProblem) problems.push({ field: 'cover.image', message: coverProblem });
        // A draft is not published; once published, a real issue says where its news comes from.
        if (!data.draft) problems.push(...unsourced(data, 'bản tin'));
        const sourceProblem = data.source?.startsWith('/') ? book.problem(data.source) : null;
        if (sourceProblem) problems.push({ field: 'source', message: sourceProblem });
        const text = textOf(file, body);
        if (file.endsWith('.mdx')) problems.push(...checkMdxSyntax(text));
        return [...problems, ...checkBody(text, bodyRules(file, true, book)), ...checkPlaceholders(data, text)];
      },
      collection: (entries) => checkIssueCollection(entries as IssueLike[]),
      notices: (entries) =>
        scheduledIssues(entries, buildDate()).map(
          (e) =>
            `đã hẹn ngày đăng: bản tin số ${e.data.number} "${e.data.title}" (${e.filePath ?? issueSlug(e.id)}) ngày ${formatDateShort(e.data.date)}; ` +
            'trước ngày đó bản tin chưa có trên trang, danh sách, trang chủ, RSS, sơ đồ trang và tìm kiếm (trang cần được dựng lại hằng ngày)',
        ),
    },
  };

  const policies: CollectionFiles<PolicyData> = {
    folder: 'policies',
    pattern: '[^_]*.{yaml,yml}',
    rules: {
      schema: policySchema,
      begin,
      entry: ({ id, data }) => {
        const plan = planFor(contentDir, data.plan, 'plan');
        const problems = plan.problems.length ? plan.problems : checkPolicy(data, plan.facts);
        if (id !== slugify(id)) problems.push({ field: '(tên tệp)', message: `tên tệp "${id}" phải viết thường, không dấu, nối bằng gạch ngang, ví dụ "${slugify(id)}"` });
        if (reservedPolicySlugs().includes(id))
          problems.push({ field: '(tên tệp)', message: `tên tệp "${id}" trùng địa chỉ của một trang có sẵn (/chinh-sach/${id}/), nên chính sách này sẽ không bao giờ được đăng; đặt cho tệp một tên khác` });
        const statements = [...POLICY_SECTIONS.map((k) => [k, data[k]] as const), ...data.notes.map((n, i) => [`notes.${i}`, n] as const)];
        for (const [field, value] of statements) {
          const problem = value?.source.startsWith('/') ? addressesAt().problem(value.source) : null;
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

  // The site's settings: one file at the top of the content folder.
  const site: CollectionFiles<SiteSettings> = {
    folder: '.',
    pattern: 'site.{yaml,yml}',
    rules: { schema: siteSchema, entry: ({ data }) => [...checkSiteSettings(data), ...logoFileProblems(contentDir, data.theme.logo)] },
  };

  /** A page of this site named as a source must exist; a web address is taken as written. */
  const addressProblems = (entries: readonly [string, string | undefined][]): FieldProblem[] =>
    entries.flatMap(([field, address]) => {
      const problem = address?.startsWith('/') ? addressesAt().problem(address) : null;
      return problem ? [{ field, message: problem }] : [];
    });
  const documentAddresses = (documents: Record<string, CitedDocument>) =>
    addressProblems(Object.entries(documents).map(([id, d]) => [`documents.${id}.address`, d.address]));

  // Who runs the site (/gioi-thieu/) and the same in English (/en/): one file per page.
  const about: CollectionFiles<SourcedPage> = {
    folder: 'about',
    pattern: '[^_]*.{yaml,yml}',
    rules: {
      schema: sourcedPageSchema,
      begin,
      entry: ({ id, data }) => [
        ...(id in SOURCED_PAGES
          ? []
          : [{ field: '(tên tệp)', message: `tệp "${id}" không ứng với trang nào; thư mục này chỉ có ${Object.entries(SOURCED_PAGES).map(([f, page]) => `${f}.yaml (trang ${page})`).join(' và ')}` }]),
        ...checkSectionIds(data.sections),
        ...checkCitations(data.documents, pageStatements(data)),
        ...documentAddresses(data.documents),
      ],
    },
  };

  // How to get support (/chinh-sach/cach-dang-ky/): one file at the top of the content folder.
  const apply: CollectionFiles<ApplyData> = {
    folder: '.',
    pattern: 'cach-dang-ky.{yaml,yml}',
    rules: {
      schema: applySchema,
      begin,
      entry: ({ data }) => [...checkCitations(data.documents, applyStatements(data)), ...documentAddresses(data.documents)],
    },
  };

  // The accessibility statement (/kha-nang-tiep-can/): one file at the top of the content folder.
  const accessibility: CollectionFiles<AccessibilityData> = {
    folder: '.',
    pattern: 'kha-nang-tiep-can.{yaml,yml}',
    rules: {
      schema: accessibilitySchema,
      begin,
      entry: ({ data }) => [
        ...checkSectionIds(data.sections),
        ...addressProblems(data.sections.flatMap((s, i) => s.items.map((item, j) => [`sections.${i}.items.${j}.source`, item.source] as [string, string | undefined]))),
      ],
    },
  };

  return { plans, products, tv, bulletins, policies, events, progress, site, about, apply, accessibility };
}

export type CollectionName = keyof ReturnType<typeof contentCollections>;
