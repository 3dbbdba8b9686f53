// The TV schedule file (content/tv/<year>.yaml): each staff mistake stops the
// build naming file and field; and a build at a chosen date (BUILD_DATE) splits
// what has aired from what is coming, counting only confirmed features as aired.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentFixture, expectStopped, type Fixture, runAstro, tempDir } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';

const TV = 'tv/2024.yaml';
const FIRST_RELATED = 'related:\n      - kind: plan\n        id: "2024"';

function syncWith(change: (text: string) => string, prepare?: (f: Fixture) => void) {
  const fixture = contentFixture();
  prepare?.(fixture);
  fixture.edit(TV, change);
  return { ...runAstro(fixture, ['sync']), file: `${fixture.dir}/${TV}` };
}

describe('TV schedule mistakes', () => {
  test('control: links to a product and a bulletin that exist pass', () => {
    const { status, output } = syncWith(
      (t) => t.replace(FIRST_RELATED, `${FIRST_RELATED}\n      - kind: product\n        id: ghe-xich-du-may\n      - kind: bulletin\n        id: ke-hoach-khuyen-cong-2024-duoc-ban-hanh`),
    );
    expect(output).not.toContain('Lỗi nội dung');
    expect(status).toBe(0);
  });

  test.each([
    {
      mistake: 'an impossible date (2024-02-30)',
      change: (t: string) => t.replace('date: "2024-02-28"', 'date: "2024-02-30"'),
      field: 'features.3.date',
      expected: /"2024-02-30" không phải một ngày có thật/,
    },
    {
      mistake: 'an impossible time (25:00)',
      change: (t: string) => t.replace(/time: "20:00"/, 'time: "25:00"'),
      field: 'features.0.time',
      expected: /"25:00" không phải giờ hợp lệ/,
    },
    {
      mistake: 'two features at the same time on the same channel',
      change: (t: string) => t.replace('date: "2024-02-28"', 'date: "2024-02-14"'),
      field: 'features.3.time',
      expected: /chuyên đề số 4 \(Thứ Tư, 14\/2\/2024, 20:00–20:15\) trùng giờ với chuyên đề số 3 .*trên cùng kênh "Đài Phát thanh – Truyền hình Đồng Nai"/,
    },
    {
      mistake: 'a number used twice',
      change: (t: string) => t.replace('- number: 4\n', '- number: 3\n'),
      field: 'features.3.number',
      expected: /số 3 đã dùng cho chuyên đề thứ 3 trong tệp/,
    },
    {
      mistake: 'a related product that does not exist',
      change: (t: string) => t.replace(FIRST_RELATED, 'related:\n      - kind: product\n        id: khong-co-san-pham'),
      field: 'features.0.related.0.id',
      expected: /không có sản phẩm "khong-co-san-pham" \(tìm ở content\/products\/<mã>\/\)/,
    },
    {
      mistake: 'a related bulletin that does not exist',
      change: (t: string) => t.replace(FIRST_RELATED, 'related:\n      - kind: bulletin\n        id: so-99-khong-co'),
      field: 'features.0.related.0.id',
      expected: /không có bản tin "so-99-khong-co" \(tìm ở content\/bulletins\/<năm>\/<mã>\.md\)/,
    },
    {
      mistake: 'a channel spelled differently from the list',
      change: (t: string) => t.replace(/(- number: 2\n(?:.*\n)*?    channel: )Đài Phát thanh – Truyền hình Đồng Nai/, '$1Đài PT-TH Đồng Nai'),
      field: 'features.1.channel',
      expected: /kênh "Đài PT-TH Đồng Nai" không có trong danh sách "channels"/,
    },
  ])('$mistake stops the build, naming file and field', ({ change, field, expected }) => {
    const run = syncWith(change);
    expectStopped(run, run.file, field, expected);
  });
});

describe('a build on 1 July 2024 (BUILD_DATE) with feature 1 confirmed by a source', () => {
  const out = tempDir('kc-dist-');
  const page = (p: string) => textOf(readFileSync(path.join(out, p, 'index.html'), 'utf8'));

  beforeAll(() => {
    const fixture = contentFixture();
    fixture.edit(TV, (t) =>
      t.replace(`${FIRST_RELATED}\n    sample: true`, `${FIRST_RELATED}\n    source: https://example.org/chuyen-de-1`),
    );
    const { status, output } = runAstro(fixture, ['build', '--outDir', out], { BUILD_DATE: '2024-07-01' });
    if (status !== 0) throw new Error(output);
  }, 180_000);

  test('the page shows the build date, 12 past and 12 coming, and the next feature', () => {
    const text = page('truyen-hinh');
    expect(text).toContain('Cập nhật ngày 01/7/2024');
    expect(text).toContain('12 chuyên đề đã qua ngày phát sóng, 12 chuyên đề sắp phát sóng');
    expect(text).toMatch(/Chuyên đề tiếp theo: [^,]+, Thứ Tư, 10\/7\/2024, 20:00–20:15/);
  });

  test('statuses: the confirmed feature has aired, illustrative ones say so, July is coming', () => {
    const html = readFileSync(path.join(out, 'truyen-hinh/index.html'), 'utf8');
    // One feature's card: from its anchor to the next feature or the end of the month.
    const item = (n: string) => {
      const start = html.indexOf(`<li id="chuyen-de-2024-${n}"`);
      const end = html.slice(start + 1).search(/<li id="chuyen-de-|<\/ol>/) + start + 1;
      return textOf(html.slice(start, end));
    };
    expect(item('01')).toContain('Đã phát sóng');
    expect(item('01')).not.toContain('minh họa');
    expect(item('02')).toContain('Đã qua ngày phát sóng (minh họa)');
    expect(item('13')).toContain('Sắp phát sóng (minh họa)');
  });

  test('the plan counts only the confirmed feature as aired', () => {
    expect(page('ke-hoach/2024')).toContain('24 chuyên đề đã lên lịch (23 minh họa), 1 đã phát sóng được xác nhận');
  });
});
