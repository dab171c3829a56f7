// @ts-check
// Three suites: fast unit tests, integration tests against real local servers, and the reliability suite.
const transform = { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };
// @actions/core 3 and the @actions packages it loads are ES modules only: the same transform turns them into CommonJS.
const transformIgnorePatterns = ['/node_modules/(?!@actions/(core|exec|io|http-client)/)'];
const resolver = '<rootDir>/test/setup/resolver.cjs';
// @sigstore/sign's HTTP client is the actions' own, as in the bundles (scripts/build.ts).
const moduleNameMapper = { '^make-fetch-happen$': '<rootDir>/shared/src/signing/sigstore-fetch.ts' };
const common = {
  transform,
  transformIgnorePatterns,
  resolver,
  moduleNameMapper,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/shared/test/**/*.test.ts',
        '<rootDir>/actions/*/test/**/*.test.ts',
        '<rootDir>/scripts/test/**/*.test.ts',
        '<rootDir>/test/oracle/**/*.test.ts',
      ],
      setupFilesAfterEnv: ['<rootDir>/test/setup/unit-timeout.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/integration-timeout.ts'],
    },
    {
      ...common,
      displayName: 'reliability',
      testMatch: ['<rootDir>/test/reliability/**/*.test.ts'],
      testTimeout: 300000,
      setupFilesAfterEnv: ['<rootDir>/test/reliability/jest-timeout.ts'],
    },
  ],
};
