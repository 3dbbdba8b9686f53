// A staff member's mistake in a plan file stops the build's content step with
// a message that names the file, the field and what is expected. Mistakes the
// schema sees are all reported by one build; checks that need a valid file
// (the budget's sum, the text) get a build of their own.
import { describe, expect, test } from 'vitest';
import { contentFixture, runAstro } from '../support/content-fixture.ts';

const PLAN = 'plans/2024.md';

function syncWith(changes: ((text: string) => string)[]) {
  const fixture = contentFixture();
  for (const change of changes) fixture.edit(PLAN, change);
  const { status, output } = runAstro(fixture, ['sync']);
  return { status, output, file: `${fixture.dir}/${PLAN}` };
}

interface Case {
  mistake: string;
  change: (text: string) => string;
  field: string;
  expected: RegExp;
}

const schemaMistakes: Case[] = [
  {
    mistake: 'a missing required field',
    change: (t) => t.replace(/^title: .*\n/m, ''),
    field: 'title',
    expected: /trường "title": thiếu trường bắt buộc/,
  },
  {
    mistake: 'a wrong type',
    change: (t) => t.replace('total: 7165488080', 'total: "7.165.488.080"'),
    field: 'budget.total',
    expected: /trường "budget.total": cần một số, nhưng đang là chữ/,
  },
  {
    mistake: 'an unknown field',
    change: (t) => t.replace(/^place: /m, 'plase: '),
    field: 'plase',
    expected: /trường "plase": có trường không có trong mẫu/,
  },
  {
    mistake: 'an impossible date',
    change: (t) => t.replace('issued: "2024-06-04"', 'issued: "2024-13-45"'),
    field: 'issued',
    expected: /trường "issued": "2024-13-45" không phải một ngày có thật/,
  },
  {
    mistake: 'a date without quotes (YAML would silently change it)',
    change: (t) => t.replace('date: "2012-05-21"', 'date: 2012-05-21'),
    field: 'legalBases.0.date',
    expected: /trường "legalBases.0.date": ngày phải viết trong dấu ngoặc kép/,
  },
];

const textMistakes: Case[] = [
  {
    mistake: 'a share in the text that the amounts do not give',
    change: (t) => t.replace('chiếm 78,32%', 'chiếm 78,23%'),
    field: 'budget.sources',
    expected: /văn bản ghi tỷ lệ 78,23 %.*tính từ số tiền được 78,32 %/,
  },
  {
    mistake: 'a target whose quoted phrase is not in the text',
    change: (t) => t.replace('stated: Hỗ trợ 07 cơ sở', 'stated: Hỗ trợ 08 cơ sở'),
    field: 'targets.2.stated',
    expected: /trường "targets.2.stated": cụm từ "Hỗ trợ 08 cơ sở.*không có trong toàn văn/,
  },
];

describe('plan content mistakes', () => {
  test('control: the unchanged content passes', () => {
    const { status, output } = syncWith([]);
    expect(output).not.toContain('Lỗi nội dung');
    expect(status).toBe(0);
  });

  test('budget parts that do not add up to the total stop the build, naming file and field', () => {
    const { status, output, file } = syncWith([(t) => t.replace('amount: 1553752750', 'amount: 1553752700')]);
    expect(status).not.toBe(0);
    expect(output).toContain(`Lỗi nội dung trong tệp ${file}`);
    expect(output).toMatch(/trường "budget.sources": các nguồn cộng lại được 7\.165\.488\.030 đồng, khác tổng kinh phí 7\.165\.488\.080 đồng/);
  });

  describe.each([
    ['found by the schema', schemaMistakes],
    ['found against the text', textMistakes],
  ])('mistakes %s, all named by one build', (_, cases) => {
    const run = syncWith(cases.map((c) => c.change));
    test('the build stops and names the file', () => {
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(`Lỗi nội dung trong tệp ${run.file}`);
    });
    test.each(cases)('$mistake: field $field', ({ expected }) => {
      expect(run.output).toMatch(expected);
    });
  });
});
