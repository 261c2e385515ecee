/**
 * The configuration file checked against the JSON Schema shipped in schema/ (with ajv), and
 * ajv's errors turned into one message at one key path: the deepest error, the summary of a
 * string-or-list, an unknown key with the key it most likely meant. config-file.ts places the
 * message at the key's line.
 */
import { Ajv, type ErrorObject } from 'ajv'
import schema from '../../schema/vro-image-version.schema.json' with { type: 'json' }
import { SETTING_KEYS } from './settings.js'
import { escapeForMessage } from '../util/escape.js'
import type { KeyPath } from '../util/yaml-lines.js'

let validator: ReturnType<Ajv['compile']> | undefined

/** ajv's errors for a value (none when valid); the validator is compiled once. */
export function schemaErrors(value: unknown): readonly ErrorObject[] {
  // `errorMessage` is the editors' hint for a key; the messages below quote it too.
  validator ??= new Ajv({ allErrors: false, verbose: true, strict: true })
    .addVocabulary(['errorMessage'])
    .compile(schema)
  return validator(value) ? [] : (validator.errors ?? [])
}

/** One schema error, placed: its key path, on the key or on its value, and the message. */
export interface Found {
  readonly path: KeyPath
  readonly onKey: boolean
  readonly message: string
}

/** The error to report among ajv's: the deepest one, and for a string-or-list its summary. */
export function chooseError(errors: readonly ErrorObject[], value: unknown): Found {
  const found = errors
    .filter((e) => !e.schemaPath.includes('/propertyNames/'))
    .map((e) => ({ e, f: explain(e, value) }))
  const depth = Math.max(...found.map(({ f }) => f.path.length))
  const deepest = found.filter(({ f }) => f.path.length === depth)
  return (deepest.find(({ e }) => e.keyword === 'anyOf') ?? deepest[0])?.f as Found
}

function explain(e: ErrorObject, value: unknown): Found {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
  const parent = e.parentSchema as {
    errorMessage?: string
    propertyNames?: { errorMessage: string }
  }
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params.additionalProperty)
    return { path: [...path, key], onKey: true, message: unknownKey(key) }
  }
  if (e.keyword === 'propertyNames') {
    const key = String(e.params.propertyName)
    return {
      path: [...path, key],
      onKey: true,
      message: `not ${parent.propertyNames?.errorMessage ?? 'a valid key'}`
    }
  }
  let got: unknown = value
  for (const p of path) got = (got as Record<string | number, unknown>)[p]
  const shown =
    typeof got === 'string'
      ? ` (it is ${escapeForMessage(got)})`
      : typeof got === 'number' || typeof got === 'boolean'
        ? ` (it is ${got})`
        : got === null
          ? ' (it is empty)'
          : ''
  return {
    path,
    onKey: false,
    message: `${parent.errorMessage ?? e.message ?? 'not valid'}${shown}`
  }
}

const KNOWN = ['version', ...Object.values(SETTING_KEYS)]

/** An unknown key, with the key it most likely meant (sharedPaths -> shared-paths). */
function unknownKey(key: string): string {
  const squash = (s: string): string => s.toLowerCase().replace(/[-_]/g, '')
  const meant = KNOWN.find((k) => squash(k) === squash(key))
  return meant
    ? `unknown setting; did you mean ${meant}?`
    : `unknown setting; the settings are ${KNOWN.join(', ')}`
}
