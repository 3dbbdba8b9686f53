// Statements that name their source: the pieces of the pages that say who runs
// the site and how to get support (content/about/*.yaml, content/cach-dang-ky.yaml).
// A file lists the documents it relies on once, under "documents" (which text,
// which version was read, where its full text is public); each statement names
// one of them by its id and the place in it ("Điều 8 khoản 1", "mục II.6").
// What no source says is not written as a statement: an "ask" sentence says
// what is still unanswered, and the page adds where to ask (/lien-he/).
import { z } from 'astro/zod';
import { slugId, sourceAddress, text } from './fields.ts';

/** The id of a document: lowercase letters, digits and hyphens ("nd-45-2012"). */
export const documentId = slugId('mã văn bản chỉ gồm chữ thường không dấu, chữ số và gạch ngang, ví dụ "nd-45-2012"');

/** A document a page relies on. */
export const citedDocumentSchema = z.strictObject({
  short: text, // tên ngắn, hiện sau mỗi câu dẫn văn bản này: "Nghị định 45/2012/NĐ-CP"
  title: text, // tên văn bản như người đọc nhận ra: "Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công"
  version: text.optional(), // bản nào đã được đọc, văn bản nào đã sửa đổi hoặc thay thế nó (nếu biết)
  address: sourceAddress, // nơi đọc được toàn văn: https://… hoặc một trang của trang này (/ke-hoach/2024/)
});

/** One statement and where it comes from. */
export const citedStatementSchema = z.strictObject({
  text: text, // câu viết cho người đọc, chỉ nói điều văn bản nói
  source: documentId, // mã của văn bản trong "documents"
  cite: text.optional(), // vị trí trong văn bản: "Điều 8 khoản 1", "mục II.6.b"
});

/** The documents of a file, by id. */
export const documentsSchema = z.record(documentId, citedDocumentSchema);

/** A section of a page: a heading, its statements, and what is still unanswered. */
export const sourcedSectionSchema = z.strictObject({
  id: slugId('mã mục (dùng làm neo #… trên trang) chỉ gồm chữ thường không dấu, chữ số và gạch ngang, ví dụ "trung-tam"'), // neo của mục trên trang
  heading: text, // tiêu đề mục
  statements: z.array(citedStatementSchema).min(1), // các câu, mỗi câu một nguồn
  ask: text.optional(), // điều chưa có nguồn công khai nào trả lời: trang thêm "hỏi ở đâu" (/lien-he/)
});

/** A page made of sourced sections: /gioi-thieu/ and /en/ (content/about/<page>.yaml). */
export const sourcedPageSchema = z.strictObject({
  title: text, // tiêu đề trang
  summary: text, // một, hai câu mở đầu (cũng là mô tả cho máy tìm kiếm)
  documents: documentsSchema, // các văn bản được dẫn, mỗi văn bản một mã
  sections: z.array(sourcedSectionSchema).min(1), // các mục của trang, theo thứ tự
});

export type CitedDocument = z.output<typeof citedDocumentSchema>;
export type CitedStatement = z.output<typeof citedStatementSchema>;
export type SourcedSection = z.output<typeof sourcedSectionSchema>;
export type SourcedPage = z.output<typeof sourcedPageSchema>;
