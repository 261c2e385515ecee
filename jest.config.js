// ESM jest with ts-jest, as in actions/typescript-action.

// The test files are ES modules, which jest runs with Node's vm modules, behind a flag:
// `npm test` sets it. For a bare `npx jest <file>`, set it here for the workers that run the tests
// (they are started after this file is read and inherit this environment), and have jest always
// use workers, even for one file.
const vmModules = '--experimental-vm-modules'
const flagged = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes(
  vmModules
)
if (!flagged) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${vmModules}`.trim()
  process.env.NODE_NO_WARNINGS ??= '1'
}

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
  // The longest suites first, also without jest's timings cache (a fresh clone, CI).
  testSequencer: './test-support/sequencer.js',
  // jest's per-test and per-hook timeouts are wall-clock limits, which a busy machine stretches.
  // No test depends on one: the heavy suites (the corpus, races) run their work from the start of
  // the file and each test waits for its own case, and every test or hook is bounded work that
  // takes under 30 s on a quiet 2-core machine. 5 minutes leaves room for a machine 10x slower;
  // a test that really hangs is reported after that.
  testTimeout: 300_000,
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  verbose: false,
  // Without the flag, use workers even for one test file (see above): a limit that no idle worker
  // reaches, so that it never restarts one.
  ...(flagged ? {} : { workerIdleMemoryLimit: '8GB' })
}
