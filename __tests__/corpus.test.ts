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
  assertBundle,
  corpusCounts,
  corpusTable,
  loadCases,
  runCorpus,
  type CaseResult
} from '../test-support/corpus.js'

const cases = loadCases()
const results = new Map<string, CaseResult>()

beforeAll(async () => {
  await assertBundle()
  for (const r of await runCorpus(cases, { concurrency: 3 })) results.set(r.name, r)
}, 400_000)

afterAll(() => {
  if (results.size > 0)
    process.stdout.write(`\n__tests__/corpus.test.ts:\n${corpusTable([...results.values()])}\n`)
})

describe('bad-input corpus', () => {
  it('has at least 60 cases, each with a description', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    for (const c of cases) expect(c.spec.description).toBeTruthy()
  })

  for (const c of cases) {
    const test = c.spec.knownBug ? it.failing : it
    test(`${c.name}: ${c.spec.description}`, () => {
      const r = results.get(c.name)
      expect(r).toBeDefined()
      expect(r?.failures).toEqual([])
    })
  }

  it('leaks no token in any log, output, summary or commit message', () => {
    expect(corpusCounts([...results.values()]).leaks).toBe(0)
  })
})
