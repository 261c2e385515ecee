#!/usr/bin/env node
// npm run harden: the bad-input corpus and the race/fault scenarios, run directly with node (no
// jest), against the bundled action (dist/index.js) and the local GitHub API emulator. Prints one
// summary table and exits non-zero on any unexpected failure, lost update or token leak.
//
//   node scripts/harden.mjs [--only REGEX] [--corpus-only | --races-only | --cli-only] [--concurrency N] [--verbose]
//
// The CLI part runs dist/cli.js with bad flag values: each must be one usage line and exit 2.
import os from 'node:os'
import path from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  assertBundle,
  corpusCounts,
  formatTable,
  loadCases,
  runCorpus
} from '../test-support/corpus.js'
import { SCENARIOS, raceCounts, raceTable, runScenarios } from '../test-support/races.js'

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const value = (name, fallback) => {
  const i = argv.indexOf(name)
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
}
const only = value('--only', undefined)
const concurrency = Number(value('--concurrency', '3'))
const verbose = flag('--verbose')
const matches = (name) => only === undefined || new RegExp(only).test(name)

function machine() {
  let gitVersion = 'git ?'
  try {
    gitVersion = execFileSync('git', ['--version']).toString().trim()
  } catch {
    // reported as unknown
  }
  const cpus = os.cpus()
  return `node ${process.version}, ${os.type()} ${os.release()} ${os.arch()}, ${cpus.length} x ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${gitVersion}`
}

const log = (line) => process.stdout.write(`${line}\n`)

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js')

/** Bad flag values of the CLI: [name, argv, the start of the usage line]. */
const CLI_CASES = [
  [
    'cli-paths-no-colon',
    ['plan', '--paths', 'no colon'],
    'paths line 1: "no colon" has no "image:"'
  ],
  ['cli-paths-dotdot', ['plan', '--paths', 'app: ../x'], 'paths line 1 (app): "../x"'],
  [
    'cli-compare-command-unclosed',
    ['plan', '--compare-command', "'unclosed"],
    'compare-command: unclosed'
  ],
  ['cli-compare-timeout-zero', ['plan', '--compare-timeout', '0'], '--compare-timeout is "0"'],
  ['cli-detection-command-alone', ['plan', '--detection', 'command'], '--detection is "command"'],
  [
    'cli-versions-file-outside',
    ['plan', '--versions-file', '../x.src'],
    '--versions-file "../x.src" points outside'
  ],
  [
    'cli-vars-file-absolute',
    ['plan', '--vars-file', '/etc/passwd'],
    '--vars-file "/etc/passwd" must be'
  ],
  [
    'cli-config-in-git',
    ['plan', '--config', '.git/config'],
    '--config ".git/config" is inside .git'
  ]
]

/** Runs each CLI case in an empty folder: exit 2, one usage line, the hint, no stack trace. */
function runCliCases(cases) {
  const dir = execFileSync('mktemp', ['-d']).toString().trim()
  const results = cases.map(([name, argv, start]) => {
    const t0 = Date.now()
    const r = spawnSync(process.execPath, [CLI, ...argv], { cwd: dir, encoding: 'utf8' })
    const failures = []
    const expected = `vro-image-version: ${start}`
    if (r.status !== 2) failures.push(`exit ${r.status}, expected 2`)
    const lines = r.stderr.split('\n')
    if (!lines[0].startsWith(expected)) failures.push(`stderr starts ${JSON.stringify(lines[0])}`)
    if (lines.length !== 3 || lines[1] !== 'Run vro-image-version --help for the usage.')
      failures.push('not one line and the --help hint')
    if (/internal error|\n\s+at /.test(r.stderr)) failures.push('a stack trace')
    return { name, passed: failures.length === 0, failures, ms: Date.now() - t0 }
  })
  execFileSync('rm', ['-rf', dir])
  return results
}

async function main() {
  await assertBundle()
  const started = Date.now()
  let corpus = []
  let races = []

  let cli = []
  if (!flag('--corpus-only') && !flag('--races-only')) {
    const cases = CLI_CASES.filter(([name]) => matches(name))
    log(`== CLI flag values: ${cases.length} cases (dist/cli.js)`)
    cli = runCliCases(cases)
    for (const r of cli) {
      if (verbose || !r.passed)
        log(`  ${r.passed ? 'ok' : 'FAIL'.padEnd(9)} ${r.name} (${r.ms} ms)`)
      for (const f of r.failures) log(`      - ${f}`)
    }
  }

  if (!flag('--races-only') && !flag('--cli-only')) {
    const cases = loadCases().filter((c) => matches(c.name))
    log(`== corpus: ${cases.length} cases, ${concurrency} at a time`)
    const t0 = Date.now()
    corpus = await runCorpus(cases, {
      concurrency,
      onResult: (r) => {
        const status = r.passed ? (r.knownBug ? 'FIXED?' : 'ok') : r.knownBug ? 'known bug' : 'FAIL'
        if (verbose || status !== 'ok') log(`  ${status.padEnd(9)} ${r.name} (${r.ms} ms)`)
        if (!r.passed && (!r.knownBug || verbose)) for (const f of r.failures) log(`      - ${f}`)
      }
    })
    log(`   corpus done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }

  if (!flag('--corpus-only') && !flag('--cli-only')) {
    const scenarios = SCENARIOS.filter((s) => matches(s.name))
    log(`== races and faults: ${scenarios.length} scenarios`)
    const t0 = Date.now()
    races = await runScenarios(scenarios, {
      parallel: true,
      onResult: (r) => {
        const status = r.passed ? 'ok' : r.knownBug ? 'known bug' : 'FAIL'
        log(`  ${status.padEnd(9)} ${r.name} (${(r.ms / 1000).toFixed(1)} s)`)
        for (const f of r.failures) log(`      - ${f}`)
        for (const f of r.known) log(`      - (known) ${f}`)
      }
    })
    log(`   races done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    log('')
    log(raceTable(races))
  }

  const c = corpusCounts(corpus)
  const r = raceCounts(races)
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  log('')
  log(
    formatTable('vro-image-version: npm run harden', [
      ['corpus cases', c.cases],
      ['  passed', c.passed],
      ['  failed', c.failed],
      ['  known bugs (flagged in case.json)', c.knownBugs],
      ['  known bugs now passing (drop the flag)', c.knownBugsNowPassing],
      ['CLI flag-value cases', cli.length],
      ['  failed', cli.filter((r) => !r.passed).length],
      ['race and fault scenarios', r.scenarios],
      ['  passed', r.passed],
      ['  failed', r.failed],
      ['  known bugs', r.knownBugs],
      ['runs of the action', c.cases + r.runs],
      ['concurrent runs', r.concurrentRuns],
      ['faults injected', r.faultsInjected],
      ['retries used', r.retries],
      ['runs that gave up (branch moved on every attempt)', r.gaveUp],
      ['lost updates', r.lostUpdates],
      ['leaks', c.leaks + r.leaks],
      ['seconds', seconds]
    ])
  )
  log(`machine: ${machine()}`)

  const bad =
    cli.filter((r) => !r.passed).length +
    c.failed +
    r.failed +
    c.knownBugsNowPassing +
    r.knownBugsNowPassing +
    r.lostUpdates +
    c.leaks +
    r.leaks
  if (bad > 0) {
    log('harden: FAILED (see the failures above)')
    process.exitCode = 1
  }
}

main().catch((e) => {
  process.stderr.write(`harden: ${e instanceof Error ? e.stack : e}\n`)
  process.exitCode = 2
})
