import { defineConfig } from 'vitest/config';

// Unit tests (core, and the web app's pure functions) and API integration tests (server). Browser
// tests live in e2e/ with their own config.
export default defineConfig({
  test: {
    include: ['core/src/**/*.test.ts', 'core/encoder/**/*.test.ts', 'server/src/**/*.test.ts', 'server/test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
