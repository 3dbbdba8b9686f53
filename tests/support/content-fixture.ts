// Copies of content/ with a staff mistake in them, checked two ways:
// - the fast way (most cases): the folder checked as the build checks it, without
//   Astro (checkContentFolder: same parsing, schemas and rules), in milliseconds;
// - a few real builds (runAstro): the build reads the copy (CONTENT_DIR) with its own
//   Astro cache, from a copy of the site's code made once per test file (so that
//   builds in parallel test files never share Astro's .astro/ folder). They prove that
//   the real build stops with the very block the fast check gives.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject } from 'vitest';
import { copySite } from '../../scripts/lib/site-copy.ts';
import type { ContentError } from '../../src/lib/content-errors.ts';
import { checkContentFolder, parseContentFile } from '../../src/loaders/check-folder.ts';
import { addMissing, SHARED_CACHE_FOLDERS } from './setup-build-cache.ts';

// Temporary folders go after the test file that made them; KC_KEEP_FIXTURES=1 keeps them,
// to look at a failed case.
const made: string[] = [];
// One copy of the site's code for a test file's builds: they run one after another
// (spawnSync), so they never share its .astro/ folder at the same time.
let site: string | undefined;
afterAll(() => {
  site = undefined;
  if (process.env['KC_KEEP_FIXTURES'] !== '1') for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface Fixture {
  /** The content folder. */
  dir: string;
  /** Holds the content folder and the cache that builds of it use. */
  root: string;
  /** The full path of a content file (path relative to the content folder), as messages name it. */
  file(rel: string): string;
  /** A content file's data, read as the build reads it. */
  data<T = Record<string, unknown>>(rel: string): T;
  /** Rewrites one content file (path relative to the content folder); a change that changes nothing fails. */
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
}

/** A copy of content/ (or of another content folder, `from`) in a temporary folder (a few milliseconds: one per case is fine). */
export function contentFixture(from = 'content'): Fixture {
  const root = tempDir('kc-fixture-');
  const dir = path.join(root, 'content');
  cpSync(from, dir, { recursive: true });
  return {
    dir,
    root,
    file: (rel) => path.join(dir, rel),
    data: <T>(rel: string) => parseContentFile(path.join(dir, rel)).data as T,
    edit(file, change) {
      const full = path.join(dir, file);
      const before = readFileSync(full, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
      writeFileSync(full, after);
    },
    write(file, text) {
      writeFileSync(path.join(dir, file), text);
    },
  };
}

/** The mistakes the build would stop on, found without Astro: one ContentError per faulty file. */
export function mistakesIn(fixture: Fixture): ContentError[] {
  return checkContentFolder(fixture.dir);
}

/**
 * The fast check named `file` and, in it, `field`, saying what `expected` says (a regex on the
 * problem's line as printed: `trường "<field>": <what is expected>`).
 */
export function expectNamed(errors: readonly ContentError[], file: string, field: string, expected: RegExp): void {
  const error = errors.find((e) => e.file === file);
  expect(error, `no error for ${file}; errors: ${errors.map((e) => e.message).join('\n') || 'none'}`).toBeDefined();
  expect(error!.message).toContain(`Lỗi nội dung trong tệp ${file}:`);
  const lines = error!.problems.filter((p) => p.field === field).map((p) => `trường "${p.field}": ${p.message}`);
  expect(lines, `no problem in field "${field}":\n${error!.message}`).not.toEqual([]);
  expect(lines.join('\n')).toMatch(expected);
}

export interface RunResult {
  status: number | null;
  output: string;
}

/** Runs `astro <command>` over a fixture's content; returns exit status and all output. */
export function runAstro(fixture: Fixture, args: string[], env: Record<string, string> = {}): RunResult {
  const cache = path.join(fixture.root, 'cache');
  site ??= copySite(tempDir('kc-site-'));
  // Photos already encoded and share cards already drawn by an earlier build (files named
  // by a hash of what made them, see setup-build-cache.ts) are not made again; a successful
  // build adds its own.
  const shared = inject('buildCache');
  const build = args[0] === 'build';
  if (build) for (const folder of SHARED_CACHE_FOLDERS) addMissing(path.join(shared, folder), path.join(cache, folder));
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), args, {
    cwd: site,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: fixture.dir,
      ASTRO_CACHE_DIR: cache,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  if (build && result.status === 0) for (const folder of SHARED_CACHE_FOLDERS) addMissing(path.join(cache, folder), path.join(shared, folder));
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The error block the build printed for one file ("Lỗi nội dung trong tệp <file>: …"), or "". */
export function errorBlockFor(output: string, file: string): string {
  const head = `Lỗi nội dung trong tệp ${file}:`;
  const start = output.indexOf(head);
  if (start < 0) return '';
  const end = output.indexOf('Lỗi nội dung trong tệp ', start + head.length);
  return output.slice(start, end < 0 ? undefined : end);
}

/** A build that must have stopped on `file`, naming `field` and saying what is expected. */
export function expectStopped(run: RunResult, file: string, field: string, expected: RegExp): void {
  expect(run.status).not.toBe(0);
  expect(run.output).toContain(`Lỗi nội dung trong tệp ${file}`);
  const block = errorBlockFor(run.output, file);
  expect(block).toContain(`trường "${field}"`);
  expect(block).toMatch(expected);
}

/**
 * The parity between the fast check and the real build: the build printed, for each
 * faulty file, exactly the block that checkContentFolder/checkCollection gives.
 */
export function expectSameBlocks(run: RunResult, errors: readonly ContentError[]): void {
  expect(errors.length, 'the fast check found nothing to compare').toBeGreaterThan(0);
  for (const error of errors) expect(run.output).toContain(error.message);
}

/** Every file under `dir` (path relative to it) with the SHA-256 of its bytes. */
export function filesWithHashes(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, filesWithHashes(full, base));
    else out[path.relative(base, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

/**
 * Prepares a copy of content/ for a build dated `day` in the past (BUILD_DATE):
 * the pages about the site (content/about/, cach-dang-ky.yaml,
 * kha-nang-tiep-can.yaml) describe the site as it is now, and may cite a
 * bulletin published after `day`, which the build rightly refuses (its page does
 * not exist yet). Those citations point to an address outside the site instead,
 * so that the build of a past day shows what it is meant to test.
 */
export function asOf(fixture: Fixture, day: string): void {
  const bulletins = path.join(fixture.dir, 'bulletins');
  const later = new Set(
    readdirSync(bulletins, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f) && !path.basename(f).startsWith('_'))
      .filter((f) => {
        const { date } = fixture.data<{ date: string | Date }>(path.join('bulletins', f));
        return (date instanceof Date ? date.toISOString() : String(date)).slice(0, 10) > day;
      })
      .map((f) => path.basename(f).replace(/\.mdx?$/, '')),
  );
  const about = readdirSync(path.join(fixture.dir, 'about')).map((f) => `about/${f}`);
  for (const file of [...about, 'cach-dang-ky.yaml', 'kha-nang-tiep-can.yaml']) {
    const full = fixture.file(file);
    const text = readFileSync(full, 'utf8');
    writeFileSync(full, text.replace(/(?<=address:\s*)\/ban-tin\/([^/\s]+)\//g, (whole, slug: string) => (later.has(slug) ? `https://example.org${whole}` : whole)));
  }
}
