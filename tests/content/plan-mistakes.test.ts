// A staff member's mistake in a plan file stops the build's content step with
// a message that names the file, the field and what is expected.
import { describe, expect, test } from 'vitest';
import { contentFixture, runAstro } from '../support/content-fixture';

const PLAN = 'plans/2024.md';

function syncWith(change: (text: string) => string) {
  const fixture = contentFixture();
  fixture.edit(PLAN, change);
  return { ...runAstro(fixture, ['sync']), file: `${fixture.dir}/${PLAN}` };
}

describe('plan content mistakes', () => {
  test('control: the unchanged content passes', () => {
    const fixture = contentFixture();
    const { status, output } = runAstro(fixture, ['sync']);
    expect(output).not.toContain('Lỗi nội dung');
    expect(status).toBe(0);
  });

  test.each([
    {
      mistake: 'budget parts that do not add up to the total',
      change: (t: string) => t.replace('amount: 1553752750', 'amount: 1553752700'),
      field: 'budget.sources',
      expected: /cộng lại được 7\.165\.488\.030 đồng, khác tổng kinh phí 7\.165\.488\.080 đồng/,
    },
    {
      mistake: 'a missing required field',
      change: (t: string) => t.replace(/^title: .*\n/m, ''),
      field: 'title',
      expected: /thiếu trường bắt buộc/,
    },
    {
      mistake: 'a wrong type',
      change: (t: string) => t.replace('total: 7165488080', 'total: "7.165.488.080"'),
      field: 'budget.total',
      expected: /cần một số, nhưng đang là chữ/,
    },
    {
      mistake: 'an unknown field',
      change: (t: string) => t.replace(/^number: /m, 'nunber: '),
      field: 'nunber',
      expected: /không có trong mẫu/,
    },
    {
      mistake: 'an impossible date',
      change: (t: string) => t.replace('issued: "2024-06-04"', 'issued: "2024-13-45"'),
      field: 'issued',
      expected: /không phải một ngày có thật/,
    },
    {
      mistake: 'a date without quotes (YAML would silently change it)',
      change: (t: string) => t.replace('issued: "2024-06-04"', 'issued: 2024-06-04'),
      field: 'issued',
      expected: /dấu ngoặc kép/,
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
      expected: /không có trong toàn văn/,
    },
  ])('$mistake stops the build, naming file and field', ({ change, field, expected }) => {
    const { status, output, file } = syncWith(change);
    expect(status).not.toBe(0);
    expect(output).toContain(`Lỗi nội dung trong tệp ${file}`);
    expect(output).toContain(`trường "${field}"`);
    expect(output).toMatch(expected);
  });
});
