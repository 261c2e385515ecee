/**
 * The CLI's command line: the usage text and the parse of argv into a command, an intent and
 * the shared settings as given (settings.ts reads them, as it reads the action's inputs).
 */
import { parseArgs } from 'node:util'
import { closest } from '../util/closest.js'
import type { Intent } from '../plan/intent.js'
import { parseImagesInput } from '../plan/job-inputs.js'
import { SETTING_KEYS, type GivenSettings } from '../plan/settings.js'
import { KnownError } from '../util/errors.js'

export const USAGE = `Usage:
  vro-image-version plan [--event release --version V | --event push]
  vro-image-version pin --version V [--images a,b]
  vro-image-version pin --images a=V1,b=V2    each image to its own version
  vro-image-version unpin (--images a,b | --changed)
  vro-image-version inputs [--images a,b] [--verbose]   each image's build root and inputs

Options:
  --dir DIR             repository root (default: the current folder)
  --config PATH         configuration file (default: .github/vro-image-version.yml or .yaml,
                        if present; an absolute path may be outside the repository)
  --vars-file PATH      image list (default: scripts/image_vars.src)
  --versions-file PATH  pins (default: scripts/image_versions.src)
  --json                print a machine-readable report on stdout
  --verbose             inputs: every input, with where it comes from and why
  --now ISO-8601        the clock for history comments (SOURCE_DATE_EPOCH is honoured too)
  --remote NAME         the remote that tags are listed and fetched from (default: origin)

Change detection (as the action's inputs of the same names; for plan --event, unpin --changed, inputs):
  --paths TEXT          per-image globs, "image: glob, glob" lines
  --shared-paths GLOBS  globs that count for every image (comma-separated)
  --ignore-paths GLOBS  globs that never count (comma-separated)
  --on-missing-tag P    unpin (default), keep or fail
  --detection D         paths (default) or command
  --compare-command CMD a content check: CMD <image> <tag> <head>, exit 0 same, 1 changed
  --compare-timeout S   seconds one compare command may run (default 600)
  -h, --help            show this help

Images may be named by image name (api-gateway) or by prefix (apigateway).
Exit codes: 0 done, 1 error, 2 usage.`

/** A command line that cannot work: exit 2 with one line and a pointer to --help. */
export class UsageError extends KnownError {
  override name = 'UsageError'
  get id(): string {
    return 'usage'
  }
}

export interface CliArgs {
  readonly command: 'plan' | 'pin' | 'unpin' | 'inputs'
  readonly intent: Intent
  readonly dir: string
  /** --config: the configuration file, relative to --dir or absolute (default .github/vro-image-version.yml or .yaml). */
  readonly config: string | undefined
  readonly json: boolean
  /** inputs: the full provenance, one line per input. */
  readonly verbose: boolean
  readonly now: string | undefined
  /** --remote: the remote that tags are listed and fetched from. */
  readonly remote: string
  readonly given: GivenSettings
  /** Write the versions file when the plan changes it. */
  readonly write: boolean
  /** inputs: the images asked about (all when undefined). */
  readonly only?: readonly string[]
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const items = value.split(/[\s,]+/).filter((s) => s !== '')
  if (items.length === 0) throw new UsageError('--images needs at least one image')
  return items
}

/** pin's --images: names, or name=version pairs as in the action's images input. */
function pinImages(raw: string | undefined): ReturnType<typeof parseImagesInput> | undefined {
  if (raw === undefined) return undefined
  try {
    const images = parseImagesInput(raw, '--images')
    if (images.kind === 'all') throw new UsageError('pin takes image names, not "all"')
    return images
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError((e as Error).message)
  }
}

/** The shared settings as flags (all but the branch, which the CLI never commits to). */
const SETTING_FLAGS: readonly string[] = Object.values(SETTING_KEYS).filter((n) => n !== 'branch')

/** The options, as parseArgs takes them. */
const OPTIONS = {
  ...Object.fromEntries(SETTING_FLAGS.map((n) => [n, { type: 'string' as const }])),
  config: { type: 'string' },
  dir: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  now: { type: 'string' },
  remote: { type: 'string' },
  event: { type: 'string' },
  version: { type: 'string' },
  images: { type: 'string' },
  changed: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string }>

/**
 * parseArgs' own complaint in our words, one line: the option it is about, and for an unknown
 * one the option it most likely meant.
 */
export function optionError(e: Error & { code?: string }): UsageError {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1]
  if (option === undefined) return new UsageError(e.message.split('\n')[0] ?? e.message)
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flags = Object.keys(OPTIONS).map((n) => `--${n}`)
    const meant = option.startsWith('--') ? closest(option, flags) : undefined
    return new UsageError(`Unknown option ${option}${meant ? `; did you mean ${meant}?` : ''}`)
  }
  if (/does not take an argument/.test(e.message)) {
    return new UsageError(`${option} takes no value`)
  }
  if (/ambiguous/.test(e.message)) {
    return new UsageError(
      `${option} needs a value (write ${option}=VALUE for a value that starts with "-")`
    )
  }
  return new UsageError(`${option} needs a value`)
}

/** Parses argv (without node and the script), or 'help'. */
export function parseCli(argv: readonly string[], cwd: string): CliArgs | 'help' {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS })
  } catch (e) {
    const err = e as Error & { code?: string }
    if (err.code?.startsWith('ERR_PARSE_ARGS_')) throw optionError(err)
    throw new UsageError(err.message)
  }
  const { values: v, positionals } = parsed
  if (v.help) return 'help'
  const [command, ...rest] = positionals
  if (rest.length > 0) throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}`)
  const values = v as Record<string, string | boolean | undefined>
  const given: GivenSettings = Object.fromEntries(
    SETTING_FLAGS.flatMap((n) => (typeof values[n] === 'string' ? [[n, values[n]]] : []))
  )
  const common = {
    dir: v.dir ?? cwd,
    config: v.config,
    json: v.json === true,
    verbose: v.verbose === true,
    now: v.now,
    remote: v.remote ?? 'origin',
    given
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(common.remote)) {
    throw new UsageError(`--remote ${JSON.stringify(common.remote)} is not a remote name`)
  }
  const refuse = (flag: string, cmd: string): void => {
    if (values[flag] !== undefined) throw new UsageError(`${cmd} does not take --${flag}`)
  }
  switch (command) {
    case 'plan': {
      refuse('verbose', 'plan')
      refuse('images', 'plan')
      refuse('changed', 'plan')
      if (v.event === undefined) {
        refuse('version', 'plan without --event')
        return { ...common, command, intent: { kind: 'status' }, write: false }
      }
      if (v.event === 'push') {
        refuse('version', 'plan --event push')
        return { ...common, command, intent: { kind: 'push' }, write: false }
      }
      if (v.event === 'release') {
        if (v.version === undefined) throw new UsageError('plan --event release needs --version')
        return { ...common, command, intent: { kind: 'release', version: v.version }, write: false }
      }
      throw new UsageError(`--event must be release or push, not ${JSON.stringify(v.event)}`)
    }
    case 'pin': {
      refuse('verbose', 'pin')
      refuse('event', 'pin')
      refuse('changed', 'pin')
      const images = pinImages(v.images)
      if (images?.kind === 'versions') {
        if (v.version !== undefined) {
          throw new UsageError('pin takes --version or name=version pairs in --images, not both')
        }
        return { ...common, command, intent: { kind: 'pin', targets: images.pairs }, write: true }
      }
      if (v.version === undefined) throw new UsageError('pin needs --version V')
      const only = list(v.images)
      return {
        ...common,
        command,
        intent: { kind: 'pin', version: v.version, ...(only ? { only } : {}) },
        write: true
      }
    }
    case 'unpin': {
      refuse('verbose', 'unpin')
      refuse('event', 'unpin')
      refuse('version', 'unpin')
      if ((v.images === undefined) === (v.changed === undefined)) {
        throw new UsageError('unpin needs exactly one of --images a,b or --changed')
      }
      if (v.changed) return { ...common, command, intent: { kind: 'push' }, write: true }
      return {
        ...common,
        command,
        intent: { kind: 'unpin', prefixes: list(v.images) ?? [] },
        write: true
      }
    }
    case 'inputs': {
      for (const flag of ['event', 'version', 'changed']) refuse(flag, 'inputs')
      const only = list(v.images)
      return {
        ...common,
        command,
        intent: { kind: 'status' },
        write: false,
        ...(only ? { only } : {})
      }
    }
    case undefined:
      throw new UsageError('No command given')
    default:
      throw new UsageError(`Unknown command ${JSON.stringify(command)}`)
  }
}
