#!/usr/bin/env node
// npm run bench: change detection at monorepo scale, against the floors and two baselines.
//
// For each case it generates a synthetic monorepo (scripts/gen-monorepo.mjs): a bare origin and
// a depth-1 clone without tags, as actions/checkout leaves it. Then, on that clone:
// - ours (CLI): `node <cli> plan --event push --json --dir <clone>`, the push decision as the
//   action makes it, whole process (node start, reading the files, detection, plan). The first
//   run fetches the pinned tags (cold); the next runs are warm.
// - ours (detect): detectChanges() alone, in process, from a bundle of src/detect/changes.ts.
// - limited floor: one `git diff --name-only <tag> HEAD -- <pathspecs>` per distinct pinned tag,
//   the pathspecs being the inputs of the images pinned to that tag (from `inputs --json`, less
//   those a listed folder covers, as ours passes them), run from a shell script in P lanes, P
//   being the parallelism of detectChanges (min(4, CPUs)).
// - build-aware floor: what any method that derives the inputs from the build must ask git
//   first (one `git ls-tree -r` of the head, one `git cat-file --batch` of its build files:
//   Dockerfiles, .dockerignore, Gradle scripts), plus the cheaper of the limited and the full
//   floor in that round; from a shell, and from Node (the same commands spawned from this
//   process, output read, as ours spawns git).
// - full floor: one whole-tree `git diff --name-only <tag> HEAD` per distinct tag, the same way
//   (P lanes), and one after another ("sequential").
// - naive: a shell loop, one `git diff --quiet <tag> HEAD -- <pathspecs>` per image, the
//   pathspecs being the image's inputs as `inputs --json` reports them (so git itself checks our
//   matching: the decisions must agree).
// - paths-filter-like: scripts/paths-filter-baseline.mjs, one process: one full diff per tag,
//   then every filter of every image matched against every changed file with picomatch.
// - cold start: `node -e 0`; the action skipping a tag push (the whole process, with the
//   runner's environment); a no-op push (`plan --event push` on a head with no auto pin).
// - objects fetched: `git count-objects -v` (loose + in-pack) before and after the cold run.
// Every figure is the median of --reps runs (naive: at most 3) with the min and max. Options:
// --reps N, --cli PATH (default dist/cli.js, the shipped bundle), --action PATH (default
// dist/index.js), --fresh (bundle the current sources instead), --quick (small case only),
// --baseline REF (also time the sources of commit REF in the same runs, check that their
// decisions are the same, and print the ratios), --only NAME,... (15, 1000, 5000, release,
// gradle, huge),
// --skip-huge (no 1M-file case, for slow machines), --keep (keep the repos under .tmp/bench).
import { spawn, spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import picomatch from 'picomatch'
import { gitSync } from './gen-monorepo.mjs'

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    cli: { type: 'string' },
    action: { type: 'string' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    'skip-huge': { type: 'boolean', default: false }
  }
})
const REPS = Math.max(1, Number(values.reps))
const ROOT = resolve(new URL('..', import.meta.url).pathname)
const WORK = join(ROOT, '.tmp', 'bench')
/** The parallelism of detectChanges (src/detect/changes.ts), used for the parallel floors too. */
const PAR = Math.max(1, Math.min(4, availableParallelism()))
const VERSIONS = 'scripts/image_versions.src'
/** The build files the providers read (wantsDocker, wantsGradle in src/inputs), by last name. */
const BUILD_FILE =
  /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|Containerfile)$|\.dockerignore$|^.+\.gradle(?:\.kts)?$|^gradle\.properties$|\.versions\.toml$/

const CASES = [
  {
    key: '15',
    name: '15 images, 2k files, 500 commits, 5 tags',
    images: 15,
    files: 2000,
    commits: 500,
    tags: 5
  },
  {
    key: '1000',
    name: '1,000 images, 50k files, 5k commits, 20 tags',
    images: 1000,
    files: 50000,
    commits: 5000,
    tags: 20
  },
  {
    key: '5000',
    name: '5,000 images, 100k files, 5k commits, 20 tags',
    images: 5000,
    files: 100000,
    commits: 5000,
    tags: 20
  },
  {
    // After a release every image is pinned to the same tag: one diff, all the inputs at once.
    key: 'release',
    name: '5,000 images, 100k files, 5k commits, 1 tag (all pinned to one release)',
    images: 5000,
    files: 100000,
    commits: 5000,
    tags: 1
  },
  {
    key: 'gradle',
    name: 'Gradle-shaped: 200 projects, 40 libs, convention plugins, 20k files, 10 tags',
    images: 200,
    files: 20000,
    commits: 2000,
    tags: 10,
    gradle: true
  },
  {
    key: 'huge',
    name: '1,000 images, 1M files, 5k commits, 20 tags',
    images: 1000,
    files: 1000000,
    commits: 5000,
    tags: 20,
    huge: true
  }
].filter((c) =>
  values.quick
    ? c.key === '15'
    : values.only
      ? values.only.split(',').includes(c.key)
      : !(c.huge && values['skip-huge'])
)

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const med = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  return { min: s[0], med, max: s[s.length - 1], n: s.length }
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
  // The action's entry is type-checked too: with -t, ncc resolves @actions/* as CommonJS.
  const transpileOnly = entry === 'src/index.ts' ? [] : ['-t']
  const r = spawnSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      join(ROOT, outDir),
      ...transpileOnly,
      '-q',
      '--no-source-map-register'
    ],
    { cwd, stdio: ['ignore', 'ignore', 'inherit'] }
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

/** Single-quotes a word for sh. */
const sq = (word) => `'${String(word).replace(/'/g, `'\\''`)}'`
/** A floor's diff from a tag's commit (the CLI fetches tags into its own refs, not refs/tags). */
const diffArgv = (commit, pathspecs, quiet = false) => [
  'git',
  'diff',
  quiet ? '--quiet' : '--name-only',
  '--no-renames',
  '-z',
  commit,
  'HEAD',
  ...(pathspecs ? ['--', ...pathspecs] : [])
]

/** A shell script running the commands in `lanes` parallel lanes (round robin), output dropped. */
function laneScript(cwd, commands, lanes, prelude = []) {
  const buckets = Array.from({ length: lanes }, () => [])
  commands.forEach((c, i) => buckets[i % lanes].push(c))
  // Each lane's status is checked: a floor whose git failed would otherwise look fast.
  const lane = (b) =>
    `( ${b.map((c) => `${c.map(sq).join(' ')} >/dev/null`).join(' && ')} ) & pids="$pids $!"`
  return `cd ${sq(cwd)} || exit 2\n${prelude.map((p) => `${p} || exit 1\n`).join('')}pids=\n${buckets
    .filter((b) => b.length > 0)
    .map(lane)
    .join('\n')}\nfor p in $pids; do wait "$p" || exit 1; done\n`
}

/** Runs git from this process, output read and dropped; rejects when it fails. */
function gitAsync(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] })
    child.stdout.resume()
    child.stderr.resume()
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git ${args[0]} failed (${code})`))
    )
    if (input) child.stdin.end(input)
  })
}

/**
 * A floor run from Node, as ours runs: the same git commands as the shell floor, spawned from
 * this process with their output read, the prelude one after another, then the diffs in `lanes`.
 */
async function nodeFloor(cwd, commands, lanes, prelude = []) {
  for (const p of prelude) await gitAsync(cwd, p.args, p.input)
  let next = 0
  const lane = async () => {
    while (next < commands.length) await gitAsync(cwd, commands[next++].slice(1))
  }
  await Promise.all(Array.from({ length: lanes }, lane))
}

/** The naive method as a shell loop: one `git diff --quiet` per image; prints the changed ones. */
function naiveScript(cwd, images) {
  const lines = images.map(
    ({ prefix, commit, pathspecs }) =>
      `${diffArgv(commit, pathspecs, true).map(sq).join(' ')}; c=$?; ` +
      `if [ $c = 1 ]; then echo ${sq(prefix)}; elif [ $c != 0 ]; then exit $c; fi`
  )
  return `cd ${sq(cwd)} || exit 2\n${lines.join('\n')}\n`
}

function runScript(file) {
  const r = spawnSync('bash', [file], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] })
  if (r.status !== 0) throw new Error(`${file} failed (${r.status})`)
  return r.stdout.toString('utf8')
}

/**
 * The images' inputs from the CLI's `inputs --json`: as git pathspecs (so that the floors and the
 * naive method ask git about the inputs that ours matches in process) and as paths-filter filters.
 */
function readInputs(cli, clone) {
  const r = spawnSync(process.execPath, [cli, 'inputs', '--json', '--dir', clone], {
    maxBuffer: 1 << 28
  })
  if (r.status !== 0) throw new Error(`CLI inputs failed (${r.status}): ${r.stderr.toString()}`)
  const report = JSON.parse(r.stdout.toString('utf8'))
  const spec = (i) =>
    i.kind === 'glob' ? `:(glob)${i.path}` : i.path === '' ? '.' : `:(literal)${i.path}`
  const literalGlob = (g) => !picomatch.scan(g).isGlob && !g.includes('\\')
  const globs = (i) =>
    i.kind === 'dir'
      ? i.path === ''
        ? ['**']
        : [i.path, `${i.path}/**`]
      : i.kind === 'file'
        ? [i.path]
        : literalGlob(i.path)
          ? [i.path.replace(/\/+$/, ''), `${i.path.replace(/\/+$/, '')}/**`]
          : [i.path]
  return new Map(
    report.images.map((img) => [
      img.prefix,
      {
        pathspecs:
          img.any !== undefined
            ? ['.', `:(exclude,literal)${VERSIONS}`]
            : [...img.inputs.map(spec), `:(exclude,literal)${VERSIONS}`],
        filters:
          img.any !== undefined
            ? [{ globs: ['**'], excludes: [] }]
            : img.inputs.map((i) => ({ globs: globs(i), excludes: i.excludes ?? [] }))
      }
    ])
  )
}

/** Per tag, the union of the pathspecs of the images pinned to it (the limited floor). */
function tagPathspecs(pins, inputs) {
  const byTag = new Map()
  for (const p of pins) {
    const set = byTag.get(p.tag) ?? new Set()
    for (const s of inputs.get(p.prefix)?.pathspecs ?? ['.']) set.add(s)
    byTag.set(p.tag, set)
  }
  return new Map([...byTag].map(([tag, set]) => [tag, set.has('.') ? undefined : covering(set)]))
}

/**
 * The pathspecs without the literal ones that a literal folder among them already covers (the
 * Dockerfile inside an image's folder), as ours passes them: the floor asks git no more than we do.
 */
function covering(set) {
  const literal = new Set(
    [...set].filter((s) => s.startsWith(':(literal)')).map((s) => s.slice(10))
  )
  const covered = (path) => {
    for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1))
      if (literal.has(path.slice(0, at))) return true
    return false
  }
  return [...set].filter((s) => !(s.startsWith(':(literal)') && covered(s.slice(10))))
}

async function benchCase(c, tools, baseline) {
  const { cli, inputsCli, detectChanges } = tools
  const dir = join(WORK, c.key)
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
    versionsFile: VERSIONS,
    onMissingTag: 'unpin',
    detection: 'paths'
  }
  const distinct = [...new Set(pins.map((p) => p.tag))]
  // The cold run fetched the tags' commits into the clone, under refs of its own that it removes
  // when it ends (it leaves the checkout as found). The warm runs find the tags as a checkout with
  // tags has them, in refs/tags; the floors diff from the same commits.
  const commitOf = new Map(
    distinct.map((t) => [
      t,
      gitSync(repo.origin, ['rev-parse', '--verify', `refs/tags/${t}^{commit}`]).trim()
    ])
  )
  gitSync(
    clone,
    ['update-ref', '--stdin'],
    distinct.map((t) => `create refs/tags/${t} ${commitOf.get(t)}\n`).join('')
  )
  const inputs = readInputs(inputsCli, clone)
  const limited = tagPathspecs(pins, inputs)
  const limitedDiffs = distinct.map((t) => diffArgv(commitOf.get(t), limited.get(t)))
  const scripts = join(dir, 'scripts')
  await mkdir(scripts, { recursive: true })
  const file = (name) => join(scripts, name)
  await writeFile(file('floor-limited.sh'), laneScript(clone, limitedDiffs, PAR))
  // The build-aware floor: the git work that any method deriving the inputs from the build must
  // do before its first diff (list the head tree, read its build files), then the cheaper of the
  // limited and the whole-tree diffs.
  const listing = gitSync(clone, ['ls-tree', '-r', '--full-tree', '-z', 'HEAD']).split('\0')
  const buildOids = listing
    .map((e) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(e))
    .filter((m) => m && BUILD_FILE.test(m[2].slice(m[2].lastIndexOf('/') + 1)))
    .map((m) => m[1])
  await writeFile(file('build-oids.txt'), `${[...new Set(buildOids)].join('\n')}\n`)
  await writeFile(
    file('floor-tree.sh'),
    laneScript(clone, [], PAR, [
      `git ls-tree -r --full-tree -z HEAD >/dev/null`,
      `git cat-file --batch <${sq(file('build-oids.txt'))} >/dev/null`
    ])
  )
  const fullDiffs = distinct.map((t) => diffArgv(commitOf.get(t)))
  const prelude = [
    { args: ['ls-tree', '-r', '--full-tree', '-z', 'HEAD'] },
    { args: ['cat-file', '--batch'], input: readFileSync(file('build-oids.txt'), 'utf8') }
  ]
  await writeFile(
    file('floor-full.sh'),
    laneScript(
      clone,
      distinct.map((t) => diffArgv(commitOf.get(t))),
      PAR
    )
  )
  await writeFile(
    file('floor-seq.sh'),
    laneScript(
      clone,
      distinct.map((t) => diffArgv(commitOf.get(t))),
      1
    )
  )
  await writeFile(
    file('naive.sh'),
    naiveScript(
      clone,
      images.map((i) => ({
        prefix: i.prefix,
        commit: commitOf.get(pinMap.get(i.prefix)),
        pathspecs: inputs.get(i.prefix).pathspecs
      }))
    )
  )
  await writeFile(
    file('paths-filter.json'),
    JSON.stringify({
      cwd: clone,
      ignore: [VERSIONS],
      images: images.map((i) => ({
        prefix: i.prefix,
        commit: commitOf.get(pinMap.get(i.prefix)),
        filters: inputs.get(i.prefix).filters
      }))
    })
  )
  const t = {
    cli: [],
    detect: [],
    detectFull: [],
    limited: [],
    build: [],
    buildNode: [],
    full: [],
    seq: [],
    naive: [],
    filter: [],
    baseCli: [],
    baseDetect: []
  }
  let report
  let detected
  let naiveOut
  let filterOut
  let baseReport
  // Round robin, so that a burst of load elsewhere on the machine hits every method alike.
  for (let i = 0; i < REPS; i++) {
    const [cliMs, r] = time(() => runCli(cli, clone))
    t.cli.push(cliMs)
    report = r
    const [detectMs, d] = await timeAsync(() => detectChanges(opts))
    t.detect.push(detectMs)
    detected = d
    // The same detection with whole-tree diffs: the other order, diffs not limited by the inputs.
    t.detectFull.push((await timeAsync(() => detectChanges({ ...opts, diffScope: 'full' })))[0])
    if (baseline) {
      const [ms, br] = time(() => runCli(baseline.cli, clone))
      t.baseCli.push(ms)
      baseReport = br
      t.baseDetect.push((await timeAsync(() => baseline.detectChanges(opts)))[0])
    }
    const limitedMs = time(() => runScript(file('floor-limited.sh')))[0]
    const fullMs = time(() => runScript(file('floor-full.sh')))[0]
    t.limited.push(limitedMs)
    t.full.push(fullMs)
    t.build.push(time(() => runScript(file('floor-tree.sh')))[0] + Math.min(limitedMs, fullMs))
    const nodeTree = (await timeAsync(() => nodeFloor(clone, [], PAR, prelude)))[0]
    const nodeLimited = (await timeAsync(() => nodeFloor(clone, limitedDiffs, PAR)))[0]
    const nodeFull = (await timeAsync(() => nodeFloor(clone, fullDiffs, PAR)))[0]
    t.buildNode.push(nodeTree + Math.min(nodeLimited, nodeFull))
    t.seq.push(time(() => runScript(file('floor-seq.sh')))[0])
    const [filterMs, f] = time(() => {
      const out = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/paths-filter-baseline.mjs'), file('paths-filter.json')],
        { maxBuffer: 1 << 28 }
      )
      if (out.status !== 0) throw new Error(`paths-filter baseline failed: ${out.stderr}`)
      return out.stdout.toString('utf8')
    })
    t.filter.push(filterMs)
    filterOut = f
    if (i >= 3) continue
    const [naiveMs, n] = time(() => runScript(file('naive.sh')))
    t.naive.push(naiveMs)
    naiveOut = n
  }
  const oursChanged = new Set(
    report.decisions.filter((d) => d.action === 'unpin').map((d) => d.prefix)
  )
  const detectChanged = new Set(
    [...detected.results].filter(([, r]) => r.changed === true).map(([p]) => p)
  )
  const same = (a, b) => a.size === b.size && [...a].every((p) => b.has(p))
  const naiveChanged = new Set(naiveOut.split('\n').filter((l) => l !== ''))
  const filterChanged = new Set(JSON.parse(filterOut))
  return {
    name: c.name,
    cold: coldMs,
    times: Object.fromEntries(
      Object.entries(t)
        .filter(([, v]) => v.length > 0)
        .map(([k, v]) => [k, stats(v)])
    ),
    coldStats: cold.stats,
    warmStats: report.stats,
    naiveProcs: images.length,
    floorProcs: distinct.length,
    fetched,
    total: objects(repo.origin),
    unpinned: oursChanged.size,
    images: images.length,
    agree: same(oursChanged, naiveChanged) && same(oursChanged, detectChanged),
    agreeFilter: same(oursChanged, filterChanged),
    agreeBaseline: baseReport
      ? JSON.stringify(baseReport.decisions) === JSON.stringify(report.decisions)
      : undefined
  }
}

/** The environment of the action on a runner (test-support/run-action.js builds the inputs). */
async function actionEnv(workspace, eventName, payload) {
  const { inputEnv } = await import(pathToFileURL(join(ROOT, 'test-support/run-action.js')).href)
  const dir = join(WORK, 'runner')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'event.json'), JSON.stringify(payload))
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    ...(await inputEnv({}, 'ghs_benchtoken')),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'octo/mono',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: payload.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
}

/** Whole processes: `node -e 0`, the action skipping a tag push, a no-op push (no auto pin). */
async function coldStart(actions) {
  const dir = join(WORK, 'cold')
  const gen = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/gen-monorepo.mjs'),
      '--out',
      dir,
      '--images',
      '15',
      '--files',
      '200',
      '--commits',
      '20',
      '--tags',
      '2'
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  )
  if (gen.status !== 0) throw new Error('gen-monorepo failed')
  const clone = join(dir, 'clone')
  // The head's versions file pins nothing automatically.
  await writeFile(join(clone, VERSIONS), '# nothing pinned\n')
  gitSync(clone, ['commit', '-q', '-a', '-m', 'unpin all'])
  const env = await actionEnv(clone, 'push', { ref: 'refs/tags/nightly', commits: [] })
  const node = (args, e) => {
    const r = spawnSync(process.execPath, args, { env: e, maxBuffer: 1 << 26 })
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stdout}${r.stderr}`)
    return r.stdout.toString('utf8')
  }
  const t = Object.fromEntries([
    ['node', []],
    ...actions.map((a) => [a.label, []]),
    ['noop', []],
    ['noopBase', []]
  ])
  for (let i = 0; i < Math.max(REPS, 5); i++) {
    t.node.push(time(() => node(['-e', '0']))[0])
    for (const a of actions) {
      const [ms, out] = time(() => node([a.path], env))
      // The skip notice of this bundle, or of an older baseline's (which skipped every tag push).
      if (!/::notice::Nothing to do: (?:push of tag|tag "nightly")/.test(out))
        throw new Error(`${a.label}: no skip notice:\n${out}`)
      t[a.label].push(ms)
    }
    t.noop.push(time(() => runCli(actions.cli, clone))[0])
    if (actions.baseCli) t.noopBase.push(time(() => runCli(actions.baseCli, clone))[0])
  }
  return Object.fromEntries(
    Object.entries(t)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, stats(v)])
  )
}

const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`)
const cell = (s) => (s ? `${ms(s.med)} (${ms(s.min)}–${ms(s.max)})` : '–')
const ratio = (a, b) => (a && b ? `${(a.med / b.med).toFixed(2)}x` : '–')

function tables(rows) {
  const times = [
    'case',
    'ours: CLI push plan (warm)',
    'ours: detectChanges',
    'ours: detectChanges, whole-tree diffs',
    `limited floor ∥${PAR}`,
    `full floor ∥${PAR}`,
    `build-aware floor ∥${PAR}: shell · from Node`,
    'full floor, sequential',
    'naive (shell loop)',
    'paths-filter-like'
  ]
  const out = [`| ${times.join(' | ')} |`, `|${times.map(() => ' --- ').join('|')}|`]
  for (const r of rows) {
    const x = r.times
    out.push(
      `| ${[r.name, cell(x.cli), cell(x.detect), cell(x.detectFull), cell(x.limited), cell(x.full), `${cell(x.build)} · ${cell(x.buildNode)}`, cell(x.seq), cell(x.naive), cell(x.filter)].join(' | ')} |`
    )
  }
  const heads = [
    'case',
    'ours/limited floor (CLI · detect)',
    'ours/build-aware floor (CLI · detect)',
    'detect/build-aware floor from Node',
    `ours/full floor ∥${PAR} (CLI · detect)`,
    'naive/ours (CLI)',
    'paths-filter-like/ours (CLI)',
    'git processes: ours cold · warm · floor · naive',
    'objects fetched (depth-1) / in origin',
    'first run incl. fetch',
    'unpinned',
    'same decisions: naive · paths-filter-like · baseline'
  ]
  out.push('', `| ${heads.join(' | ')} |`, `|${heads.map(() => ' --- ').join('|')}|`)
  const yes = (b) => (b === undefined ? '–' : b ? 'yes' : 'NO')
  for (const r of rows) {
    const x = r.times
    out.push(
      `| ${[
        r.name,
        `${ratio(x.cli, x.limited)} · ${ratio(x.detect, x.limited)}`,
        `${ratio(x.cli, x.build)} · ${ratio(x.detect, x.build)}`,
        ratio(x.detect, x.buildNode),
        `${ratio(x.cli, x.full)} · ${ratio(x.detect, x.full)}`,
        ratio(x.naive, x.cli),
        ratio(x.filter, x.cli),
        `${r.coldStats.gitProcesses} · ${r.warmStats.gitProcesses} · ${r.floorProcs} · ${r.naiveProcs}`,
        `${r.fetched.toLocaleString('en-US')} / ${r.total.toLocaleString('en-US')}`,
        ms(r.cold),
        `${r.unpinned} of ${r.images}`,
        `${yes(r.agree)} · ${yes(r.agreeFilter)} · ${yes(r.agreeBaseline)}`
      ].join(' | ')} |`
    )
  }
  return out.join('\n')
}

function machine() {
  const git = spawnSync('git', ['--version']).stdout.toString().trim()
  return `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${git}`
}

const LOAD = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')
let cli = resolve(ROOT, values.cli ?? 'dist/cli.js')
let action = resolve(ROOT, values.action ?? 'dist/index.js')
process.stderr.write('Bundling the sources (ncc) ...\n')
if (values.fresh || !existsSync(cli)) {
  ncc('src/cli.ts', '.tmp/bench-cli')
  cli = join(ROOT, '.tmp/bench-cli/index.js')
}
if (values.fresh || !existsSync(action)) {
  ncc('src/index.ts', '.tmp/bench-action')
  action = join(ROOT, '.tmp/bench-action/index.js')
}
ncc('src/cli.ts', '.tmp/bench-inputs-cli')
const inputsCli = join(ROOT, '.tmp/bench-inputs-cli/index.js')
ncc('src/detect/changes.ts', '.tmp/bench-detect')
const { detectChanges } = await import(pathToFileURL(join(ROOT, '.tmp/bench-detect/index.js')).href)

// --baseline REF: the same cases, in the same runs, with the sources of another commit.
let baseline
if (values.baseline) {
  const dir = join(ROOT, '.tmp/baseline-src')
  spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT })
  gitSync(ROOT, ['worktree', 'add', '--detach', '--force', dir, values.baseline])
  spawnSync('ln', ['-sfn', join(ROOT, 'node_modules'), join(dir, 'node_modules')])
  ncc('src/cli.ts', '.tmp/baseline-cli', dir)
  // A baseline from before the layout move (issue 22) has detection at src/changes.ts.
  const detectEntry = ['src/detect/changes.ts', 'src/changes.ts'].find((f) =>
    existsSync(join(dir, f))
  )
  ncc(detectEntry, '.tmp/baseline-detect', dir)
  ncc('src/index.ts', '.tmp/baseline-action', dir)
  baseline = {
    ref: values.baseline,
    cli: join(ROOT, '.tmp/baseline-cli/index.js'),
    action: join(ROOT, '.tmp/baseline-action/index.js'),
    detectChanges: (await import(pathToFileURL(join(ROOT, '.tmp/baseline-detect/index.js')).href))
      .detectChanges
  }
}

const rows = []
for (const c of CASES) {
  process.stderr.write(`${c.name} ...\n`)
  rows.push(await benchCase(c, { cli, inputsCli, detectChanges }, baseline))
  // The big repositories are not needed any more; the disk is shared.
  if (!values.keep) await rm(join(WORK, c.key), { recursive: true, force: true })
}
process.stderr.write('cold start ...\n')
const actions = [{ label: 'skip', path: action }]
if (baseline) actions.push({ label: 'skipBase', path: baseline.action })
actions.cli = cli
actions.baseCli = baseline?.cli
const cold = await coldStart(actions)
const LOAD_END = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')
console.log(
  `Machine: ${machine()}; load average (1, 5, 15 min) ${LOAD} at the start, ${LOAD_END} at the end; ` +
    `median (min–max) of ${REPS} runs (naive: ${Math.min(REPS, 3)}); parallel floors run ${PAR} lanes, ` +
    `as detectChanges runs ${PAR} diffs at a time.\n`
)
console.log(tables(rows))
console.log('\nCold start, whole processes:\n')
console.log('| run | time | / `node -e 0` |')
console.log('| --- | --- | --- |')
const coldRow = (label, s) => console.log(`| ${label} | ${cell(s)} | ${ratio(s, cold.node)} |`)
coldRow('`node -e 0`', cold.node)
coldRow('action, skip (tag push)', cold.skip)
if (cold.skipBase) coldRow(`action, skip (tag push), baseline ${baseline.ref}`, cold.skipBase)
coldRow('no-op push (`plan --event push`, no auto pin at the head)', cold.noop)
if (cold.noopBase?.n) coldRow(`no-op push, baseline ${baseline.ref}`, cold.noopBase)
if (baseline) {
  console.log(`\nAgainst the baseline ${baseline.ref} (same runs, round robin):\n`)
  console.log(
    '| case | CLI push plan: now / baseline | detectChanges: now / baseline | same decisions |'
  )
  console.log('| --- | --- | --- | --- |')
  for (const r of rows)
    console.log(
      `| ${r.name} | ${cell(r.times.cli)} / ${cell(r.times.baseCli)} = ${ratio(r.times.cli, r.times.baseCli)} | ` +
        `${cell(r.times.detect)} / ${cell(r.times.baseDetect)} = ${ratio(r.times.detect, r.times.baseDetect)} | ` +
        `${r.agreeBaseline ? 'yes' : 'NO'} |`
    )
  spawnSync('git', ['worktree', 'remove', '--force', join(ROOT, '.tmp/baseline-src')], {
    cwd: ROOT
  })
}
if (!values.keep) await rm(WORK, { recursive: true, force: true })
if (rows.some((r) => !r.agree || r.agreeBaseline === false)) process.exitCode = 1
