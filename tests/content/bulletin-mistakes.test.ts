// A staff member's mistake in a bulletin file stops the build's content step
// with a message naming the file, the field (or the line) and what is expected.
// Checked in copies of content/ the way the build checks them; one real build
// (an MDX mistake) proves that the build stops with the same block.
import { describe, expect, test } from 'vitest';
import { checkCollection } from '../../src/loaders/check-folder.ts';
import { contentFixture, expectNamed, expectSameBlocks, expectStopped, mistakesIn, runAstro, type Fixture } from '../support/content-fixture.ts';

const ISSUE = 'bulletins/2024/hoi-dong-cham-diem-san-pham-cnnt-tieu-bieu-cap-tinh-2024.md';
const MDX = 'bulletins/2024/ke-hoach-2024-ho-tro-nhung-gi.mdx';
const openTag = (f: Fixture) => f.edit(MDX, (t) => t.replace('<Callout title="Kinh phí">', '<Callout title="Kinh phí"'));

/** A copy of content/ changed by `change`. */
function fixtureWith(change: (f: Fixture) => void): Fixture {
  const fixture = contentFixture();
  change(fixture);
  return fixture;
}

describe('bulletin content mistakes', () => {
  test('control: the unchanged content passes', () => {
    expect(mistakesIn(contentFixture()).map((e) => e.message)).toEqual([]);
  });

  test.each([
    {
      mistake: 'an impossible date (2024-13-45)',
      file: ISSUE,
      change: (f: Fixture) => f.edit(ISSUE, (t) => t.replace('date: "2024-12-05"', 'date: "2024-13-45"')),
      field: 'date',
      expected: /"2024-13-45" không phải một ngày có thật/,
    },
    {
      mistake: 'a number used twice in one year',
      file: ISSUE,
      change: (f: Fixture) => f.edit(ISSUE, (t) => t.replace(/^number: 5$/m, 'number: 4')),
      field: 'number',
      expected: /số 4 của năm 2024 đã dùng cho .*binh-chon-san-pham-cnnt-khu-vuc-phia-nam-2024\.md/,
    },
    {
      mistake: 'a missing title',
      file: ISSUE,
      change: (f: Fixture) => f.edit(ISSUE, (t) => t.replace(/^title: .*\n/m, '')),
      field: 'title',
      expected: /thiếu trường bắt buộc/,
    },
    {
      mistake: 'an MDX syntax error (a tag left open)',
      file: MDX,
      change: openTag,
      field: '(nội dung, dòng 28, cột 1)',
      expected: /cú pháp MDX sai tại dòng 28/,
    },
    {
      mistake: 'a cover image that does not exist',
      file: ISSUE,
      change: (f: Fixture) =>
        f.edit(ISSUE, (t) => t.replace('draft: false', 'draft: false\ncover:\n  image: ./khong-co-anh.webp\n  alt: Ảnh bìa')),
      field: 'cover.image',
      expected: /không có tệp ảnh "\.\/khong-co-anh\.webp" cạnh tệp bản tin/,
    },
    {
      mistake: 'a link card to a plan that does not exist',
      file: MDX,
      change: (f: Fixture) => f.edit(MDX, (t) => t.replace('<LinkCard href="/ke-hoach/2024/"', '<LinkCard href="/ke-hoach/2031/"')),
      field: 'LinkCard href (dòng 36)',
      expected: /không có kế hoạch năm 2031/,
    },
    {
      mistake: 'a file name with diacritics',
      file: 'bulletins/2024/Bản-tin-mới.md',
      change: (f: Fixture) =>
        f.write('bulletins/2024/Bản-tin-mới.md', '---\ntitle: Tin\nnumber: 9\ndate: "2024-12-20"\nsummary: Tóm tắt.\nsample: true\n---\n\nNội dung.\n'),
      field: '(tên tệp)',
      expected: /cần viết chữ thường không dấu.*"ban-tin-moi"/,
    },
  ])('$mistake: the file and field $field are named', ({ file, change, field, expected }) => {
    const fixture = fixtureWith(change);
    expectNamed(mistakesIn(fixture), fixture.file(file), field, expected);
  });

  test('the same address in two years names both files', () => {
    const other = 'bulletins/2025/hoi-dong-cham-diem-san-pham-cnnt-tieu-bieu-cap-tinh-2024.md';
    const fixture = fixtureWith((f) =>
      f.write(other, '---\ntitle: Tin\nnumber: 9\ndate: "2025-12-20"\nsummary: Tóm tắt.\nsample: true\n---\n\nNội dung.\n'),
    );
    const errors = mistakesIn(fixture);
    const sameAddress = /cùng địa chỉ \/ban-tin\/hoi-dong-cham-diem-san-pham-cnnt-tieu-bieu-cap-tinh-2024\//;
    expectNamed(errors, fixture.file(ISSUE), '(tên tệp)', sameAddress);
    expectNamed(errors, fixture.file(other), '(tên tệp)', sameAddress);
  });

  test('the real build stops on the MDX mistake, printing the same block as the fast check', () => {
    const fixture = fixtureWith(openTag);
    const run = runAstro(fixture, ['build', '--outDir', `${fixture.root}/dist`]);
    expectStopped(run, fixture.file(MDX), '(nội dung, dòng 28, cột 1)', /cú pháp MDX sai tại dòng 28/);
    expectSameBlocks(run, checkCollection(fixture.dir, 'bulletins'));
  });
});
