// Copies of content/ with one staff mistake each, built the way the real build
// reads content (CONTENT_DIR), with its own Astro cache, from a copy of the site's code
// made once per test file (so that builds in parallel test files never share Astro's
// .astro/ folder).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { copySite } from '../../scripts/lib/site-copy.ts';

// Temporary folders go after the test file that made them; KC_KEEP_FIXTURES=1 keeps them,
// to look at a failed build.
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
  /** Rewrites one content file (path relative to the content folder). */
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
}

export function contentFixture(): Fixture {
  const root = tempDir('kc-fixture-');
  const dir = path.join(root, 'content');
  cpSync('content', dir, { recursive: true });
  return {
    dir,
    root,
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

export interface RunResult {
  status: number | null;
  output: string;
}

/** Runs `astro <command>` over a fixture's content; returns exit status and all output. */
export function runAstro(fixture: Fixture, args: string[], env: Record<string, string> = {}): RunResult {
  const cache = path.join(fixture.root, 'cache');
  site ??= copySite(tempDir('kc-site-'));
  // Start from the main build's optimised images: the same photos need not be encoded again.
  if (args[0] === 'build' && existsSync('node_modules/.astro/assets') && !existsSync(cache))
    cpSync('node_modules/.astro/assets', path.join(cache, 'assets'), { recursive: true });
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
  expect(run.output).toContain(`trường "${field}"`);
  expect(run.output).toMatch(expected);
}
