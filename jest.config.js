const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  projects: [
    // No database: no global setup, so `npx jest tests/unit` starts no Neo4j and runs in parallel.
    { ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/tests/integration', '<rootDir>/tests/e2e'],
      // One real Neo4j for the whole run, chosen in global setup (NEO4J_TEST_URI, testcontainers, or
      // managed), and one file at a time against it: the files share its data.
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
      runner: '<rootDir>/tests/helpers/serial-runner.js',
    },
  ],
};
