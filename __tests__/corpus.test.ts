/**
 * The bad-input corpus (issue 6, item 1): every folder of __tests__/corpus/ is one case, run
 * against the bundled action (node dist/index.js) with the local GitHub API emulator and checked
 * by test-support/corpus.js (exit code, the ::error:: message, nothing written on failure, the
 * exact file on success, bash -n, the workspace untouched, no token in any output).
 *
 * A case marked `knownBug` in its case.json is a bug of src/ that the case reveals: it runs as
 * `it.failing`, so the suite stays green while the bug is there and turns red when it is fixed
 * (then drop the flag).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  corpusCounts,
  corpusTable,
  loadCases,
  resultsByName,
  runCorpus,
  type CaseResult
} from '../test-support/corpus.js'

const cases = loadCases()
let run: ReturnType<typeof resultsByName<CaseResult>> | undefined
const done: CaseResult[] = []

// The cases run 3 at a time from the start of the file (the bundle is checked by jest's
// globalSetup); each test waits for its own case only, so no jest timeout covers the whole corpus.
beforeAll(() => {
  run = resultsByName(
    cases.map((c) => c.name),
    (onResult) =>
      runCorpus(cases, {
        concurrency: 3,
        onResult: (r) => {
          done.push(r)
          onResult(r)
        }
      })
  )
})

afterAll(async () => {
  await run?.all // every case's folders and emulator are gone before jest moves on
  if (done.length > 0) process.stdout.write(`\n__tests__/corpus.test.ts:\n${corpusTable(done)}\n`)
})

const resultOf = (name: string): Promise<CaseResult> => {
  if (!run) throw new Error('the corpus was not started')
  return run.get(name)
}

describe('bad-input corpus', () => {
  it('has at least 60 cases, each with a description', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    for (const c of cases) expect(c.spec.description).toBeTruthy()
  })

  for (const c of cases) {
    const test = c.spec.knownBug ? it.failing : it
    test(`${c.name}: ${c.spec.description}`, async () => {
      const r = await resultOf(c.name)
      expect(r.failures).toEqual([])
    })
  }

  it('leaks no token in any log, output, summary or commit message', async () => {
    await run?.all
    expect(done).toHaveLength(cases.length)
    expect(corpusCounts(done).leaks).toBe(0)
  })
})
