// Finds Chromium once, before the browser tests, so that parallel workers never
// unpack @sparticuz/chromium at the same time.
import type { TestProject } from 'vitest/node';
import { resolveChromium, type ChromiumLaunch } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: ChromiumLaunch;
  }
}

export default async function setup(project: TestProject) {
  project.provide('chromium', await resolveChromium());
}
