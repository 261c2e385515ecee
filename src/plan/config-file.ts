/**
 * The configuration file, `.github/vro-image-version.yml` by default: YAML, validated against
 * the JSON Schema shipped in schema/ (so editors can complete and check it; config-schema.ts),
 * then by the same checks the inputs get. Every error names the file, the line and the key, and what to do.
 */
import path from 'node:path'
import { LineCounter, isAlias, parseDocument, visit, type Document } from 'yaml'
import { CommandError, splitCommand } from '../detect/compare-command.js'
import { readCheckoutFile } from '../files/checkout-file.js'
import { FileError } from '../files/repo-files.js'
import { splitGlobs } from '../util/glob/split.js'
import { PathsError, checkGlob, readPathsEntry } from '../detect/paths-input.js'
import { isBranchName } from '../util/refs.js'
import type { SettingName, Settings } from './settings.js'
import { chooseError, schemaErrors } from './config-schema.js'
import { escapeForMessage } from '../util/escape.js'
import { lineOf, type KeyPath } from '../util/yaml-lines.js'
import { KnownError } from '../util/errors.js'

/** Where the configuration file is looked for when no `config-file` input or `--config` is given. */
export const DEFAULT_CONFIG_FILE = '.github/vro-image-version.yml'

/** The other spelling of the default file's extension, read as well (never both). */
export const DEFAULT_CONFIG_FILE_YAML = '.github/vro-image-version.yaml'

/** Larger files are refused unread by YAML: a configuration is a few KB. */
export const MAX_CONFIG_BYTES = 1024 * 1024

/** More alias expansions are refused: a "billion laughs" file grows without bound. */
const MAX_ALIASES = 100

/** A configuration file that cannot be used; `line` and `key` say where, when known. */
export class ConfigError extends KnownError {
  override name = 'ConfigError'
  get id(): string {
    return 'config'
  }
  constructor(
    message: string,
    readonly line?: number,
    readonly key?: string
  ) {
    super(message)
  }
}

/** A parsed configuration file: its name (for messages and the summary) and what it sets. */
export interface Config {
  readonly file: string
  readonly settings: Partial<Settings>
}

/** Points at the line of a key path, and raises errors there. */
class Locator {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter
  ) {}

  where(path: KeyPath, onKey = false): string {
    const line = lineOf(this.doc, this.lines, path, onKey)
    return line === undefined ? this.file : `${this.file} line ${line}`
  }

  /** An error at `path`: "<file> line <n>: <key>: <message>". */
  error(path: KeyPath, message: string, onKey = false): ConfigError {
    const key = keyName(path)
    const line = lineOf(this.doc, this.lines, path, onKey)
    return new ConfigError(
      `${this.where(path, onKey)}: ${key ? `${key}: ` : ''}${message}`,
      line,
      key
    )
  }

  /** Runs a check of image-inputs.ts or compare-command.ts, its error placed at `path`. */
  guard<T>(path: KeyPath, check: (where: string) => T): T {
    try {
      return check(`${this.where(path)}: ${keyName(path.filter((p) => typeof p === 'string'))}`)
    } catch (e) {
      if (!(e instanceof PathsError || e instanceof CommandError)) throw e
      throw new ConfigError(e.message, lineOf(this.doc, this.lines, path), keyName(path))
    }
  }
}

/** The key path as messages write it: `paths.app`, `shared-paths[2]`. */
function keyName(path: KeyPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** Parses and validates the text of a configuration file; `file` names it in errors. */
export function parseConfig(text: string, file: string): Config {
  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES) {
    throw new ConfigError(
      `${file}: larger than ${MAX_CONFIG_BYTES} bytes; a configuration file holds a few settings`
    )
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true })
  const loc = new Locator(file, doc, lines)
  const bad = doc.errors[0]
  if (bad) {
    const line = lines.linePos(bad.pos[0]).line
    const what =
      bad.code === 'DUPLICATE_KEY'
        ? `duplicate key ${escapeForMessage(keyAt(text, bad.pos[0]))}; each setting, and each image of paths, may appear once: merge the two`
        : bad.code === 'MULTIPLE_DOCS'
          ? 'a second YAML document (---); keep one document of settings'
          : `${(bad.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; fix the YAML syntax`
    throw new ConfigError(`${file} line ${line}: ${what}`, line)
  }
  unresolvedAlias(doc, lines, file)
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (e) {
    throw new ConfigError(
      `${file}: ${(e as Error).message}; write the values out instead of aliases (*name)`
    )
  }
  if (value === null || value === undefined) return { file, settings: {} }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'a list' : 'a single value'
    throw loc.error(
      [],
      `the file must be a mapping of settings (e.g. "detection: paths"), not ${kind}`
    )
  }
  const errors = schemaErrors(value)
  if (errors.length > 0) {
    const found = chooseError(errors, value)
    throw loc.error(found.path, found.message, found.onKey)
  }
  return { file, settings: settingsOf(value as Record<string, unknown>, loc) }
}

/**
 * An alias (`*name`) with no anchor before it: in a configuration file, nearly always a glob
 * written without quotes (an unquoted `**` glob in `ignore-paths`), which YAML reads as an alias. Refused with
 * its line and the fix, before the document is converted (which would say only "Unresolved alias").
 */
function unresolvedAlias(doc: Document, lines: LineCounter, file: string): void {
  visit(doc, {
    Alias(_key, node) {
      if (!isAlias(node) || node.resolve(doc) !== undefined) return
      const line = node.range ? lines.linePos(node.range[0]).line : undefined
      const where = line === undefined ? file : `${file} line ${line}`
      throw new ConfigError(
        `${where}: *${node.source} is read as a YAML alias (a value that starts with * names an anchor); quote globs that start with *, e.g. '*${node.source}'`,
        line
      )
    }
  })
}

/** The key written at an offset: the rest of its line up to the colon. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset).split(/\r?\n/)[0] ?? ''
  return (line.split(/:(?:\s|$)/)[0] ?? '').trim()
}

/** The schema-valid values as Settings, after the checks the inputs get. */
function settingsOf(raw: Record<string, unknown>, loc: Locator): Partial<Settings> {
  const globs = (key: string): string[] | undefined => {
    const list = (raw[key] as string[] | undefined)?.map((g) => g.trim())
    list?.forEach((g, i) => loc.guard([key, i], (where) => checkGlob(g, where)))
    return list
  }
  const paths = raw.paths as Record<string, string | string[]> | undefined
  const command = raw['compare-command'] as string | string[] | undefined
  const timeout = raw['compare-timeout'] as number | undefined
  const branch = raw.branch as string | undefined
  const out: Partial<Record<SettingName, unknown>> = {
    paths: paths && new Map(Object.entries(paths).map(([k, v]) => [k, pathsEntry(k, v, loc)])),
    sharedPaths: globs('shared-paths'),
    ignorePaths: globs('ignore-paths'),
    detection: raw.detection,
    compareCommand:
      typeof command === 'string'
        ? loc.guard(['compare-command'], (where) => splitCommand(command, where))
        : command,
    compareTimeoutMs: timeout === undefined ? undefined : Math.round(timeout * 1000),
    onMissingTag: raw['on-missing-tag'],
    varsFile: raw['vars-file'],
    versionsFile: raw['versions-file'],
    branch: branch === undefined ? undefined : branchName(branch, loc)
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined))
}

/**
 * One image's `paths` entry: a list of globs, or a string of comma-separated globs where a `+`
 * first adds them all to the derived inputs, as in the `paths` input. Returned as
 * parsePathsInput returns an entry: additions keep their `+`.
 */
function pathsEntry(image: string, entry: string | string[], loc: Locator): string[] {
  const path = ['paths', image]
  let globs: string[]
  if (typeof entry === 'string') {
    const text = entry.trim()
    const all = text.startsWith('+')
    globs = splitGlobs(all ? text.slice(1) : text).map((g) =>
      all && !g.startsWith('+') ? `+${g}` : g
    )
    for (const g of globs) loc.guard(path, (where) => checkGlob(g.replace(/^\+\s*/, ''), where))
  } else {
    globs = entry.map((g) => g.trim())
    globs.forEach((g, i) =>
      loc.guard([...path, i], (where) => checkGlob(g.replace(/^\+\s*/, ''), where))
    )
  }
  loc.guard(path, () => readPathsEntry(keyName(path), globs, loc.where(path)))
  return globs
}

function branchName(raw: string, loc: Locator): string {
  const branch = raw.trim().replace(/^refs\/heads\//, '')
  if (!isBranchName(branch)) {
    throw loc.error(
      ['branch'],
      `${escapeForMessage(raw)} is not a valid branch name; write the main branch's name, e.g. main`
    )
  }
  return branch
}

/**
 * Reads the configuration file `file` (relative to the repository root `root`; with
 * `absolute`, as the CLI allows, also a path outside it, read with the same checks: a regular
 * file, bounded). Without `file`, the default file (`.yml` or `.yaml`, not both) or none
 * (undefined); a named file must exist.
 */
export async function readConfig(
  root: string,
  file: string | undefined,
  options: { readonly absolute?: boolean } = {}
): Promise<Config | undefined> {
  const read = async (rel: string): Promise<string | undefined> => {
    const outside = options.absolute === true && path.isAbsolute(rel)
    try {
      return outside
        ? await readCheckoutFile(path.dirname(rel), path.basename(rel), {
            what: 'Configuration file'
          })
        : await readCheckoutFile(root, rel, { what: 'Configuration file', symlinks: 'refuse' })
    } catch (e) {
      throw e instanceof FileError ? new ConfigError(e.message) : e
    }
  }
  if (file === undefined) {
    const [yml, yaml] = [await read(DEFAULT_CONFIG_FILE), await read(DEFAULT_CONFIG_FILE_YAML)]
    if (yml !== undefined && yaml !== undefined) {
      throw new ConfigError(
        `Both ${DEFAULT_CONFIG_FILE} and ${DEFAULT_CONFIG_FILE_YAML} exist; keep one of them (merge the other into it and delete it)`
      )
    }
    if (yml !== undefined) return parseConfig(yml, DEFAULT_CONFIG_FILE)
    if (yaml !== undefined) return parseConfig(yaml, DEFAULT_CONFIG_FILE_YAML)
    return undefined
  }
  const text = await read(file)
  if (text !== undefined) return parseConfig(text, file)
  throw new ConfigError(
    `Configuration file ${escapeForMessage(file)} does not exist; create it, or correct the config-file input (CLI: --config)`
  )
}
