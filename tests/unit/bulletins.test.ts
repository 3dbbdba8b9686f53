import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  archivePagePath,
  checkIssueCollection,
  checkIssueFile,
  groupByYear,
  issuePath,
  issueSlug,
  neighbours,
  nextNumber,
  paginate,
  rfc822,
  scheduledIssues,
  sortNewestFirst,
  visibleIssues,
} from '../../src/features/bulletins/bulletins.ts';
import { checkBody } from '../../src/features/site/content-body.ts';
import { contentExists, linkTargetProblem } from '../../src/loaders/content-links.ts';
import { contentHref } from '../../src/features/site/links.ts';
import { checkMdxSyntax } from '../../src/features/bulletins/mdx-syntax.ts';
import { newIssueText } from '../../src/features/bulletins/new-issue.ts';

const issue = (id: string, number: number, date: string, draft = false) => ({
  id,
  filePath: `content/bulletins/${id}.md`,
  data: { number, date, draft },
});

describe('addresses', () => {
  test('the address is the file name, whatever the year folder', () => {
    expect(issueSlug('2024/ke-hoach-2024')).toBe('ke-hoach-2024');
    expect(issueSlug('content/bulletins/2024/ke-hoach-2024.mdx')).toBe('ke-hoach-2024');
    expect(issuePath('2025/gom-bien-hoa')).toBe('/ban-tin/gom-bien-hoa/');
  });
  test('archive pages after the first live under /ban-tin/trang/', () => {
    expect(archivePagePath(1)).toBe('/ban-tin/');
    expect(archivePagePath(3)).toBe('/ban-tin/trang/3/');
  });
  test.each([
    ['content/bulletins/2024/ke-hoach-2024.md', []],
    ['content/bulletins/2024/Kế-hoạch.md', ['(tên tệp)']],
    ['content/bulletins/ke-hoach.md', ['(thư mục)']],
    ['content/bulletins/2023/ke-hoach.md', ['date']],
  ])('%s: file name and year folder checked', (file, fields) => {
    expect(checkIssueFile(file, { date: '2024-06-10' }).map((p) => p.field)).toEqual(fields);
  });
});

describe('order, groups, pages, neighbours', () => {
  const list = [issue('2024/a', 1, '2024-06-10'), issue('2025/c', 1, '2025-01-15'), issue('2024/b', 2, '2024-06-10')];
  const sorted = sortNewestFirst(list);
  test('newest first: by date, then by number', () => {
    expect(sorted.map((i) => i.id)).toEqual(['2025/c', '2024/b', '2024/a']);
  });
  test('grouped by year, newest year first', () => {
    expect(groupByYear(sorted).map((g) => [g.year, g.issues.length])).toEqual([
      [2025, 1],
      [2024, 2],
    ]);
  });
  test('pages of 20, and one empty page when there is nothing', () => {
    expect(paginate(Array.from({ length: 41 }, (_, i) => i)).map((p) => p.length)).toEqual([20, 20, 1]);
    expect(paginate([])).toEqual([[]]);
  });
  test('the older and the newer issue', () => {
    expect(neighbours(sorted, '2024/b')).toEqual({ older: sorted[2], newer: sorted[0] });
    expect(neighbours(sorted, '2025/c')).toEqual({ older: sorted[1] });
    expect(neighbours(sorted, '2024/a')).toEqual({ newer: sorted[1] });
  });
});

describe('drafts and scheduled issues', () => {
  const list = [issue('2024/a', 1, '2024-06-10'), issue('2024/b', 2, '2024-06-11', true), issue('2024/c', 3, '2024-06-12'), issue('2024/d', 4, '2024-07-01')];
  test('a build leaves drafts out, and issues dated after the build date until that date', () => {
    expect(visibleIssues(list, false, '2024-06-11').map((i) => i.id)).toEqual(['2024/a']);
    expect(visibleIssues(list, false, '2024-06-12').map((i) => i.id)).toEqual(['2024/a', '2024/c']);
    expect(visibleIssues(list, false, '2024-07-01').map((i) => i.id)).toEqual(['2024/a', '2024/c', '2024/d']);
  });
  test('a preview (npm run dev) shows them all', () => {
    expect(visibleIssues(list, true, '2024-06-11').map((i) => i.id)).toEqual(['2024/a', '2024/b', '2024/c', '2024/d']);
  });
  test('the scheduled issues, soonest first, without drafts', () => {
    expect(scheduledIssues([...list].reverse(), '2024-06-10').map((i) => i.id)).toEqual(['2024/c', '2024/d']);
    expect(scheduledIssues(list, '2024-07-01')).toEqual([]);
  });
});

describe('numbering', () => {
  test('the next free number of a year', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([1, 2, 4])).toBe(5);
  });
  test('a number used twice in one year is reported on both files, naming the other', () => {
    const found = checkIssueCollection([issue('2024/a', 3, '2024-06-10'), issue('2024/b', 3, '2024-07-01'), issue('2025/c', 3, '2025-01-01')]);
    expect(found.map((f) => f.file)).toEqual(['content/bulletins/2024/a.md', 'content/bulletins/2024/b.md']);
    expect(found[0]!.problems[0]).toMatchObject({ field: 'number' });
    expect(found[0]!.problems[0]!.message).toContain('content/bulletins/2024/b.md');
  });
  test('one address in two years is reported on both files', () => {
    const found = checkIssueCollection([issue('2024/a', 1, '2024-06-10'), issue('2025/a', 1, '2025-06-10')]);
    expect(found.map((f) => [f.file, f.problems[0]!.field])).toEqual([
      ['content/bulletins/2024/a.md', '(tên tệp)'],
      ['content/bulletins/2025/a.md', '(tên tệp)'],
    ]);
  });
});

describe('dates for feeds and structured data', () => {
  test.each([
    ['2024-12-03', 'Tue, 03 Dec 2024 00:00:00 +0700'],
    ['2024-06-10', 'Mon, 10 Jun 2024 00:00:00 +0700'],
    ['2025-01-01', 'Wed, 01 Jan 2025 00:00:00 +0700'],
    ['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 +0700'],
  ])('%s → %s (RFC 822, Việt Nam time)', (iso, text) => {
    expect(rfc822(iso)).toBe(text);
  });
  test('an impossible date is refused', () => {
    expect(() => rfc822('2024-13-45')).toThrow(RangeError);
  });
});

describe('links from bulletins to plans and products', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kc-links-'));
  mkdirSync(path.join(dir, 'plans'));
  writeFileSync(path.join(dir, 'plans', '2024.md'), '');
  mkdirSync(path.join(dir, 'products', 'ghe-xich-du-may'), { recursive: true });
  writeFileSync(path.join(dir, 'products', 'ghe-xich-du-may', 'index.md'), '');
  mkdirSync(path.join(dir, 'products', 'thu-muc-rong'));
  mkdirSync(path.join(dir, 'bulletins', '2025'), { recursive: true });
  writeFileSync(path.join(dir, 'bulletins', '2025', 'mot-so.mdx'), '');
  test('content is found by kind and id; bulletins in any year; an empty folder is no product', () => {
    expect(contentExists(dir, 'plan', '2024')).toBe(true);
    expect(contentExists(dir, 'product', 'ghe-xich-du-may')).toBe(true);
    expect(contentExists(dir, 'product', 'thu-muc-rong')).toBe(false);
    expect(contentExists(dir, 'bulletin', 'mot-so')).toBe(true);
    expect(contentExists(dir, 'bulletin', 'khong-co')).toBe(false);
    expect(contentExists(dir, 'plan', '../plans/2024')).toBe(false);
    expect(contentHref('bulletin', 'mot-so')).toBe('/ban-tin/mot-so/');
  });
  test.each([
    ['/ke-hoach/2024/', null],
    ['/san-pham/ghe-xich-du-may/', null],
    ['https://example.gov.vn/', null],
    ['/ke-hoach/2031/', /không có kế hoạch năm 2031/],
    ['/san-pham/khong-co/', /không có sản phẩm "khong-co"/],
    ['/trang-la/', /không phải trang kế hoạch/],
  ])('%s', (href, expected) => {
    const problem = linkTargetProblem(href, dir);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeNull();
  });
  test('a LinkCard to a missing plan is reported with its line', () => {
    const file = '---\ntitle: x\n---\n\nĐoạn một.\n\n<LinkCard href="/ke-hoach/2031/" title="x" kind="plan" />\n';
    const rules = { format: 'mdx' as const, components: true, siteLink: () => null, linkCard: (href: string) => linkTargetProblem(href, dir) };
    expect(checkBody(file, rules)).toEqual([{ field: 'LinkCard href (dòng 7)', message: expect.stringContaining('2031') }]);
  });
});

describe('MDX syntax', () => {
  test('a valid file passes', () => {
    expect(checkMdxSyntax('---\ntitle: x\n---\n\n<Callout title="a">\nb\n</Callout>\n')).toEqual([]);
  });
  test('an unclosed tag is reported with the line of the file', () => {
    const [problem] = checkMdxSyntax('---\ntitle: x\n---\n\nĐoạn.\n\n<Callout title="a"\nb\n');
    expect(problem!.field).toContain('dòng 7');
    expect(problem!.message).toMatch(/cú pháp MDX sai/);
  });
});

describe('a new issue file', () => {
  test('has every field, today, the number given, and starts as a draft', () => {
    const text = newIssueText({ title: 'Tin "mới"', number: 7, date: '2025-11-27' });
    expect(text).toContain('title: "Tin \\"mới\\""');
    expect(text).toMatch(/^number: 7 /m);
    expect(text).toMatch(/^date: "2025-11-27"/m);
    for (const field of ['summary:', 'tags:', 'sample:', 'source:', 'draft: true', '# cover:', '# updated:']) expect(text).toContain(field);
  });
});
