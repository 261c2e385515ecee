/**
 * The settings both faces share (change detection and file locations), read in one place from
 * what the user gave: the action's inputs or the CLI's flags, by the input's name. The faces
 * only collect the raw strings; parsing, validation and defaults live here.
 */
import type { Detection, MissingTagPolicy } from './changes.js'
import { splitCommand } from './compare-command.js'
import { escapeForMessage } from './escape.js'
import { parsePathsInput, splitGlobs } from './image-inputs.js'
import { isBranchName } from './refs.js'

/** The shared settings, parsed and defaulted. */
export interface Settings {
  readonly varsFile: string
  readonly versionsFile: string
  /** image name or prefix -> globs (additions keep their leading `+`). */
  readonly paths: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths: readonly string[]
  readonly ignorePaths: readonly string[]
  readonly detection: Detection
  /** argv of the compare command, or undefined. */
  readonly compareCommand: readonly string[] | undefined
  readonly compareTimeoutMs: number
  readonly onMissingTag: MissingTagPolicy
  /** The branch to commit to; undefined: the event's, or the repository's default branch. */
  readonly branch: string | undefined
}

/** The names of the shared settings, as the action's inputs and the CLI's flags spell them. */
export const SETTING_NAMES = [
  'vars-file',
  'versions-file',
  'paths',
  'shared-paths',
  'ignore-paths',
  'detection',
  'compare-command',
  'compare-timeout',
  'on-missing-tag',
  'branch'
] as const
export type SettingName = (typeof SETTING_NAMES)[number]

/** The raw values the user gave, by setting name; absent or blank means "not given". */
export type GivenSettings = Partial<Record<SettingName, string>>

export const DEFAULTS = {
  varsFile: 'scripts/image_vars.src',
  versionsFile: 'scripts/image_versions.src',
  compareTimeoutSeconds: 600
} as const

/** A bad value, named as the face spells the setting (`Input detection`, `--detection`). */
export class SettingError extends Error {
  override name = 'SettingError'
}

/**
 * How a face names a setting in a message: as the subject (`Input detection`, `--detection`)
 * and in passing (`compare-command`, `--compare-command`).
 */
export interface Namer {
  (name: string): string
  readonly ref: (name: string) => string
}
export const inputNamer: Namer = Object.assign((name: string) => `Input ${name}`, {
  ref: (name: string) => name
})
export const flagNamer: Namer = Object.assign((name: string) => `--${name}`, {
  ref: (name: string) => `--${name}`
})

/** One of the allowed values, or the fallback when not given. */
export function oneOf<T extends string>(
  say: Namer,
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  const value = (raw ?? '').trim()
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new SettingError(
    `${say(name)} is ${escapeForMessage(value)}; accepted values: ${allowed.join(', ')}`
  )
}

/** A duration in seconds (a positive number, at most a day), returned in milliseconds. */
export function seconds(
  say: Namer,
  name: string,
  raw: string | undefined,
  fallback: number
): number {
  const value = (raw ?? '').trim()
  if (value === '') return fallback * 1000
  const n = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 86400) {
    throw new SettingError(
      `${say(name)} is ${escapeForMessage(value)}; accepted values: a number of seconds above 0, at most 86400`
    )
  }
  return Math.round(n * 1000)
}

/** The lines of a multiline value, without `#` comment lines. */
export function valueLines(raw: string): string[] {
  return raw.split(/\r?\n/).filter((line) => !line.trim().startsWith('#'))
}

/** Splits a glob list on newlines and on commas outside `{...}`. */
export function globList(raw: string | undefined): string[] {
  return valueLines(raw ?? '').flatMap((line) => splitGlobs(line))
}

/** Parses the shared settings from the given raw values; the rest get their defaults. */
export function readSettings(given: GivenSettings, say: Namer): Settings {
  const text = (name: SettingName): string => (given[name] ?? '').trim()
  const branch = text('branch').replace(/^refs\/heads\//, '')
  if (branch !== '' && !isBranchName(branch)) {
    throw new SettingError(
      `${say('branch')} ${escapeForMessage(branch)} is not a valid branch name`
    )
  }
  const detection = oneOf(say, 'detection', given.detection, ['paths', 'command'] as const, 'paths')
  const command = text('compare-command')
  if (detection === 'command' && command === '') {
    throw new SettingError(
      `${say('detection')} is "command" but ${say.ref('compare-command')} is empty; set ${say.ref('compare-command')}`
    )
  }
  return {
    varsFile: text('vars-file') || DEFAULTS.varsFile,
    versionsFile: text('versions-file') || DEFAULTS.versionsFile,
    paths: parsePathsInput(given.paths ?? ''),
    sharedPaths: globList(given['shared-paths']),
    ignorePaths: globList(given['ignore-paths']),
    detection,
    compareCommand: command === '' ? undefined : splitCommand(command),
    compareTimeoutMs: seconds(
      say,
      'compare-timeout',
      given['compare-timeout'],
      DEFAULTS.compareTimeoutSeconds
    ),
    onMissingTag: oneOf(
      say,
      'on-missing-tag',
      given['on-missing-tag'],
      ['unpin', 'keep', 'fail'] as const,
      'unpin'
    ),
    branch: branch === '' ? undefined : branch
  }
}
