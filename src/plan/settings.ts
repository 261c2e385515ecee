/**
 * The settings both faces share (change detection, file locations, the branch), read in one
 * place: the faces only collect what the user gave (the action's inputs, the CLI's flags, by the
 * input's name); readGiven parses it, and mergeSettings puts it over the configuration file over
 * the defaults, remembering where each value came from for the summary.
 */
import type { DetectionMode } from '../detect/options.js'
import { splitCommand } from '../detect/compare-command.js'
import { escapeForMessage } from '../util/escape.js'
import { closest } from '../util/closest.js'
import { checkRelPath } from '../files/repo-files.js'
import { splitGlobs } from '../util/glob/split.js'
import { parsePathsInput } from '../detect/paths-input.js'
import { isBranchName } from '../util/refs.js'
import type { MissingTagPolicy } from '../detect/tag-commits.js'
import { KnownError } from '../util/errors.js'

/** The settings shared by the action and the CLI, typed and validated. */
export interface Settings {
  /** Image name or prefix -> globs (additions keep their leading `+`), as parsePathsInput returns. */
  readonly paths: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths: readonly string[]
  readonly ignorePaths: readonly string[]
  readonly detection: DetectionMode
  /** The compare command's argv; undefined for none. */
  readonly compareCommand: readonly string[] | undefined
  readonly compareTimeoutMs: number
  readonly onMissingTag: MissingTagPolicy
  readonly varsFile: string
  readonly versionsFile: string
  /** The branch to commit to; undefined = derived from the event. */
  readonly branch: string | undefined
}

export type SettingName = keyof Settings

/** Where a setting's value came from. */
export type SettingSource = 'input' | 'config file' | 'default'

/** Each setting's name as users write it: the action input, the CLI flag and the file's key. */
export const SETTING_KEYS: Readonly<Record<SettingName, string>> = {
  paths: 'paths',
  sharedPaths: 'shared-paths',
  ignorePaths: 'ignore-paths',
  detection: 'detection',
  compareCommand: 'compare-command',
  compareTimeoutMs: 'compare-timeout',
  onMissingTag: 'on-missing-tag',
  varsFile: 'vars-file',
  versionsFile: 'versions-file',
  branch: 'branch'
}

/** The values used when neither an input nor the file sets them. */
export const DEFAULT_SETTINGS: Settings = {
  paths: new Map(),
  sharedPaths: [],
  ignorePaths: [],
  detection: 'paths',
  compareCommand: undefined,
  compareTimeoutMs: 600_000,
  onMissingTag: 'unpin',
  varsFile: 'scripts/image_vars.src',
  versionsFile: 'scripts/image_versions.src',
  branch: undefined
}

/** A bad setting, named as the face or the file spells it. */
export class SettingsError extends KnownError {
  override name = 'SettingsError'
  get id(): string {
    return 'settings'
  }
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
  throw new SettingsError(
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
    throw new SettingsError(
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
export function globList(raw: string): string[] {
  return valueLines(raw).flatMap((line) => splitGlobs(line))
}

/** The raw values the user gave, by the input's name (`shared-paths`); blank means not given. */
export type GivenSettings = Readonly<Partial<Record<string, string>>>

/** JavaScript's own errors: a bug, never a bad value. */
const JS_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError'])

/**
 * Parses the settings the user gave; the others stay unset, for the file or the default. Every
 * bad value throws a {@link SettingsError}.
 */
export function readGiven(given: GivenSettings, say: Namer): Partial<Settings> {
  const parse: Record<SettingName, (raw: string, name: string) => unknown> = {
    paths: (raw) => parsePathsInput(raw),
    sharedPaths: (raw) => globList(raw),
    ignorePaths: (raw) => globList(raw),
    detection: (raw, name) => oneOf(say, name, raw, ['paths', 'command'], 'paths'),
    compareCommand: (raw, name) => splitCommand(raw, name),
    compareTimeoutMs: (raw, name) => seconds(say, name, raw, 0),
    onMissingTag: (raw, name) => oneOf(say, name, raw, ['unpin', 'keep', 'fail'], 'unpin'),
    // The path's shape is known now; whether the file is there, when the checkout is read.
    varsFile: (raw, name) => (checkRelPath(raw, say.ref(name)), raw),
    versionsFile: (raw, name) => (checkRelPath(raw, say.ref(name)), raw),
    branch: (raw, name) => {
      const branch = raw.replace(/^refs\/heads\//, '')
      if (!isBranchName(branch)) {
        throw new SettingsError(
          `${say(name)} ${escapeForMessage(branch)} is not a valid branch name`
        )
      }
      return branch
    }
  }
  const out: Record<string, unknown> = {}
  for (const [field, name] of Object.entries(SETTING_KEYS) as [SettingName, string][]) {
    const raw = given[name] ?? ''
    // paths keeps its lines as given; every other value is one trimmed word or list.
    if (raw.trim() === '') continue
    try {
      out[field] = parse[field](field === 'paths' ? raw : raw.trim(), name)
    } catch (e) {
      // Whatever module found it (paths, globs, the command's quotes, the path), a bad value is
      // a settings error: the CLI answers it with its usage line and exit 2.
      if (e instanceof SettingsError || !(e instanceof Error) || JS_ERRORS.has(e.name)) throw e
      throw new SettingsError(e.message, { cause: e })
    }
  }
  return out as Partial<Settings>
}

/** The merged settings and, for each, where its value came from. */
export interface MergedSettings {
  readonly settings: Settings
  readonly sources: Readonly<Record<SettingName, SettingSource>>
}

/**
 * Merges the given settings over the configuration file over the defaults, setting by setting
 * (a given `paths` replaces the file's whole `paths`). `configFile` names the file in errors.
 */
export function mergeSettings(
  config: Partial<Settings> | undefined,
  given: Partial<Settings>,
  say: Namer = inputNamer,
  configFile = 'the configuration file'
): MergedSettings {
  const settings: Record<string, unknown> = {}
  const sources: Partial<Record<SettingName, SettingSource>> = {}
  for (const name of Object.keys(SETTING_KEYS) as SettingName[]) {
    const [value, source]: [unknown, SettingSource] =
      given[name] !== undefined
        ? [given[name], 'input']
        : config?.[name] !== undefined
          ? [config[name], 'config file']
          : [DEFAULT_SETTINGS[name], 'default']
    settings[name] = value
    sources[name] = source
  }
  const merged = settings as unknown as Settings
  const done = sources as Record<SettingName, SettingSource>
  if (merged.detection === 'command' && merged.compareCommand === undefined) {
    const from = done.detection === 'input' ? say('detection') : `detection in ${configFile}`
    throw new SettingsError(
      `${from} is "command" but no compare-command is set; set ${say.ref('compare-command')} (or compare-command in ${configFile}), or use detection: paths`
    )
  }
  return { settings: merged, sources: done }
}

/**
 * Every `paths` entry must name an image of the list (by name or prefix): an entry for a
 * mistyped name would otherwise leave the image it meant on its derived inputs, silently.
 */
export function checkPathsImages(
  paths: ReadonlyMap<string, readonly string[]>,
  images: readonly { readonly name: string; readonly prefix: string }[],
  varsFile: string
): void {
  const known = images.flatMap((i) => [i.name, i.prefix])
  for (const key of paths.keys()) {
    if (known.includes(key)) continue
    const meant =
      closest(
        key,
        images.map((i) => i.name)
      ) ?? images.find((i) => closest(key, [i.prefix]) !== undefined)?.name
    throw new SettingsError(
      `paths: ${escapeForMessage(key)} is not an image of ${varsFile}; ${
        meant !== undefined
          ? `did you mean ${meant}?`
          : `the images are ${images.map((i) => i.name).join(', ')}`
      }`
    )
  }
}
