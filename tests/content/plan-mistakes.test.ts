// A staff member's mistake in a plan file stops the build's content step with
// a message that names the file, the field and what is expected. Each mistake
// is checked in a copy of content/ the way the build checks it (in
// milliseconds); one real build proves that the build stops with the same block.
import { describe, expect, test } from 'vitest';
import { checkCollection } from '../../src/loaders/check-folder.ts';
import { contentFixture, expectNamed, expectSameBlocks, expectStopped, mistakesIn, runAstro } from '../support/content-fixture.ts';

const PLAN = 'plans/2024.md';

/** A copy of content/ with `change` made to the plan. */
function planWith(change: (text: string) => string) {
  const fixture = contentFixture();
  fixture.edit(PLAN, change);
  return fixture;
}

const partsOffBySomeDong = (t: string) => t.replace('amount: 1553752750', 'amount: 1553752700');

describe('plan content mistakes', () => {
  test('control: the unchanged content passes', () => {
    expect(mistakesIn(contentFixture()).map((e) => e.message)).toEqual([]);
  });

  test.each([
    {
      mistake: 'a missing required field',
      change: (t: string) => t.replace(/^title: .*\n/m, ''),
      field: 'title',
      expected: /trường "title": thiếu trường bắt buộc/,
    },
    {
      mistake: 'a wrong type',
      change: (t: string) => t.replace('total: 7165488080', 'total: "7.165.488.080"'),
      field: 'budget.total',
      expected: /trường "budget.total": cần một số, nhưng đang là chữ/,
    },
    {
      mistake: 'an unknown field',
      change: (t: string) => t.replace(/^place: /m, 'plase: '),
      field: 'plase',
      expected: /trường "plase": có trường không có trong mẫu/,
    },
    {
      mistake: 'an impossible date',
      change: (t: string) => t.replace('issued: "2024-06-04"', 'issued: "2024-13-45"'),
      field: 'issued',
      expected: /trường "issued": "2024-13-45" không phải một ngày có thật/,
    },
    {
      mistake: 'a date without quotes (YAML would silently change it)',
      change: (t: string) => t.replace('date: "2012-05-21"', 'date: 2012-05-21'),
      field: 'legalBases.0.date',
      expected: /trường "legalBases.0.date": ngày phải viết trong dấu ngoặc kép/,
    },
    {
      mistake: 'budget parts that do not add up to the total',
      change: partsOffBySomeDong,
      field: 'budget.sources',
      expected: /trường "budget.sources": các nguồn cộng lại được 7\.165\.488\.030 đồng, khác tổng kinh phí 7\.165\.488\.080 đồng/,
    },
    {
      mistake: 'a share in the text that the amounts do not give',
      change: (t: string) => t.replace('chiếm 78,32%', 'chiếm 78,23%'),
      field: 'budget.sources',
      expected: /văn bản ghi tỷ lệ 78,23 %.*tính từ số tiền được 78,32 %/,
    },
    {
      mistake: 'a target whose quoted phrase is not in the text',
      change: (t: string) => t.replace('stated: Hỗ trợ 07 cơ sở', 'stated: Hỗ trợ 08 cơ sở'),
      field: 'targets.2.stated',
      expected: /trường "targets.2.stated": cụm từ "Hỗ trợ 08 cơ sở.*không có trong toàn văn/,
    },
  ])('$mistake: the plan file and field $field are named', ({ change, field, expected }) => {
    const fixture = planWith(change);
    expectNamed(mistakesIn(fixture), fixture.file(PLAN), field, expected);
  });

  test('several mistakes in one file are all named at once', () => {
    const fixture = planWith((t) => t.replace(/^title: .*\n/m, '').replace('issued: "2024-06-04"', 'issued: "2024-13-45"'));
    const errors = mistakesIn(fixture);
    expectNamed(errors, fixture.file(PLAN), 'title', /thiếu trường bắt buộc/);
    expectNamed(errors, fixture.file(PLAN), 'issued', /không phải một ngày có thật/);
  });

  test('the real build stops on budget parts that do not add up, printing the same block as the fast check', () => {
    const fixture = planWith(partsOffBySomeDong);
    const run = runAstro(fixture, ['build', '--outDir', `${fixture.root}/dist`]);
    expectStopped(run, fixture.file(PLAN), 'budget.sources', /các nguồn cộng lại được 7\.165\.488\.030 đồng, khác tổng kinh phí 7\.165\.488\.080 đồng/);
    expectSameBlocks(run, checkCollection(fixture.dir, 'plans'));
  });
});
