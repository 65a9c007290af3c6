// Vitest: unit and integration tests in Node against a real DuckDB; browser scenarios in real Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // DuckDB and Chromium each use the machine's cores; a few files at a time keeps runs steady on 2 cores.
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
