import { describe, expect, it } from '@jest/globals'
import { graphqlErrors } from '../src/github.js'

const STALE = { type: 'STALE_DATA', message: 'Expected branch to point to "a" but it did not.' }

describe('graphqlErrors', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a GraphqlResponseError',
      Object.assign(new Error('Request failed due to following response errors'), {
        name: 'GraphqlResponseError',
        errors: [STALE]
      }),
      [STALE]
    ],
    [
      'several errors, in order',
      { errors: [STALE, { type: 'FORBIDDEN', message: 'no' }] },
      [STALE, { type: 'FORBIDDEN', message: 'no' }]
    ],
    [
      'an error without a type',
      { errors: [{ message: 'Something went wrong' }] },
      [{ message: 'Something went wrong' }]
    ],
    ['an empty list', { errors: [] }, []],
    ['an HTTP error', Object.assign(new Error('Bad Gateway'), { status: 502 }), undefined],
    ['a plain Error', new Error('socket hang up'), undefined],
    ['errors not a list (object)', { errors: { type: 'STALE_DATA' } }, undefined],
    ['errors not a list (string)', { errors: 'STALE_DATA' }, undefined],
    ['errors null', { errors: null }, undefined],
    ['a thrown string', 'boom', undefined],
    ['a thrown number', 42, undefined],
    ['an empty object', {}, undefined]
  ])('%s', (_name, error, expected) => {
    expect(graphqlErrors(error)).toEqual(expected)
  })

  it('returns the same list, not a copy', () => {
    const errors = [STALE]
    expect(graphqlErrors({ errors })).toBe(errors)
  })

  // "undefined for other failures" is the contract classifyCommitError relies on.
  it.each([null, undefined])('%p -> undefined', (error) => {
    expect(graphqlErrors(error)).toBeUndefined()
  })
})
