#!/usr/bin/env node
// npm run bench: change detection at monorepo scale, against the floor and the naive method.
//
// For each case it generates a synthetic monorepo (scripts/gen-monorepo.mjs): a bare origin and
// a depth-1 clone without tags, as actions/checkout leaves it. Then, on that clone:
// - ours (CLI): `node <cli> plan --event push --json --dir <clone>`, the push decision as the
//   action makes it, whole process (node start, reading the files, detection, plan). The first
//   run fetches the pinned tags (cold); the median of the next runs is reported (warm).
// - ours (detect): detectChanges() alone, in process, from a bundle of src/changes.ts.
// - floor: one `git diff --name-only <tag> HEAD` per distinct pinned tag, one after another.
// - floor ∥: the same diffs, 4 at a time (detectChanges runs its diffs 4 at a time too).
// - naive: one `git diff --name-only <tag> HEAD -- <pathspecs>` per image, the pathspecs being the
//   image's inputs as the current sources' `inputs --json` reports them (so git itself checks our
//   matching: the decisions must agree).
// - objects fetched: `git count-objects -v` (loose + in-pack) before and after the cold run.
// Medians of --reps runs (naive: at most 3). Options: --reps N, --cli PATH (default dist/cli.js,
// the shipped bundle), --fresh (bundle the current sources instead), --quick (small case only),
// --baseline REF (also time the sources of commit REF in the same runs, and print the ratios),
// --only big, --keep (keep the generated repos under .tmp/bench).
import { spawn, spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { cpus, loadavg } from 'node:os'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { gitSync } from './gen-monorepo.mjs'

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    cli: { type: 'string' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    baseline: { type: 'string' }
  }
})
const REPS = Math.max(1, Number(values.reps))
const ROOT = resolve(new URL('..', import.meta.url).pathname)
const WORK = join(ROOT, '.tmp', 'bench')

const CASES = [
  {
    name: '15 images, 2k files, 500 commits, 5 tags',
    images: 15,
    files: 2000,
    commits: 500,
    tags: 5
  },
  {
    name: '1,000 images, 50k files, 5k commits, 20 tags',
    images: 1000,
    files: 50000,
    commits: 5000,
    tags: 20
  },
  {
    name: 'Gradle-shaped: 200 projects, 40 libs, convention plugins, 20k files, 10 tags',
    images: 200,
    files: 20000,
    commits: 2000,
    tags: 10,
    gradle: true
  }
].filter((c, i) =>
  values.quick
    ? i === 0
    : values.only === 'big'
      ? i === 1
      : values.only === 'gradle'
        ? c.gradle
        : true
)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const time = (fn) => {
  const t0 = performance.now()
  const out = fn()
  return [performance.now() - t0, out]
}
const timeAsync = async (fn) => {
  const t0 = performance.now()
  const out = await fn()
  return [performance.now() - t0, out]
}

function ncc(entry, outDir, cwd = ROOT) {
  const r = spawnSync(
    'npx',
    ['ncc', 'build', entry, '-o', join(ROOT, outDir), '-t', '-q', '--no-source-map-register'],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  if (r.status !== 0) throw new Error(`ncc build ${entry} failed`)
}

function objects(repo) {
  const out = gitSync(repo, ['count-objects', '-v'])
  const get = (k) => Number(new RegExp(`^${k}: (\\d+)$`, 'm').exec(out)?.[1] ?? 0)
  return get('count') + get('in-pack')
}

function runCli(cli, clone) {
  const r = spawnSync(
    process.execPath,
    [cli, 'plan', '--event', 'push', '--json', '--dir', clone],
    {
      maxBuffer: 1 << 28
    }
  )
  if (r.status !== 0) throw new Error(`CLI failed (${r.status}): ${r.stderr.toString()}`)
  return JSON.parse(r.stdout.toString('utf8'))
}

const diffArgs = (tag, pathspecs) => [
  'diff',
  '--name-only',
  '--no-renames',
  '-z',
  `refs/tags/${tag}`,
  'HEAD',
  ...(pathspecs ? ['--', ...pathspecs] : [])
]

/**
 * An image's inputs as git pathspecs, from the CLI's `inputs --json`, so the naive method asks
 * git itself about the same inputs that ours matches in process.
 */
function inputPathspecs(cli, clone) {
  const r = spawnSync(process.execPath, [cli, 'inputs', '--json', '--dir', clone], {
    maxBuffer: 1 << 28
  })
  if (r.status !== 0) throw new Error(`CLI inputs failed (${r.status}): ${r.stderr.toString()}`)
  const report = JSON.parse(r.stdout.toString('utf8'))
  const spec = (i) =>
    i.kind === 'glob' ? `:(glob)${i.path}` : i.path === '' ? '.' : `:(literal)${i.path}`
  return new Map(
    report.images.map((img) => [
      img.prefix,
      [
        ...(img.any !== undefined ? ['.'] : img.inputs.map(spec)),
        ':(exclude,literal)scripts/image_versions.src'
      ]
    ])
  )
}

function diffAsync(cwd, args) {
  return new Promise((res, rej) => {
    const c = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
    c.stdout.resume()
    c.on('error', rej)
    c.on('close', (code) => (code === 0 ? res() : rej(new Error(`git ${args.join(' ')}: ${code}`))))
  })
}

async function parallel(items, limit, fn) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++])
    })
  )
}

async function benchCase(c, cli, inputsCli, detectChanges, baseline) {
  const dir = join(WORK, `${c.images}-images${c.gradle ? '-gradle' : ''}`)
  // In a child process, so that this one stays small: forking git from a big process costs more.
  const gen = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/gen-monorepo.mjs'),
      '--json',
      '--out',
      dir,
      ...['images', 'files', 'commits', 'tags'].flatMap((k) => [`--${k}`, String(c[k])]),
      ...(c.gradle ? ['--gradle'] : [])
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 }
  )
  if (gen.status !== 0) throw new Error('gen-monorepo failed')
  const repo = JSON.parse(gen.stdout.toString('utf8'))
  process.stderr.write(`  generated in ${repo.seconds} s\n`)
  const { clone, images, pins } = repo
  const before = objects(clone)
  const [coldMs, cold] = time(() => runCli(cli, clone))
  const fetched = objects(clone) - before

  const pinMap = new Map(pins.map((p) => [p.prefix, p.tag]))
  const opts = {
    cwd: clone,
    head: 'HEAD',
    images: images.map(({ name, prefix }) => ({ name, prefix })),
    pins: pinMap,
    versionsFile: 'scripts/image_versions.src',
    onMissingTag: 'unpin',
    detection: 'paths'
  }
  const distinct = [...new Set(pins.map((p) => p.tag))]
  const pathspecs = inputPathspecs(inputsCli, clone)
  const [warm, inProcess, floor, floorPar, naive, baseCli, baseDetect] = [
    [],
    [],
    [],
    [],
    [],
    [],
    []
  ]
  const naiveChanged = new Set()
  let report
  let detected
  // Round robin, so that a burst of load elsewhere on the machine hits every method alike.
  for (let i = 0; i < REPS; i++) {
    const [cliMs, r] = time(() => runCli(cli, clone))
    warm.push(cliMs)
    report = r
    const [detectMs, d] = await timeAsync(() => detectChanges(opts))
    inProcess.push(detectMs)
    detected = d
    if (baseline) {
      baseCli.push(time(() => runCli(baseline.cli, clone))[0])
      baseDetect.push((await timeAsync(() => baseline.detectChanges(opts)))[0])
    }
    floor.push(time(() => distinct.forEach((t) => gitSync(clone, diffArgs(t))))[0])
    floorPar.push(
      (await timeAsync(() => parallel(distinct, 4, (t) => diffAsync(clone, diffArgs(t)))))[0]
    )
    if (i >= 3) continue
    naive.push(
      time(() => {
        for (const image of images) {
          const tag = pinMap.get(image.prefix)
          if (gitSync(clone, diffArgs(tag, pathspecs.get(image.prefix))) !== '')
            naiveChanged.add(image.prefix)
        }
      })[0]
    )
  }
  const oursChanged = new Set(
    report.decisions.filter((d) => d.action === 'unpin').map((d) => d.prefix)
  )
  const detectChanged = new Set(
    [...detected.results].filter(([, r]) => r.changed === true).map(([p]) => p)
  )
  const agree =
    oursChanged.size === naiveChanged.size &&
    [...naiveChanged].every((p) => oursChanged.has(p) && detectChanged.has(p)) &&
    detectChanged.size === naiveChanged.size
  return {
    name: c.name,
    cold: coldMs,
    cli: median(warm),
    detect: median(inProcess),
    floor: median(floor),
    floorPar: median(floorPar),
    naive: median(naive),
    baseCli: baseline ? median(baseCli) : undefined,
    baseDetect: baseline ? median(baseDetect) : undefined,
    coldStats: cold.stats,
    warmStats: report.stats,
    naiveProcs: images.length,
    floorProcs: distinct.length,
    fetched,
    total: objects(repo.origin),
    unpinned: oursChanged.size,
    images: images.length,
    agree
  }
}

const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`)
const ratio = (a, b) => `${(a / b).toFixed(2)}x`

function table(rows) {
  const head = [
    'case',
    'ours: CLI push plan (warm)',
    'ours: detectChanges',
    'floor (diff per tag)',
    'floor ∥4',
    'ours/floor (CLI · detect)',
    'naive (diff per image)',
    'naive/ours (CLI)',
    'git processes: ours cold · warm · floor · naive',
    'fetches',
    'objects fetched (depth-1) / in origin',
    'first run incl. fetch',
    'unpinned',
    'same decisions as naive'
  ]
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`]
  for (const r of rows) {
    lines.push(
      `| ${[
        r.name,
        ms(r.cli),
        ms(r.detect),
        ms(r.floor),
        ms(r.floorPar),
        `${ratio(r.cli, r.floor)} · ${ratio(r.detect, r.floor)}`,
        ms(r.naive),
        ratio(r.naive, r.cli),
        `${r.coldStats.gitProcesses} · ${r.warmStats.gitProcesses} · ${r.floorProcs} · ${r.naiveProcs}`,
        r.coldStats.fetches,
        `${r.fetched.toLocaleString('en-US')} / ${r.total.toLocaleString('en-US')}`,
        ms(r.cold),
        `${r.unpinned} of ${r.images}`,
        r.agree ? 'yes' : 'NO'
      ].join(' | ')} |`
    )
  }
  return lines.join('\n')
}

function machine() {
  const git = spawnSync('git', ['--version']).stdout.toString().trim()
  return `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${git}`
}

const LOAD = loadavg()[0].toFixed(2)
let cli = resolve(ROOT, values.cli ?? 'dist/cli.js')
process.stderr.write('Bundling the sources (ncc) ...\n')
if (values.fresh || !existsSync(cli)) {
  ncc('src/cli.ts', '.tmp/bench-cli')
  cli = join(ROOT, '.tmp/bench-cli/index.js')
}
ncc('src/cli.ts', '.tmp/bench-inputs-cli')
const inputsCli = join(ROOT, '.tmp/bench-inputs-cli/index.js')
ncc('src/changes.ts', '.tmp/bench-detect')
const { detectChanges } = await import(pathToFileURL(join(ROOT, '.tmp/bench-detect/index.js')).href)

// --baseline REF: the same cases, in the same runs, with the sources of another commit.
let baseline
if (values.baseline) {
  const dir = join(ROOT, '.tmp/baseline-src')
  spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT })
  gitSync(ROOT, ['worktree', 'add', '--detach', '--force', dir, values.baseline])
  spawnSync('ln', ['-sfn', join(ROOT, 'node_modules'), join(dir, 'node_modules')])
  ncc('src/cli.ts', '.tmp/baseline-cli', dir)
  ncc('src/changes.ts', '.tmp/baseline-detect', dir)
  baseline = {
    ref: values.baseline,
    cli: join(ROOT, '.tmp/baseline-cli/index.js'),
    detectChanges: (await import(pathToFileURL(join(ROOT, '.tmp/baseline-detect/index.js')).href))
      .detectChanges
  }
}

const rows = []
for (const c of CASES) {
  process.stderr.write(`${c.name} ...\n`)
  rows.push(await benchCase(c, cli, inputsCli, detectChanges, baseline))
}
console.log(
  `Machine: ${machine()}; load average ${LOAD} at the start; median of ${REPS} runs ` +
    `(naive: ${Math.min(REPS, 3)}).\n`
)
console.log(table(rows))
if (baseline) {
  console.log(`\nAgainst the baseline ${baseline.ref} (same runs, round robin):\n`)
  console.log('| case | CLI push plan: now / baseline | detectChanges: now / baseline |')
  console.log('| --- | --- | --- |')
  for (const r of rows)
    console.log(
      `| ${r.name} | ${ms(r.cli)} / ${ms(r.baseCli)} = ${ratio(r.cli, r.baseCli)} | ` +
        `${ms(r.detect)} / ${ms(r.baseDetect)} = ${ratio(r.detect, r.baseDetect)} |`
    )
  spawnSync('git', ['worktree', 'remove', '--force', join(ROOT, '.tmp/baseline-src')], {
    cwd: ROOT
  })
}
if (!values.keep) await rm(WORK, { recursive: true, force: true })
if (rows.some((r) => !r.agree)) process.exitCode = 1
