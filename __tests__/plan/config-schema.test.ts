/**
 * chooseError on schemas other than ours: keys and values without an errorMessage of their own
 * still get a message that says what is wrong, at the right key.
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { chooseError, schemaErrors } from '../../src/plan/config-schema.js'

function errorsOf(schema: object, value: unknown): ReturnType<typeof chooseError> {
  const validate = new Ajv({ allErrors: false, verbose: true, strict: true }).compile(schema)
  expect(validate(value)).toBe(false)
  return chooseError(validate.errors ?? [], value)
}

describe('chooseError without an errorMessage in the schema', () => {
  it('a key that breaks propertyNames is "not a valid key", on the key', () => {
    const schema = { type: 'object', propertyNames: { pattern: '^[a-z]+$' } }
    expect(errorsOf(schema, { Bad: 1 })).toEqual({
      path: ['Bad'],
      onKey: true,
      message: 'not a valid key'
    })
  })

  it("a value takes ajv's own message and shows what it is", () => {
    const schema = {
      type: 'object',
      properties: { n: { type: 'integer' }, list: { type: 'array', items: { type: 'string' } } }
    }
    expect(errorsOf(schema, { n: 'x' })).toEqual({
      path: ['n'],
      onKey: false,
      message: 'must be integer (it is "x")'
    })
    expect(errorsOf(schema, { n: true })).toEqual({
      path: ['n'],
      onKey: false,
      message: 'must be integer (it is true)'
    })
    expect(errorsOf(schema, { list: ['a', null] })).toEqual({
      path: ['list', 1],
      onKey: false,
      message: 'must be string (it is empty)'
    })
    expect(errorsOf(schema, { list: ['a', {}] })).toEqual({
      path: ['list', 1],
      onKey: false,
      message: 'must be string'
    })
  })

  it('reads ~1 and ~0 in a key path as / and ~', () => {
    const schema = { type: 'object', properties: { 'a/b~c': { type: 'string' } } }
    expect(errorsOf(schema, { 'a/b~c': 1 }).path).toEqual(['a/b~c'])
  })
})

describe('schemaErrors', () => {
  it('has none for a valid file and one or more for an invalid one', () => {
    expect(schemaErrors({})).toEqual([])
    expect(schemaErrors({ version: 2 }).length).toBeGreaterThan(0)
  })
})
