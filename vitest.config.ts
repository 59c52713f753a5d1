import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(new URL('./api/package.json', import.meta.url));

/**
 * One run for the whole suite: pure unit tests of `shared`, then integration and browser tests
 * against the real server on a real PostgreSQL (see test/setup/global-setup.ts).
 */
export default defineConfig({
  test: {
    // The JSON report is what .ci/run reads for its plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'shared',
          include: ['shared/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'admin',
          include: ['admin/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        esbuild: { target: 'es2022' },
        // Resolve packages as Node does (graphql's "main", CommonJS): type-graphql and Apollo load that
        // copy, and a second (ESM) copy of graphql would be "another realm".
        resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/global-setup.ts'],
          // ra-data-graphql imports @apollo/client by named ESM exports; let Vite resolve it.
          server: { deps: { inline: [/ra-data-graphql/] } },
          pool: 'forks',
          poolOptions: { forks: { maxForks: 2, minForks: 1 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
