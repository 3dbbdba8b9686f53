// Statements that name their source (src/schemas/sourced.ts): the checks a
// file of them must pass beyond its schema (every statement names a document
// the file lists; section ids are unique), and the pieces the pages show.
// Pure TypeScript, no Astro imports.
import { listOf, type FieldProblem } from '../../lib/content-errors.ts';
import { t } from '../../lib/i18n.ts';
import { APPLY_STEPS, type ApplyData, type ApplyStep } from '../../schemas/apply.ts';
import type { CitedDocument, CitedStatement, SourcedPage } from '../../schemas/sourced.ts';

/** A statement and the field it is written in ("sections.0.statements.2"). */
export interface Cited {
  field: string;
  statement: CitedStatement;
}

/** Every statement of a page of sourced sections, with its field. */
export function pageStatements(page: Pick<SourcedPage, 'sections'>): Cited[] {
  return page.sections.flatMap((s, i) => s.statements.map((statement, j) => ({ field: `sections.${i}.statements.${j}`, statement })));
}

/** Every statement of the how-to-apply file, with its field. */
export function applyStatements(data: Pick<ApplyData, 'steps' | 'notes'>): Cited[] {
  return [
    ...APPLY_STEPS.flatMap((key) => (data.steps[key]?.statements ?? []).map((statement, j) => ({ field: `steps.${key}.statements.${j}`, statement }))),
    ...data.notes.map((statement, j) => ({ field: `notes.${j}`, statement })),
  ];
}

/** Each statement names a document that the file lists under "documents". */
export function checkCitations(documents: Readonly<Record<string, CitedDocument>>, cited: readonly Cited[]): FieldProblem[] {
  const ids = Object.keys(documents);
  return cited
    .filter(({ statement }) => !(statement.source in documents))
    .map(({ field, statement }) => ({
      field: `${field}.source`,
      message: ids.length
        ? `không có văn bản mã "${statement.source}" trong "documents" của tệp này; dùng một mã đã khai báo (${listOf(ids)}), hoặc khai báo văn bản đó dưới "documents" (tên ngắn, tên đầy đủ, địa chỉ đọc toàn văn)`
        : `tệp chưa khai báo văn bản nào dưới "documents"; khai báo văn bản "${statement.source}" (tên ngắn, tên đầy đủ, địa chỉ đọc toàn văn) trước khi dẫn`,
    }));
}

/** Section ids are the page's anchors (#trung-tam): each once. */
export function checkSectionIds(sections: readonly { id: string }[]): FieldProblem[] {
  const seen = new Map<string, number>();
  const problems: FieldProblem[] = [];
  sections.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) problems.push({ field: `sections.${i}.id`, message: `mã mục "${s.id}" đã dùng ở mục thứ ${first + 1}; mỗi mục cần một mã riêng (dùng làm neo #${s.id} trên trang)` });
    else seen.set(s.id, i);
  });
  return problems;
}

/** The documents in the order the page first cites them (the list at the foot of the page). */
export function citedDocuments<T>(documents: Readonly<Record<string, T>>, cited: readonly Cited[]): [string, T][] {
  const order = [...new Set(cited.map((c) => c.statement.source))];
  return order.filter((id) => id in documents).map((id) => [id, documents[id]!]);
}

/** The anchor of each how-to-apply step on /chinh-sach/cach-dang-ky/ (policy pages link to them). */
export const STEP_ANCHORS: Record<ApplyStep, string> = {
  who: 'ai-duoc-ho-tro',
  support: 'ho-tro-gi',
  prepare: 'chuan-bi',
  toWhom: 'gui-cho-ai',
  byWhen: 'khi-nao',
  next: 'sau-khi-gui',
};

export const APPLY_PATH = '/chinh-sach/cach-dang-ky/';

/** The pages made of sourced sections: their file in content/about/ and their address. */
export const SOURCED_PAGES: Record<string, string> = { 'gioi-thieu': '/gioi-thieu/', en: '/en/' };

/** How a source address reads in a sentence: "Kế hoạch khuyến công năm 2024" for /ke-hoach/2024/, a host name for a web address. */
export function sourceLabel(address: string): string {
  const plan = /^\/ke-hoach\/(\d{4})\/$/.exec(address);
  if (plan) return t('policy.sourcePlan', { year: plan[1]! });
  return address.startsWith('/') ? address : new URL(address).host;
}
