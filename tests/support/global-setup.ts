// Runs once before the tests: builds dist/ (unless KC_SKIP_BUILD=1, for a
// quick rerun against an existing build) and resolves a Chromium for the
// browser tests, so that parallel workers never unpack it at the same time.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { resolveChromium, type ChromiumLaunch } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: ChromiumLaunch;
  }
}

export default async function setup(project: TestProject) {
  if (process.env['KC_SKIP_BUILD'] !== '1' || !existsSync('dist/index.html')) {
    execFileSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  }
  project.provide('chromium', await resolveChromium());
}
