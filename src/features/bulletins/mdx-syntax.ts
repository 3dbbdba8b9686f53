// Finds an MDX syntax mistake while content is loaded, with the same parser
// that Astro's MDX integration uses (satteri), so that the build stops at
// once with the file's line and a plain Vietnamese explanation.
import { createMdxMdastHandle, dropHandle } from 'satteri';
import type { FieldProblem } from '../../lib/content-errors.ts';

/** The data block at the top is replaced by empty lines, so that line numbers are the file's own. */
function blankFrontmatter(source: string): string {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return source;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return end < 0 ? source : lines.map((l, i) => (i <= end ? '' : l)).join('\n');
}

/** The MDX syntax problem of a whole .mdx file's text, or none. */
export function checkMdxSyntax(source: string): FieldProblem[] {
  try {
    dropHandle(createMdxMdastHandle(blankFrontmatter(source), {}, false));
    return [];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+)/.exec(detail);
    const where = at ? `dòng ${at[1]}, cột ${at[2]}` : 'phần nội dung';
    return [
      {
        field: `(nội dung, ${where})`,
        message:
          `cú pháp MDX sai tại ${where}: kiểm tra thẻ thành phần ở dòng này (như <Callout>, <Figure>, <LinkCard />) ` +
          'đã đóng đúng chưa (thẻ có nội dung cần thẻ đóng </Tên>, thẻ không nội dung kết thúc bằng />) và các dấu ngoặc kép, ngoặc nhọn {}; ' +
          `muốn viết dấu < hoặc { như chữ thường, viết \\< hoặc \\{. (Chi tiết kỹ thuật: ${detail.replace(/^\d+:\d+:\s*/, '')})`,
      },
    ];
  }
}
