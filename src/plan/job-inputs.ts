/**
 * What the user asked for, as both faces read it (the action's inputs, the CLI's flags): the
 * mode, the `images` list, and the fields the event rules (event.ts) turn into a job.
 */
import { escapeForMessage } from '../util/escape.js'
import { parseRelease } from '../util/version.js'
import { valueLines, type Settings } from './settings.js'
import { KnownError } from '../util/errors.js'

export type Mode = 'auto' | 'pin' | 'unpin' | 'plan'

/** `images`: a list of names, `name=version` pairs, or `all`. */
export type ImagesInput =
  | { readonly kind: 'none' }
  | { readonly kind: 'all' }
  | { readonly kind: 'list'; readonly refs: readonly string[] }
  | { readonly kind: 'versions'; readonly pairs: ReadonlyMap<string, string> }

/** The inputs the event rules read (the action's Inputs has these and more). */
export interface JobInputs {
  readonly mode: Mode
  readonly images: ImagesInput
  readonly version: string | undefined
  readonly manual: boolean
  readonly dryRun: boolean
  readonly pinPrereleases: boolean
  readonly commitMessagePrefix: string
  readonly settings: Settings
}

export class InputError extends KnownError {
  override name = 'InputError'
  get id(): string {
    return 'input'
  }
}

/** Splits a list input on newlines and commas; blank items and `#` comment lines are dropped. */
export function listInput(raw: string): string[] {
  return valueLines(raw)
    .flatMap((line) => line.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * Parses the `images` input; `name` is how messages call it (`Input images`, or the CLI's
 * `--images`).
 */
export function parseImagesInput(raw: string, name = 'Input images'): ImagesInput {
  const ref = name.replace(/^Input /, 'input ')
  const items = listInput(raw)
  if (items.length === 0) return { kind: 'none' }
  if (items.length === 1 && items[0] === 'all') return { kind: 'all' }
  const withVersion = items.filter((i) => i.includes('='))
  if (withVersion.length === 0) return { kind: 'list', refs: items }
  if (withVersion.length !== items.length) {
    throw new InputError(
      `${name} mixes plain names and name=version pairs; use one form: "app, api-gateway" or "app=v1.2.3, api-gateway=release-1.2.0"`
    )
  }
  const pairs = new Map<string, string>()
  for (const item of items) {
    const eq = item.indexOf('=')
    const image = item.slice(0, eq).trim()
    const version = item.slice(eq + 1).trim()
    if (image === '')
      throw new InputError(`${name} has ${escapeForMessage(item)} with no image name before "="`)
    parseRelease(version, `version for image ${escapeForMessage(image)} in ${ref}`)
    if (pairs.has(image)) throw new InputError(`${name} names ${escapeForMessage(image)} twice`)
    pairs.set(image, version)
  }
  return { kind: 'versions', pairs }
}
