#!/usr/bin/env node
/**
 * vro-image-version: the same engine as the action, on a local checkout. No GitHub needed.
 *
 *   vro-image-version plan [--event release --version V | --event push]
 *   vro-image-version pin --version V [--images a,b]
 *   vro-image-version unpin (--images a,b | --changed)
 *   vro-image-version inputs [--images a,b]
 */
import { parseArgs } from 'node:util'
import { knownTags } from './git.js'
import { resolveIntent } from './resolve.js'
import type { Detection, MissingTagPolicy } from './changes.js'
import { splitCommand } from './compare-command.js'
import { parsePathsInput } from './image-inputs.js'
import { durationInput, globListInput } from './inputs.js'
import { Decider, type Intent } from './decide.js'
import { loadRepo } from './repo.js'
import { parseRelease } from './version.js'
import { resolveImages } from './image-vars.js'
import { writeAtomic } from './files.js'
import { formatTable } from './report.js'
import { forLog } from './escape.js'
import { resolveNow } from './clock.js'
import { formatInputs, inputsReport } from './inputs/report.js'
import type { Repo } from './repo.js'

const USAGE = `Usage:
  vro-image-version plan [--event release --version V | --event push]
  vro-image-version pin --version V [--images a,b]
  vro-image-version unpin (--images a,b | --changed)
  vro-image-version inputs [--images a,b]   each image's build root and inputs, and why

Options:
  --dir DIR             repository root (default: the current folder)
  --vars-file PATH      image list (default: scripts/image_vars.src)
  --versions-file PATH  pins (default: scripts/image_versions.src)
  --json                print a machine-readable report on stdout
  --now ISO-8601        the clock for history comments (SOURCE_DATE_EPOCH is honoured too)

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

class UsageError extends Error {}

interface Parsed {
  command: 'plan' | 'pin' | 'unpin' | 'inputs'
  intent: Intent
  dir: string
  varsFile: string
  versionsFile: string
  json: boolean
  now: string | undefined
  detect: {
    paths: string
    sharedPaths: string[]
    ignorePaths: string[]
    onMissingTag: MissingTagPolicy
    detection: Detection
    compareCommand: string
    compareTimeoutMs: number
  }
  write: boolean
  /** inputs: the images asked about (all when undefined). */
  only?: string[]
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const items = value.split(/[\s,]+/).filter((s) => s !== '')
  if (items.length === 0) throw new UsageError('--images needs at least one image')
  return items
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[]
): T {
  if (value === undefined) return allowed[0] as T
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `--${flag} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`
  )
}

function parse(argv: string[]): Parsed | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        dir: { type: 'string' },
        'vars-file': { type: 'string' },
        'versions-file': { type: 'string' },
        json: { type: 'boolean' },
        now: { type: 'string' },
        event: { type: 'string' },
        version: { type: 'string' },
        images: { type: 'string' },
        changed: { type: 'boolean' },
        paths: { type: 'string' },
        'shared-paths': { type: 'string' },
        'ignore-paths': { type: 'string' },
        'on-missing-tag': { type: 'string' },
        detection: { type: 'string' },
        'compare-command': { type: 'string' },
        'compare-timeout': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const { values: v, positionals } = parsed
  if (v.help) return 'help'
  const [command, ...rest] = positionals
  if (rest.length > 0) throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}`)
  const common = {
    dir: v.dir ?? process.cwd(),
    varsFile: v['vars-file'] ?? 'scripts/image_vars.src',
    versionsFile: v['versions-file'] ?? 'scripts/image_versions.src',
    json: v.json === true,
    now: v.now,
    detect: {
      paths: v.paths ?? '',
      sharedPaths: globListInput(v['shared-paths'] ?? ''),
      ignorePaths: globListInput(v['ignore-paths'] ?? ''),
      onMissingTag: oneOf('on-missing-tag', v['on-missing-tag'], [
        'unpin',
        'keep',
        'fail'
      ] as const),
      detection: oneOf('detection', v.detection, ['paths', 'command'] as const),
      compareCommand: v['compare-command'] ?? '',
      compareTimeoutMs: durationInput('--compare-timeout', v['compare-timeout'] ?? '', 600)
    }
  }
  const refuse = (flag: string, cmd: string): void => {
    if (v[flag as keyof typeof v] !== undefined)
      throw new UsageError(`${cmd} does not take --${flag}`)
  }
  switch (command) {
    case 'plan': {
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
      refuse('event', 'pin')
      refuse('changed', 'pin')
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

/** What the run did, in the CLI's own words (not the engine's). */
function intentLabel(args: Parsed): string {
  if (args.intent.kind === 'status') return 'current'
  if (args.command === 'unpin' && args.intent.kind === 'push') return 'changed'
  return args.intent.kind
}

async function main(argv: string[]): Promise<number> {
  let args: Parsed | 'help'
  try {
    args = parse(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    process.stderr.write(`vro-image-version: ${forLog(e.message)}\n\n${USAGE}\n`)
    return 2
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  try {
    const now = resolveNow(args.now, process.env.SOURCE_DATE_EPOCH)
    const repo = await loadRepo(args.dir, args.varsFile, args.versionsFile)
    if (args.command === 'inputs') return await printInputs(args, repo)
    let intent = args.intent
    // Name images by image name or prefix; validate the version before anything is written.
    if (intent.kind === 'pin') {
      parseRelease(intent.version as string)
      if (intent.only)
        intent = { ...intent, only: resolveImages(repo.images, intent.only).map((i) => i.prefix) }
    } else if (intent.kind === 'unpin' && intent.prefixes !== 'all') {
      intent = {
        ...intent,
        prefixes: resolveImages(repo.images, intent.prefixes).map((i) => i.prefix)
      }
    } else if (intent.kind === 'release') {
      parseRelease(intent.version)
      intent = await resolveIntent(intent, repo.images, {
        versionsTxt: undefined,
        remoteTags: () => knownTags(repo.root)
      })
    }
    const decider = new Decider(
      repo.images,
      {
        cwd: repo.root,
        versionsFile: repo.versionsFile.rel,
        paths: parsePathsInput(args.detect.paths),
        sharedPaths: args.detect.sharedPaths,
        ignorePaths: args.detect.ignorePaths,
        onMissingTag: args.detect.onMissingTag,
        detection: args.detect.detection,
        compareTimeoutMs: args.detect.compareTimeoutMs,
        ...(args.detect.compareCommand
          ? { compareCommand: splitCommand(args.detect.compareCommand) }
          : {})
      },
      now
    )
    const result = await decider.decide(repo.versionsText, intent, 'HEAD')
    const written = args.write && result.changed
    if (written) await writeAtomic(repo.versionsFile.abs, result.text)
    for (const w of [...repo.warnings, ...result.warnings])
      process.stderr.write(`warning: ${forLog(w)}\n`)
    if (args.json) {
      const report = {
        command: args.command,
        intent: intentLabel(args),
        versionsFile: repo.versionsFile.rel,
        changed: result.changed,
        written,
        decisions: result.decisions,
        warnings: [...repo.warnings, ...result.warnings],
        stats: result.stats
      }
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    } else {
      process.stdout.write(`${formatTable(result.decisions)}\n`)
      const what = written
        ? `${repo.versionsFile.rel} updated`
        : result.changed
          ? `${repo.versionsFile.rel} would change (plan only; nothing written)`
          : `${repo.versionsFile.rel} unchanged`
      process.stdout.write(`${forLog(what)}\n`)
    }
    return 0
  } catch (e) {
    process.stderr.write(`vro-image-version: error: ${forLog((e as Error).message)}\n`)
    return 1
  }
}

/** `inputs`: each image's build root and inputs with their provenance; writes nothing. */
async function printInputs(args: Parsed, repo: Repo): Promise<number> {
  const images = args.only ? resolveImages(repo.images, args.only) : repo.images
  const report = await inputsReport({
    cwd: repo.root,
    head: 'HEAD',
    images,
    paths: parsePathsInput(args.detect.paths),
    sharedPaths: args.detect.sharedPaths,
    ignored: [repo.versionsFile.rel, ...args.detect.ignorePaths]
  })
  for (const w of repo.warnings) process.stderr.write(`warning: ${w}\n`)
  process.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatInputs(report)}\n`
  )
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`vro-image-version: internal error: ${(e as Error)?.stack ?? String(e)}\n`)
    process.exitCode = 1
  }
)
