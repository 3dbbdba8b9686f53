// npm run new-site -- <folder>: a starting content folder for another province.
// It must build at once (a real build of the folder), say at the build's end
// what is still to fill (each "[cần điền]" with its file and line, each sample),
// be refused by the release gate until then, and carry nothing of Đồng Nai.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { releaseGate } from '../../scripts/lib/release-gate.ts';
import { TEMPLATES } from '../../scripts/lib/new-site.ts';
import { checkContentFolder, readCollection } from '../../src/loaders/check-folder.ts';
import { contentCollections, type CollectionName } from '../../src/loaders/collections.ts';
import { contentFixture, runAstro, tempDir, type Fixture, type RunResult } from '../support/content-fixture.ts';
import { dongNaiNames, namesFound } from '../support/province-names.ts';

const TODAY = '2026-03-02';
const YEAR = TODAY.slice(0, 4);

/** npm run new-site -- <folder>, as staff run it. */
function newSite(folder: string) {
  const run = spawnSync(path.resolve('node_modules/.bin/node'), ['scripts/new-site.ts', folder], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: TODAY } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The line number (1-based) of the first line of `file` that starts with `start` (after its indentation). */
function lineOf(file: string, start: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.trimStart().startsWith(start));
  if (index < 0) throw new Error(`no line starting with ${start} in ${file}`);
  return index + 1;
}

let folder = '';
let created: ReturnType<typeof newSite>;
beforeAll(() => {
  folder = path.join(tempDir('kc-new-site-'), 'noi-dung');
  created = newSite(folder);
});

describe('the folder it writes', () => {
  test('is written, with the next steps said in Vietnamese', () => {
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain(`Đã tạo thư mục nội dung ${folder}`);
    expect(created.output).toContain(`CONTENT_DIR=${folder} npm run build`);
  });

  test('passes every check the build makes', () => {
    expect(checkContentFolder(folder).map((e) => e.message)).toEqual([]);
  });

  test('has an entry of every collection, plus the units, the logo and a plan of this year', () => {
    for (const name of Object.keys(contentCollections(folder)) as CollectionName[]) expect(readCollection(folder, name).entries.length, name).toBeGreaterThan(0);
    for (const file of ['don-vi-hanh-chinh.yaml', 'logo.svg', `plans/${YEAR}.md`, `tv/${YEAR}.yaml`]) expect(() => readFileSync(path.join(folder, file))).not.toThrow();
  });

  test('marks every example entry as illustrative', () => {
    for (const name of ['plans', 'products', 'bulletins', 'policies'] as const)
      for (const e of readCollection(folder, name).entries) expect((e.data as { sample?: boolean }).sample, e.filePath).toBe(true);
    const rowsOf = (name: CollectionName, list: string) => readCollection(folder, name).entries.flatMap((e) => (e.data as Record<string, { sample: boolean }[]>)[list] ?? []);
    const rows = [...rowsOf('tv', 'features'), ...rowsOf('events', 'events'), ...rowsOf('progress', 'reports')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.sample).toBe(true);
  });

  test('explains every field of site.yaml in a Vietnamese comment', () => {
    const lines = readFileSync(path.join(folder, 'site.yaml'), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!/^\s*[a-zA-Z]+:/.test(line)) return;
      const before = lines[i - 1]!.trim();
      const own = line.includes(' # ');
      expect(before.startsWith('#') || own, `site.yaml, line ${i + 1} (${line.trim()}) has no comment above it`).toBe(true);
    });
  });

  test('carries nothing of Đồng Nai, nor do the templates', () => {
    expect(namesFound(folder, dongNaiNames(), /./)).toEqual([]);
    expect(namesFound(TEMPLATES, dongNaiNames(), /./)).toEqual([]);
  });

  test('is not written over a folder that has files', () => {
    const again = newSite(folder);
    expect(again.status).toBe(1);
    expect(again.output).toContain(`Lỗi: thư mục "${folder}" đã có tệp`);
    const file = path.join(tempDir('kc-new-site-file-'), 'tep');
    writeFileSync(file, 'x');
    expect(newSite(file).output).toContain('là một tệp, không phải thư mục');
  });
});

describe('its build', () => {
  let fixture: Fixture;
  let run: RunResult;
  const out = tempDir('kc-new-site-dist-');
  beforeAll(() => {
    fixture = contentFixture(folder);
    run = runAstro(fixture, ['build', '--outDir', out], { BUILD_DATE: TODAY });
  }, 300_000);

  test('succeeds at once', () => {
    expect(run.status, run.output).toBe(0);
  });

  test('lists at its end each "[cần điền]" with file and line, what site.yaml lacks, and each sample', () => {
    const site = fixture.file('site.yaml');
    const end = run.output.slice(run.output.indexOf('Việc còn lại trước khi xuất bản'));
    expect(end).toContain(`${site}, dòng ${lineOf(site, 'name:')}: name: "Khuyến công [cần điền: tên tỉnh]"`);
    expect(end).toContain(`${site}, dòng ${lineOf(site, 'superiors:')}: superiors:`);
    expect(end).toContain(`${fixture.file(`tv/${YEAR}.yaml`)}, dòng ${lineOf(fixture.file(`tv/${YEAR}.yaml`), '- name:')}`);
    expect(end).toContain(`${site}: chưa có điện thoại`);
    expect(end).toContain(`plans: 1/1 tệp (plans/${YEAR}.md)`);
    expect(end).toContain('products: 1/1 tệp');
  });

  test('is refused by the release gate while anything is left to fill', async () => {
    const gate = await releaseGate(out, fixture.dir);
    const site = fixture.file('site.yaml');
    expect(gate.problems).toContain(`còn chỗ "[cần điền]" chưa thay bằng thông tin thật: ${site}, dòng ${lineOf(site, 'full:')}: full: "[cần điền: tỉnh …]"`);
    expect(gate.notes).toContain('don-vi-hanh-chinh.yaml: danh sách đơn vị hành chính là nội dung minh họa (sample: true)');
  });
});
