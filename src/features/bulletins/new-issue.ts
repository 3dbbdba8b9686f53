// The text of a new bulletin file, as `npm run new -- ban-tin "Tiêu đề"` writes it:
// every field present, ready to fill, and valid as it is (a draft); and the
// check that none of its placeholder sentences is published.
import type { FieldProblem } from '../../lib/content-errors.ts';

export interface NewIssue {
  title: string;
  number: number;
  /** "YYYY-MM-DD", today in Việt Nam. */
  date: string;
}

/**
 * The sentences a new file holds for staff to replace. The build refuses an
 * issue that is no longer a draft and still holds one (checkPlaceholders).
 */
export const PLACEHOLDERS = {
  summary: 'Viết ở đây hai, ba câu tóm tắt bản tin.',
  body: 'Viết nội dung bản tin ở đây.',
  coverAlt: 'Mô tả ngắn nội dung ảnh cho người không xem được ảnh',
} as const;

/** YAML-safe quoting of a one-line text. */
const quote = (s: string) => JSON.stringify(s.normalize('NFC'));

export function newIssueText({ title, number, date }: NewIssue): string {
  return `---
# Bản tin Khuyến công. Điền các trường dưới đây rồi viết nội dung sau dòng --- thứ hai.
# Hướng dẫn đầy đủ: docs/huong-dan-bien-tap.md
title: ${quote(title)}
number: ${number} # số bản tin trong năm, máy đã chọn số tiếp theo còn trống
date: "${date}" # ngày phát hành, dạng "YYYY-MM-DD", trong ngoặc kép
# updated: "${date}" # bỏ dấu # nếu sửa bản tin sau khi đã phát hành
summary: >-
  ${PLACEHOLDERS.summary} Tóm tắt hiện trong danh sách, trên trang chủ và trong RSS.
# cover: # ảnh bìa (nếu có): đặt tệp ảnh cạnh tệp này, rồi bỏ dấu # ở ba dòng
#   image: ./anh-bia.webp
#   alt: "${PLACEHOLDERS.coverAlt}"
tags: [] # chủ đề, ví dụ [hội chợ, sản phẩm tiêu biểu]
sample: false # true nếu là nội dung minh họa, không phải tin thật
source: "" # nguồn công khai (https://… hoặc trang của trang này, ví dụ /ke-hoach/2024/); bắt buộc khi xuất bản, trừ nội dung minh họa
draft: true # bản nháp: chỉ hiện khi xem trước; đổi thành false để xuất bản
---

${PLACEHOLDERS.body} Mỗi đoạn cách nhau một dòng trống.
`;
}

/**
 * The placeholder sentences still in an issue that is no longer a draft:
 * `summary`, `cover.alt`, and each line of the text (`source` is the whole
 * file, so that line numbers are the file's own).
 */
export function checkPlaceholders(data: { draft?: boolean | undefined; summary: string; cover?: { alt: string } | undefined }, source: string): FieldProblem[] {
  if (data.draft) return [];
  const left = (sentence: string) =>
    `câu mẫu "${sentence}" của tệp mới (npm run new) vẫn còn; thay bằng nội dung thật trước khi xuất bản (draft: false), hoặc giữ "draft: true"`;
  // Words of a sentence, however the lines were wrapped.
  const loosely = (sentence: string) => new RegExp(sentence.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  const problems: FieldProblem[] = [];
  if (loosely(PLACEHOLDERS.summary).test(data.summary)) problems.push({ field: 'summary', message: left(PLACEHOLDERS.summary) });
  if (data.cover && loosely(PLACEHOLDERS.coverAlt).test(data.cover.alt)) problems.push({ field: 'cover.alt', message: left(PLACEHOLDERS.coverAlt) });
  const head = /^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(source)?.[0] ?? '';
  for (const m of source.slice(head.length).matchAll(loosely(PLACEHOLDERS.body))) {
    const line = source.slice(0, head.length + m.index).split('\n').length;
    problems.push({ field: `(nội dung, dòng ${line})`, message: left(PLACEHOLDERS.body) });
  }
  return problems;
}
