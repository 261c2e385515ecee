// jest's testSequencer: the default order (failed first, then the slowest by the timings jest
// keeps in its cache, else the largest files), except that the suites that take longest start
// first even without timings, as in a fresh clone or on CI: the corpus alone runs for minutes,
// and started last it would run alone on one worker at the end of npm test.
import TestSequencer from '@jest/test-sequencer'

const FIRST = ['corpus.test.ts', 'races.test.ts', 'secrets.test.ts', 'e2e/action.test.ts']

const rank = (test) => {
  const i = FIRST.findIndex((name) => test.path.endsWith(`/__tests__/${name}`))
  return i < 0 ? FIRST.length : i
}

export default class Sequencer extends TestSequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}
