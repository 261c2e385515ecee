// ESM jest with ts-jest, as in actions/typescript-action.
export default {
  clearMocks: true,
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts'],
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
  extensionsToTreatAsEsm: ['.ts'],
  // Once per run: the bundle is there, and which Node.js runs it in the e2e tests.
  globalSetup: './test-support/global-setup.js',
  // The slow suites (the corpus, races, e2e) mostly wait on child processes and retry delays:
  // three workers keep both cores busy (jest's default on 2 cores is 1 worker).
  maxWorkers: 3,
  moduleFileExtensions: ['ts', 'js'],
  preset: 'ts-jest/presets/default-esm',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  verbose: false
}
