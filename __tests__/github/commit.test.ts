import { describe, expect, it, jest } from '@jest/globals'
import {
  backoffMs,
  carriesTrailer,
  classifyCommitError,
  commitLoop,
  StaleHeadError,
  type Applied,
  type CommitDeps,
  type CommitErrorKind
} from '../../src/github/commit.js'
import type { BranchFile, NewCommit } from '../../src/github/client.js'

/** An error shaped like Octokit's GraphqlResponseError. */
function graphqlError(...errors: { type?: string; message: string }[]): Error {
  return Object.assign(
    new Error(
      `Request failed due to following response errors:\n - ${errors.map((e) => e.message).join('\n - ')}`
    ),
    {
      name: 'GraphqlResponseError',
      errors
    }
  )
}

const stale = (): Error =>
  graphqlError({
    type: 'STALE_DATA',
    message: 'Expected branch to point to "aaaa" but it did not. Pull and try again.'
  })

/** An error shaped like Octokit's RequestError. */
const httpError = (status: number, message: string): Error =>
  Object.assign(new Error(message), { name: 'HttpError', status })

interface Plan extends Applied {
  readonly from: string | undefined
  readonly headOid: string
}

const oid = (n: number): string => String(n).repeat(40).slice(0, 40)
const COMMIT: NewCommit = {
  oid: 'f'.repeat(40),
  url: 'https://github.com/acme/monorepo/commit/fff'
}

/**
 * Fake deps: each read returns the next head (the last one repeats), each write the next
 * outcome (an Error is thrown).
 */
function fakes(heads: BranchFile[], writes: (NewCommit | Error)[] = [COMMIT]) {
  let reads = 0
  let attempts = 0
  const deps = {
    read: jest.fn(
      async (): Promise<BranchFile> => heads[Math.min(reads++, heads.length - 1)] as BranchFile
    ),
    write: jest.fn(async (_expected: string, _plan: Plan): Promise<NewCommit> => {
      const outcome = writes[Math.min(attempts++, writes.length - 1)] as NewCommit | Error
      if (outcome instanceof Error) throw outcome
      return outcome
    }),
    sleep: jest.fn(async (_ms: number): Promise<void> => {}),
    random: jest.fn(() => 0.5)
  } satisfies CommitDeps<Plan>
  return deps
}

/** Appends a pin line unless the text has it already. */
const addPin = jest.fn(async (text: string | undefined, headOid: string): Promise<Plan> => {
  const before = text ?? ''
  const after = before.includes('app_VER="v1.2.3"\n') ? before : `${before}app_VER="v1.2.3"\n`
  return { text: after, changed: after !== before, from: text, headOid }
})

const OPTS = { maxAttempts: 5, dryRun: false, branch: 'main' }

describe('commitLoop', () => {
  it('commits the applied text against the head it was read at', async () => {
    const deps = fakes([{ headOid: oid(1), text: '# pins\n' }])
    const out = await commitLoop(deps, addPin, OPTS)
    expect(out).toMatchObject({ status: 'committed', commit: COMMIT, attempts: 1, headOid: oid(1) })
    expect(deps.write).toHaveBeenCalledTimes(1)
    expect(deps.write).toHaveBeenCalledWith(oid(1), {
      text: '# pins\napp_VER="v1.2.3"\n',
      changed: true,
      from: '# pins\n',
      headOid: oid(1)
    })
    expect(deps.sleep).not.toHaveBeenCalled()
  })

  it.each([
    ['unchanged', { ...OPTS }, 'app_VER="v1.2.3"\n', 'unchanged'],
    ['unchanged in a dry run', { ...OPTS, dryRun: true }, 'app_VER="v1.2.3"\n', 'unchanged'],
    ['dry run', { ...OPTS, dryRun: true }, '# pins\n', 'dry-run']
  ])('%s: no write call', async (_name, opts, text, status) => {
    const deps = fakes([{ headOid: oid(1), text }])
    const out = await commitLoop(deps, addPin, opts)
    expect(out).toMatchObject({ status, attempts: 1, headOid: oid(1) })
    expect(deps.read).toHaveBeenCalledTimes(1)
    expect(deps.write).not.toHaveBeenCalled()
    expect(deps.sleep).not.toHaveBeenCalled()
  })

  it('a missing file is applied as undefined', async () => {
    const deps = fakes([{ headOid: oid(1), text: undefined }])
    const out = await commitLoop(deps, addPin, OPTS)
    expect(out.plan).toMatchObject({ from: undefined, text: 'app_VER="v1.2.3"\n' })
  })

  it('STALE_DATA on a head that carries our trailer: our commit landed, reported with its sha', async () => {
    const trailer = 'Vro-Image-Version-Run: 7.1.abcd'
    const ours = { oid: oid(2), url: 'https://github.com/acme/monorepo/commit/222' }
    const deps = fakes(
      [
        { headOid: oid(1), text: '# pins\n' },
        {
          headOid: ours.oid,
          text: '# pins\napp_VER="v1.2.3"\n',
          headMessage: `Automated commit: Pin\n\nbody\n\n${trailer}\n`,
          headUrl: ours.url
        }
      ],
      [stale()]
    )
    const out = await commitLoop(deps, addPin, { ...OPTS, trailer })
    expect(out).toMatchObject({ status: 'committed', commit: ours, attempts: 1, headOid: oid(1) })
    expect(out.plan.text).toBe('# pins\napp_VER="v1.2.3"\n')
    expect(deps.write).toHaveBeenCalledTimes(1)
  })

  it('a head carrying another run trailer is not ours', async () => {
    expect(
      carriesTrailer('x\n\nVro-Image-Version-Run: 7.1.abcd', 'Vro-Image-Version-Run: 7.2.ffff')
    ).toBe(false)
    expect(
      carriesTrailer('x\n\nVro-Image-Version-Run: 7.1.abcd', 'Vro-Image-Version-Run: 7.1.abcd')
    ).toBe(true)
    expect(carriesTrailer(undefined, 'Vro-Image-Version-Run: 7.1.abcd')).toBe(false)
  })

  it('STALE_DATA: re-reads, re-applies on the new text, commits against the new head', async () => {
    const deps = fakes(
      [
        { headOid: oid(1), text: '# pins\n' },
        { headOid: oid(2), text: '# pins\nsvc_VER="v1.0.0"\n' }
      ],
      [stale(), COMMIT]
    )
    const apply = jest.fn(addPin)
    const out = await commitLoop(deps, apply, OPTS)
    expect(out).toMatchObject({ status: 'committed', attempts: 2, headOid: oid(2) })
    expect(apply.mock.calls).toEqual([
      ['# pins\n', oid(1)],
      ['# pins\nsvc_VER="v1.0.0"\n', oid(2)]
    ])
    expect(deps.write.mock.calls.map(([expected, plan]) => [expected, plan.text])).toEqual([
      [oid(1), '# pins\napp_VER="v1.2.3"\n'],
      [oid(2), '# pins\nsvc_VER="v1.0.0"\napp_VER="v1.2.3"\n']
    ])
    expect(deps.sleep.mock.calls).toEqual([[backoffMs(1, 0.5)]])
  })

  it('STALE_DATA, and someone else made the same change: unchanged, no second write', async () => {
    const deps = fakes(
      [
        { headOid: oid(1), text: '' },
        { headOid: oid(2), text: 'app_VER="v1.2.3"\n' }
      ],
      [stale()]
    )
    const out = await commitLoop(deps, addPin, OPTS)
    expect(out).toMatchObject({ status: 'unchanged', attempts: 2, headOid: oid(2) })
    expect(deps.write).toHaveBeenCalledTimes(1)
  })

  it.each([1, 2, 5])(
    'STALE_DATA on every attempt: StaleHeadError after %i attempts, nothing committed',
    async (maxAttempts) => {
      const deps = fakes(
        [1, 2, 3, 4, 5, 6].map((n) => ({ headOid: oid(n), text: `# head ${n}\n` })),
        [stale()]
      )
      const error = await commitLoop(deps, addPin, { ...OPTS, maxAttempts }).catch(
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(StaleHeadError)
      expect((error as Error).message).toBe(
        `Branch main moved during each of ${maxAttempts} attempts (someone else kept committing); ` +
          'nothing was committed. Re-run the workflow.'
      )
      expect(deps.read).toHaveBeenCalledTimes(maxAttempts)
      expect(deps.write).toHaveBeenCalledTimes(maxAttempts)
      expect(deps.write.mock.calls.map(([expected]) => expected)).toEqual(
        [1, 2, 3, 4, 5].slice(0, maxAttempts).map(oid)
      )
      expect(deps.sleep.mock.calls.map(([ms]) => ms)).toEqual(
        [1, 2, 3, 4].slice(0, maxAttempts - 1).map((n) => backoffMs(n, 0.5))
      )
    }
  )

  it.each([
    ['HTTP 500', httpError(500, 'Internal Server Error')],
    ['403', httpError(403, 'Resource not accessible by integration')],
    [
      'FORBIDDEN',
      graphqlError({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' })
    ],
    [
      'a ruleset',
      graphqlError({
        type: 'UNPROCESSABLE',
        message: 'Repository rule violations found\n\nChanges must be made through a pull request.'
      })
    ],
    ['a network error', new Error('socket hang up')]
  ])('%s: the error propagates at once, no retry', async (_name, error) => {
    const deps = fakes([{ headOid: oid(1), text: '' }], [error])
    await expect(commitLoop(deps, addPin, OPTS)).rejects.toBe(error)
    expect(deps.read).toHaveBeenCalledTimes(1)
    expect(deps.write).toHaveBeenCalledTimes(1)
    expect(deps.sleep).not.toHaveBeenCalled()
  })

  it('a failing read propagates, nothing written', async () => {
    const deps = fakes([])
    const error = new Error('Branch main not found')
    deps.read.mockRejectedValueOnce(error)
    await expect(commitLoop(deps, addPin, OPTS)).rejects.toBe(error)
    expect(deps.write).not.toHaveBeenCalled()
  })
})

describe('backoffMs', () => {
  it.each([
    [1, 0, 0],
    [1, 0.5, 250],
    [2, 0.5, 500],
    [3, 0.5, 1000],
    [4, 0.5, 2000],
    [5, 1, 8000],
    [9, 1, 8000],
    [2, 0.25, 250]
  ])('attempt %i, random %f -> %i ms', (attempt, random, ms) => {
    expect(backoffMs(attempt, random)).toBe(ms)
  })

  it.each([1, 2, 3, 4, 5, 6, 7])(
    'attempt %i stays within [0, min(8 s, 500 ms * 2^(n-1))]',
    (attempt) => {
      const cap = Math.min(8000, 500 * 2 ** (attempt - 1))
      for (const random of [0, 1e-9, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999999999]) {
        const ms = backoffMs(attempt, random)
        expect(ms).toBeGreaterThanOrEqual(0)
        expect(ms).toBeLessThanOrEqual(cap)
      }
    }
  )
})

describe('classifyCommitError', () => {
  it.each<[string, unknown, CommitErrorKind]>([
    ['STALE_DATA', stale(), 'stale'],
    [
      'STALE_DATA among other errors',
      graphqlError({ type: 'SOMETHING', message: 'x' }, { type: 'STALE_DATA', message: 'moved' }),
      'stale'
    ],
    [
      'FORBIDDEN',
      graphqlError({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }),
      'forbidden'
    ],
    ['HTTP 403', httpError(403, 'Forbidden'), 'forbidden'],
    [
      'Resource not accessible (no status)',
      new Error('Resource not accessible by integration'),
      'forbidden'
    ],
    [
      'Repository rule violations found',
      graphqlError({
        type: 'UNPROCESSABLE',
        message:
          'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
      }),
      'protected'
    ],
    [
      'Changes must be made through a pull request',
      new Error('Changes must be made through a pull request.'),
      'protected'
    ],
    [
      'classic protection, GraphQL',
      graphqlError({
        message:
          "protected branch 'main' check failed:\n  At least 1 approving review is required by reviewers with write access."
      }),
      'protected'
    ],
    ['GH006', new Error('GH006: Protected branch update failed for refs/heads/main.'), 'protected'],
    ['required status check', new Error('Required status check "ci" is expected.'), 'protected'],
    ['protected wins over 403', httpError(403, 'Repository rule violations found'), 'protected'],
    [
      'protected in the error list only',
      Object.assign(new Error('Request failed'), {
        errors: [{ type: 'UNPROCESSABLE', message: 'branch protection rules forbid this' }]
      }),
      'protected'
    ],
    ['HTTP 500', httpError(500, 'Internal Server Error'), 'other'],
    ['HTTP 502', httpError(502, 'Bad Gateway'), 'other'],
    [
      'NOT_FOUND',
      graphqlError({
        type: 'NOT_FOUND',
        message: "Could not resolve to a Repository with the name 'acme/x'."
      }),
      'other'
    ],
    ['network', new Error('socket hang up'), 'other'],
    ['a thrown string', 'boom', 'other'],
    ['a thrown object with no message', {}, 'other']
  ])('%s -> %s', (_name, error, kind) => {
    expect(classifyCommitError(error)).toBe(kind)
  })

  // Classic branch protection answers with this GraphQL type; the type alone is enough.
  it('BRANCH_PROTECTION_RULE_VIOLATION by its type alone -> protected', () => {
    const error = graphqlError({
      type: 'BRANCH_PROTECTION_RULE_VIOLATION',
      message: 'At least 1 approving review is required by reviewers with write access.'
    })
    expect(classifyCommitError(error)).toBe('protected')
  })

  // Whatever is thrown, classifyCommitError answers; null and undefined are "other".
  it.each([null, undefined])('%p -> other', (error) => {
    expect(classifyCommitError(error)).toBe('other')
  })
})
