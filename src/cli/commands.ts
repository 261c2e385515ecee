/**
 * The CLI's face over the shared use case (plan-run.ts): the same plan as the action, on a local
 * checkout, with no GitHub. It adds the file write and the table (or the JSON report).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { UsageError, USAGE, parseCli, type CliArgs } from './args.js'
import { realPathOutside } from '../files/checkout-file.js'
import { resolveNow } from '../util/clock.js'
import { escapeForMessage, forLog } from '../util/escape.js'
import { FileError, checkRelPath, writeAtomic } from '../files/repo-files.js'
import { workTreeRoot } from '../git/git.js'
import { hasRemote, knownTags } from '../git/remote.js'
import { resolveImages } from '../files/image-vars.js'
import { formatInputs, formatInputsSummary, inputsReport } from '../detect/inputs-report.js'
import { prepareRun } from '../plan/prepare-run.js'
import { loadRepo } from '../files/repo.js'
import { formatTable } from '../plan/decision-text.js'
import { DEFAULT_CONFIG_FILE, readConfig } from '../plan/config-file.js'
import { warningText } from '../util/warning.js'
import {
  SettingsError,
  checkPathsImages,
  flagNamer,
  mergeSettings,
  readGiven,
  type Settings
} from '../plan/settings.js'

/** Where the CLI writes, and what it runs in. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** The terminal's width, when stdout is one. */
  readonly columns?: number
}

/** Runs one command line; resolves with the exit code (0 done, 1 error, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs | 'help'
  let given: Partial<Settings>
  try {
    args = parseCli(argv, io.cwd)
    if (args === 'help') {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    given = readGiven(args.given, flagNamer)
    // A local file outside the repository is a normal thing to name on a laptop.
    if (args.config !== undefined && !path.isAbsolute(args.config)) {
      checkRelPath(args.config, '--config')
    }
    // In a workflow, the folder worked on must be the workspace or inside it, by its real path.
    const workspace = io.env.GITHUB_WORKSPACE
    if (workspace && realPathOutside(args.dir, workspace)) {
      throw new UsageError(
        `--dir ${escapeForMessage(args.dir)} is outside GITHUB_WORKSPACE ${escapeForMessage(workspace)} (by its real path: a symbolic link?); give a folder of the workspace`
      )
    }
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof SettingsError || e instanceof FileError)) throw e
    return usage(e, io)
  }
  let gitRoot: string | undefined
  try {
    gitRoot = await checkDir(args)
  } catch (e) {
    if (e instanceof DirError) return usage(e, io)
    throw e
  }
  try {
    // The flags over the repository's configuration file over the defaults, as in the action.
    const config = await readConfig(args.dir, args.config, { absolute: true })
    if (config) io.stderr(`config: ${forLog(config.file)}\n`)
    const { settings } = mergeSettings(
      config?.settings,
      given,
      flagNamer,
      config?.file ?? DEFAULT_CONFIG_FILE
    )
    await checkVarsFile(args.dir, settings.varsFile, gitRoot)
    return args.command === 'inputs'
      ? await printInputs(args, settings, io, config?.file)
      : await planAndWrite(args, settings, io, config?.file)
  } catch (e) {
    // The flags merged with the file: a combination that cannot work is a usage error too.
    if (e instanceof SettingsError || e instanceof DirError) return usage(e, io)
    io.stderr(`vro-image-version: error: ${forLog((e as Error).message)}\n`)
    return 1
  }
}

/** --dir or --vars-file names no image list, or not the root of a repository: a usage error. */
class DirError extends UsageError {
  override name = 'DirError'
  override get id(): string {
    return 'usage-dir'
  }
}

/** The commands that read the history: change detection, a release's tags, the inputs. */
function readsGit(args: CliArgs): boolean {
  return args.command === 'inputs' || args.intent.kind === 'push' || args.intent.kind === 'release'
}

/**
 * --dir must be a folder; for the commands that read git, the root of a git working tree.
 * Returns that root (undefined outside git), for checkVarsFile's hint.
 */
async function checkDir(args: CliArgs): Promise<string | undefined> {
  const dir = escapeForMessage(args.dir)
  let real: string
  try {
    if (!(await fs.stat(args.dir)).isDirectory()) throw new DirError(`--dir ${dir} is not a folder`)
    real = await fs.realpath(args.dir)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DirError(`--dir ${dir}: no such folder`)
    }
    throw e
  }
  let root: string | undefined
  try {
    root = await workTreeRoot(args.dir)
  } catch {
    return undefined // no git at all: the commands that need it fail when they run it, saying so
  }
  if (!readsGit(args)) return root
  if (root === undefined) {
    throw new DirError(
      `${dir} is not a git repository; give --dir the root of a clone of the monorepo`
    )
  }
  if (path.resolve(root) !== real) throw insideRepository(args.dir, root)
  return root
}

const insideRepository = (dir: string, root: string): DirError =>
  new DirError(
    `${escapeForMessage(dir)} is inside the repository at ${escapeForMessage(root)}; use --dir ${escapeForMessage(root)}`
  )

/** The image list must be there; when it is not, say what --dir or --vars-file should be. */
async function checkVarsFile(
  dir: string,
  varsFile: string,
  gitRoot: string | undefined
): Promise<void> {
  const exists = await fs.stat(path.join(dir, varsFile)).then(
    () => true,
    () => false
  )
  if (exists) return
  if (gitRoot !== undefined && path.resolve(gitRoot) !== (await fs.realpath(dir))) {
    throw insideRepository(dir, gitRoot)
  }
  throw new DirError(
    `--vars-file ${escapeForMessage(varsFile)} not found in ${escapeForMessage(dir)}; give --dir the root of the monorepo, or --vars-file the generated image_vars.src that lists its images`
  )
}

/** A command line that cannot work: one line, where to look, exit 2. */
function usage(e: Error, io: CliIo): number {
  io.stderr(
    `vro-image-version: ${forLog(e.message)}\nRun vro-image-version --help for the usage.\n`
  )
  return 2
}

/** plan, pin, unpin: the shared plan on the working tree's file at HEAD, written if asked. */
async function planAndWrite(
  args: CliArgs,
  settings: Settings,
  io: CliIo,
  configFile: string | undefined
): Promise<number> {
  const remote = args.remote
  const detects = args.intent.kind === 'release' || args.intent.kind === 'push'
  if (detects && remote !== 'origin' && !(await hasRemote(args.dir, remote))) {
    throw new UsageError(
      `--remote ${remote}: the checkout in ${args.dir} has no remote ${remote} (git remote lists its remotes)`
    )
  }
  const run = await prepareRun({
    root: args.dir,
    settings,
    intent: args.intent,
    now: resolveNow(args.now, io.env.SOURCE_DATE_EPOCH),
    remote,
    // A release plan checks its tag like the action; a pin works offline, on any folder.
    ...(args.intent.kind === 'release' ? { tags: () => knownTags(args.dir, remote) } : {})
  })
  const { repo } = run
  // The checkout is left as found: fetched tags are private and deleted, .git/config restored.
  const result = await run.decide(repo.versionsText, 'HEAD').finally(() => run.close())
  const written = args.write && result.changed
  if (written) await writeAtomic(repo.versionsFile.abs, result.text)
  const warnings = [...repo.warnings, ...result.warnings].map(warningText)
  for (const w of warnings) io.stderr(`warning: ${forLog(w)}\n`)
  if (args.json) {
    const report = {
      command: args.command,
      intent: intentLabel(args),
      config: configFile ?? null,
      versionsFile: repo.versionsFile.rel,
      changed: result.changed,
      written,
      decisions: result.decisions,
      warnings,
      stats: result.stats
    }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  }
  const file = repo.versionsFile.rel
  const what = written
    ? `${file} updated`
    : result.changed
      ? `${file} would change (plan only; nothing written)`
      : `${file} unchanged`
  io.stdout(`${formatTable(result.decisions)}\n${forLog(what)}\n`)
  return 0
}

/** What the run did, in the CLI's own words (not the engine's). */
function intentLabel(args: CliArgs): string {
  if (args.intent.kind === 'status') return 'current'
  if (args.command === 'unpin' && args.intent.kind === 'push') return 'changed'
  return args.intent.kind
}

/** `inputs`: each image's build root and inputs with their provenance; writes nothing. */
async function printInputs(
  args: CliArgs,
  settings: Settings,
  io: CliIo,
  configFile: string | undefined
): Promise<number> {
  const repo = await loadRepo(args.dir, settings.varsFile, settings.versionsFile)
  checkPathsImages(settings.paths, repo.images, settings.varsFile)
  const images = args.only ? resolveImages(repo.images, args.only) : repo.images
  const report = await inputsReport({
    cwd: repo.root,
    head: 'HEAD',
    images,
    paths: settings.paths,
    sharedPaths: settings.sharedPaths,
    ignored: [repo.versionsFile.rel, ...settings.ignorePaths]
  })
  for (const w of repo.warnings) io.stderr(`warning: ${forLog(warningText(w))}\n`)
  if (args.json) {
    io.stdout(`${JSON.stringify({ ...report, config: configFile ?? null }, null, 2)}\n`)
  } else {
    const width = Math.max(60, Math.min(120, io.columns ?? 120))
    io.stdout(`${args.verbose ? formatInputs(report) : formatInputsSummary(report, width)}\n`)
  }
  return 0
}
