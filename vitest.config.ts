import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once and finds Chromium once, before any test file runs.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: keep Chromium and Astro builds from starving each other.
    maxWorkers: 2,
    // Concurrent browser checks within a file: a few pages at a time.
    maxConcurrency: 3,
  },
});
