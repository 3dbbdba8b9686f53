// Builds dist/ once per test run, before the first file of the build and browser
// projects (KC_SKIP_BUILD=1 reuses an existing dist/, for a quick rerun).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  // Global setups run in Vitest's own process: the mark keeps the second project from building again.
  if (process.env['KC_DIST_BUILT'] === '1') return;
  if (process.env['KC_SKIP_BUILD'] !== '1' || !existsSync('dist/index.html')) {
    execFileSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  }
  process.env['KC_DIST_BUILT'] = '1';
}
