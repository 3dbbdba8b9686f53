// The TV schedule file (content/tv/<year>.yaml): each staff mistake stops the
// build naming file and field (checked in copies of content/ the way the build
// checks them); a real build at a chosen date (BUILD_DATE) splits what has aired
// from what is coming, counting only confirmed features as aired; and a real
// build of a mistake after it stops with the fast check's block and leaves the
// built site as it was.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkCollection } from '../../src/loaders/check-folder.ts';
import type { Schedule } from '../../src/schemas/tv.ts';
import {
  asOf,
  contentFixture,
  expectNamed,
  expectSameBlocks,
  expectStopped,
  filesWithHashes,
  mistakesIn,
  runAstro,
  tempDir,
  type Fixture,
} from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';

const TV = 'tv/2024.yaml';
const FIRST_RELATED = 'related:\n      - kind: plan\n        id: "2024"';
/** Feature 4 moved onto feature 3's day and hour, on the same channel. */
const sameHour = (t: string) => t.replace('date: "2024-02-28"', 'date: "2024-02-14"');
const SAME_HOUR = /chuyên đề số 4 \(Thứ Tư, 14\/2\/2024, 20:00–20:15\) trùng giờ với chuyên đề số 3 .*trên cùng kênh "Đài Phát thanh – Truyền hình Đồng Nai"/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A copy of content/ with `change` made to the TV schedule. */
function fixtureWith(change: (text: string) => string): Fixture {
  const fixture = contentFixture();
  fixture.edit(TV, change);
  return fixture;
}

describe('TV schedule mistakes', () => {
  test('control: links to a product and a bulletin that exist pass', () => {
    const fixture = fixtureWith(
      (t) => t.replace(FIRST_RELATED, `${FIRST_RELATED}\n      - kind: product\n        id: ghe-xich-du-may\n      - kind: bulletin\n        id: ke-hoach-khuyen-cong-2024-duoc-ban-hanh`),
    );
    expect(mistakesIn(fixture).map((e) => e.message)).toEqual([]);
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
      change: sameHour,
      field: 'features.3.time',
      expected: SAME_HOUR,
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
  ])('$mistake: the schedule file and field $field are named', ({ change, field, expected }) => {
    const fixture = fixtureWith(change);
    expectNamed(mistakesIn(fixture), fixture.file(TV), field, expected);
  });
});

describe('a build on 1 July 2024 (BUILD_DATE) with feature 1 confirmed by a source', () => {
  const DAY = '2024-07-01';
  const out = tempDir('kc-dist-');
  const page = (p: string) => textOf(readFileSync(path.join(out, p, 'index.html'), 'utf8'));
  let fixture: Fixture;
  /** Every feature of every year's schedule, as the fixture's files give them, in airing order. */
  const allFeatures = () =>
    readdirSync(fixture.file('tv'))
      .filter((f) => /^[^_].*\.(ya?ml|json)$/.test(f))
      .flatMap((f) => fixture.data<Schedule>(`tv/${f}`).features)
      .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`) || a.number - b.number);
  /** A feature airing on the build day has not aired yet: the site cannot know the hour it is read. */
  const hasAired = (f: { date: string }) => f.date < DAY;

  beforeAll(() => {
    fixture = contentFixture();
    asOf(fixture, DAY);
    fixture.edit(TV, (t) =>
      t.replace(`${FIRST_RELATED}\n    sample: true`, `${FIRST_RELATED}\n    source: https://example.org/chuyen-de-1`),
    );
    const { status, output } = runAstro(fixture, ['build', '--outDir', out], { BUILD_DATE: DAY });
    if (status !== 0) throw new Error(output);
  }, 180_000);

  test('the page shows the build date, how many features have aired and are coming, and the next feature', () => {
    const features = allFeatures();
    const aired = features.filter(hasAired).length;
    const next = features.find((f) => !hasAired(f))!;
    expect(aired, 'the schedule has nothing aired by then to test with').toBeGreaterThan(0);
    expect(next, 'the schedule has nothing coming after then to test with').toBeDefined();
    // "Thứ Tư, 10/7/2024, 20:00–20:15": weekday, day/month/year, start and end on Việt Nam's clock.
    const [y, m, d] = next.date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = next.time.split(':').map(Number) as [number, number];
    const weekday = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    const end = new Date(Date.UTC(y, m - 1, d, hh, mm + next.duration)).toISOString().slice(11, 16);
    const text = page('truyen-hinh');
    expect(text).toContain('Cập nhật ngày 01/7/2024');
    expect(text).toContain(`${aired} chuyên đề đã qua ngày phát sóng, ${features.length - aired} chuyên đề sắp phát sóng`);
    const when = `${weekday}, ${String(d).padStart(2, '0')}/${m}/${y}, ${next.time}–${end}`;
    // The title is a link: its text and the comma after it may be apart.
    expect(text).toMatch(new RegExp(`Chuyên đề tiếp theo: ${escapeRegExp(next.title)} ?, ${escapeRegExp(when)}`));
  });

  test('statuses: the confirmed feature has aired, illustrative ones say whether they have', () => {
    const html = readFileSync(path.join(out, 'truyen-hinh/index.html'), 'utf8');
    // One feature's card: from its anchor to the next feature or the end of the month.
    const item = (n: number) => {
      const start = html.indexOf(`<li id="chuyen-de-2024-${String(n).padStart(2, '0')}"`);
      expect(start, `no card for feature ${n}`).toBeGreaterThan(-1);
      const end = html.slice(start + 1).search(/<li id="chuyen-de-|<\/ol>/) + start + 1;
      return textOf(html.slice(start, end));
    };
    const features = fixture.data<Schedule>(TV).features;
    const airedSample = features.find((f) => f.sample && hasAired(f))!;
    const comingSample = features.find((f) => f.sample && !hasAired(f))!;
    expect(item(1)).toContain('Đã phát sóng');
    expect(item(1)).not.toContain('minh họa');
    expect(item(airedSample.number)).toContain('Đã qua ngày phát sóng (minh họa)');
    expect(item(comingSample.number)).toContain('Sắp phát sóng (minh họa)');
  });

  test('the plan counts only the confirmed feature as aired', () => {
    const features = fixture.data<Schedule>(TV).features;
    const illustrative = features.filter((f) => f.sample).length;
    const confirmed = features.filter((f) => !f.sample && hasAired(f)).length;
    expect(confirmed).toBeGreaterThan(0);
    expect(page('ke-hoach/2024')).toContain(`${features.length} chuyên đề đã lên lịch (${illustrative} minh họa), ${confirmed} đã phát sóng được xác nhận`);
  });

  // Last in this block: the tests above read the built site first.
  test('a mistake afterwards: the real build stops with the fast check\'s block and leaves the built site as it was', () => {
    const before = filesWithHashes(out);
    expect(Object.keys(before).length).toBeGreaterThan(100);
    fixture.edit(TV, sameHour);
    const run = runAstro(fixture, ['build', '--outDir', out], { BUILD_DATE: DAY });
    expectStopped(run, fixture.file(TV), 'features.3.time', SAME_HOUR);
    expectSameBlocks(run, checkCollection(fixture.dir, 'tv'));
    expect(filesWithHashes(out)).toEqual(before);
  });
});
