import { defineConfig } from 'vitest/config';

// Projects (npm run test:unit, test:build, test:content, test:browser; npm test runs these four;
// npm run test:deploy, the fifth, needs nginx):
// - unit: pure logic and schemas, no build, no browser;
// - build: assertions on one build of the site in dist/ (made once per run);
// - content: staff mistakes, checked against the schemas and loaders, and a few real builds;
// - browser: Chromium over dist/ (axe, reflow, search, print).
const shared = {
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    // Two cores: keep Chromium and Astro builds from starving each other.
    maxWorkers: 2,
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // setup-build-cache: the example province's build (example-province.test.ts) reuses encoded photos and cards.
      { test: { ...shared, name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/support/setup-build.ts', 'tests/support/setup-build-cache.ts'] } },
      {
        test: {
          ...shared,
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          globalSetup: ['tests/support/setup-chromium.ts', 'tests/support/setup-build-cache.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/setup-build.ts', 'tests/support/setup-chromium.ts'],
          // Concurrent browser checks within a file: a few pages at a time.
          maxConcurrency: 3,
        },
      },
      // npm run test:editor: the web editor (/admin/) in Chromium against npm run edit in a temporary clone, then a build of that clone (minutes; .ci/run runs it).
      { test: { ...shared, name: 'editor', include: ['tests/editor/**/*.test.ts'], globalSetup: ['tests/support/setup-chromium.ts'], testTimeout: 180_000, hookTimeout: 300_000 } },
      // npm run test:deploy: the built site through Debian's nginx (not part of npm test; .ci/run installs nginx and runs it).
      { test: { ...shared, name: 'deploy', include: ['tests/deploy/**/*.test.ts'], globalSetup: ['tests/support/setup-build.ts', 'tests/support/setup-chromium.ts'] } },
    ],
  },
});
