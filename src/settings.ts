/**
 * The settings of a run that may come from the configuration file or from an input (or CLI
 * flag), merged with one rule: an input that is given wins over the file, the file wins over
 * the default. Each setting remembers where it came from, for the summary.
 */
import type { Detection } from './changes.js'
import { splitCommand } from './compare-command.js'
import { parsePathsInput } from './image-inputs.js'
import { InputError, durationInput, globListInput, isBranchName } from './inputs.js'
import type { MissingTagPolicy } from './tag-commits.js'
import { escapeForMessage } from './version.js'

/** The settings shared by the action and the CLI, typed and validated. */
export interface Settings {
  /** Image name or prefix -> globs (additions keep their leading `+`), as parsePathsInput returns. */
  readonly paths: Map<string, string[]>
  readonly sharedPaths: readonly string[]
  readonly ignorePaths: readonly string[]
  readonly detection: Detection
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

/** The values used when neither an input nor the file sets them (action.yml's defaults). */
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

export class SettingsError extends Error {
  override name = 'SettingsError'
}

/** The merged settings and, for each, where its value came from. */
export interface MergedSettings {
  readonly settings: Settings
  readonly sources: Readonly<Record<SettingName, SettingSource>>
}

/**
 * Merges the given inputs over the configuration file over the defaults, setting by setting
 * (an input's `paths` replaces the file's whole `paths`). `inputs` holds only the inputs the
 * user set; `configFile` names the file in errors.
 */
export function mergeSettings(
  config: Partial<Settings> | undefined,
  inputs: Partial<Settings>,
  configFile = 'the configuration file'
): MergedSettings {
  const settings: Record<string, unknown> = {}
  const sources: Partial<Record<SettingName, SettingSource>> = {}
  for (const name of Object.keys(SETTING_KEYS) as SettingName[]) {
    const [value, source]: [unknown, SettingSource] =
      inputs[name] !== undefined
        ? [inputs[name], 'input']
        : config?.[name] !== undefined
          ? [config[name], 'config file']
          : [DEFAULT_SETTINGS[name], 'default']
    settings[name] = value
    sources[name] = source
  }
  const merged = settings as unknown as Settings
  const done = sources as Record<SettingName, SettingSource>
  if (merged.detection === 'command' && merged.compareCommand === undefined) {
    const from = done.detection === 'input' ? 'input detection' : `detection in ${configFile}`
    throw new SettingsError(
      `${from} is "command" but no compare-command is set; set compare-command (input or ${configFile}), or use detection: paths`
    )
  }
  return { settings: merged, sources: done }
}

/** A choice input: one of the allowed values, or an InputError naming them. */
function choice<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(raw)) return raw as T
  throw new InputError(
    `Input ${name} is ${escapeForMessage(raw)}; accepted values: ${allowed.join(', ')}`
  )
}

/**
 * The settings set by inputs (or CLI flags): `get(name)` returns an input's raw text, '' when
 * not given. Blank inputs are not given, so they leave the file's value (or the default) alone;
 * that needs action.yml defaults of '' for these inputs.
 */
export function givenInputs(get: (name: string) => string): Partial<Settings> {
  const out: Record<string, unknown> = {}
  const parse: Record<SettingName, (raw: string, name: string) => unknown> = {
    paths: (raw) => parsePathsInput(raw),
    sharedPaths: (raw) => globListInput(raw),
    ignorePaths: (raw) => globListInput(raw),
    detection: (raw, name) => choice(name, raw, ['paths', 'command']),
    compareCommand: (raw, name) => splitCommand(raw, name),
    compareTimeoutMs: (raw, name) => durationInput(name, raw, 600),
    onMissingTag: (raw, name) => choice(name, raw, ['unpin', 'keep', 'fail']),
    varsFile: (raw) => raw,
    versionsFile: (raw) => raw,
    branch: (raw) => {
      const branch = raw.replace(/^refs\/heads\//, '')
      if (!isBranchName(branch)) {
        throw new InputError(`Input branch ${escapeForMessage(branch)} is not a valid branch name`)
      }
      return branch
    }
  }
  for (const [name, key] of Object.entries(SETTING_KEYS) as [SettingName, string][]) {
    const raw = name === 'paths' ? get(key) : get(key).trim()
    if (raw.trim() !== '') out[name] = parse[name](raw, key)
  }
  return out as Partial<Settings>
}
