import { defineConfig } from 'vitest/config';

// Three suites: `unit` needs nothing but Node (SQLite files in a temp dir count as unit),
// `integration` needs the MariaDB/MySQL named by TEST_MYSQL_URL, `browser` needs Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/integration/**', 'test/browser/**'] },
      },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], fileParallelism: false } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000 } },
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
