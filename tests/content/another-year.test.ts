// A plan for another year is one content file and no code: it gets its page,
// the list shows it first, and the home page shows its figures. The new year is
// the one after the newest plan in content/, so the test holds as plans are added.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { contentFixture, runAstro, tempDir } from '../support/content-fixture.ts';
import { textOf } from '../support/dist.ts';

const out = tempDir('kc-dist-');
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
const NEW_YEAR = Math.max(...readdirSync('content/plans').map((f) => Number(/^(\d{4})\.mdx?$/.exec(f)?.[1] ?? 0))) + 1;

beforeAll(() => {
  const fixture = contentFixture();
  const plan2024 = readFileSync('content/plans/2024.md', 'utf8');
  // An illustrative plan for the new year: the 2024 text, marked as a sample.
  fixture.write(
    `plans/${NEW_YEAR}.md`,
    plan2024
      .replace(/^year: 2024$/m, `year: ${NEW_YEAR}\nsample: true`)
      .replace('number: 195/KH-UBND', 'number: 999/KH-UBND')
      .replace('issued: "2024-06-04"', `issued: "${NEW_YEAR}-03-10"`),
  );
  const { status, output } = runAstro(fixture, ['build', '--outDir', out]);
  if (status !== 0) throw new Error(output);
}, 180_000);

test('the new year has its own page, marked as illustrative', () => {
  const text = textOf(page(`ke-hoach/${NEW_YEAR}`));
  expect(text).toContain('Số hiệu 999/KH-UBND');
  expect(text).toContain('Nội dung minh họa');
});

test('the list of plans shows the newest first', () => {
  const text = textOf(page('ke-hoach'));
  expect(text.indexOf('999/KH-UBND')).toBeGreaterThan(-1);
  expect(text.indexOf('999/KH-UBND')).toBeLessThan(text.indexOf('195/KH-UBND'));
});

test('the home page shows the newest plan', () => {
  expect(textOf(page(''))).toContain(`Kế hoạch năm ${NEW_YEAR} qua các con số`);
});
