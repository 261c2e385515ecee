/**
 * Supply chain (issue 6, item 4):
 * - the runtime dependencies in package.json are exactly the ones RELIABILITY.md lists, each with
 *   the reason it is needed;
 * - dist/licenses.txt, written by ncc, is kept (tracked) and names every one of them;
 * - at run time the bundle talks to nothing but the GitHub API it is given. This is observed, not
 *   guessed from the source: the bundled action runs with a preload (node --import) that records
 *   every TCP connection, UDP datagram and child process. A grep of dist/index.js for URLs would
 *   prove little either way: the bundled undici carries hundreds of specification links that are
 *   never fetched, and a URL built at run time is no literal. The trace shows the one host and port
 *   contacted (the emulator, as GITHUB_API_URL/GITHUB_GRAPHQL_URL say), and that git only ever
 *   reaches the checkout's own origin.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, assertBundle } from '../test-support/corpus.js'
import { git } from '../test-support/git-fixture.js'
import { createWorld, type World } from '../test-support/races.js'

/** The `- \`name\` ...` items of the "Runtime dependencies" section of RELIABILITY.md. */
function documentedDependencies(): { name: string; why: string }[] {
  const text = readFileSync(path.join(ROOT, 'RELIABILITY.md'), 'utf8')
  const start = text.indexOf('\n## Runtime dependencies')
  if (start < 0) throw new Error('RELIABILITY.md has no "## Runtime dependencies" section')
  const rest = text.slice(start + 1)
  const end = rest.indexOf('\n## ')
  const section = end < 0 ? rest : rest.slice(0, end)
  return [...section.matchAll(/^- `([^`]+)`[^\n]*?: (.+)$/gm)].map((m) => ({
    name: m[1] as string,
    why: m[2] as string
  }))
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
}

describe('runtime dependencies', () => {
  it('package.json dependencies are exactly the list documented in RELIABILITY.md', () => {
    const documented = documentedDependencies()
      .map((d) => d.name)
      .sort()
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(documented)
  })

  it('each documented dependency says why it is needed', () => {
    for (const d of documentedDependencies()) expect(d.why.length).toBeGreaterThan(30)
  })

  it('dist/licenses.txt is tracked and names every runtime dependency', () => {
    const tracked = execFileSync('git', ['ls-files', 'dist/licenses.txt'], { cwd: ROOT }).toString()
    expect(tracked.trim()).toBe('dist/licenses.txt')
    const names = new Set(
      readFileSync(path.join(ROOT, 'dist', 'licenses.txt'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
    )
    for (const name of Object.keys(pkg.dependencies ?? {}))
      expect([name, names.has(name)]).toEqual([name, true])
  })
})

// Records every TCP connection, UDP datagram and child process of the action's process.
const PRELOAD = `
import net from 'node:net'
import dgram from 'node:dgram'
import cp from 'node:child_process'
import { appendFileSync } from 'node:fs'
const out = process.env.VRO_TRACE_FILE
const record = (o) => appendFileSync(out, JSON.stringify(o) + '\\n')
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  let o = Array.isArray(args[0]) ? args[0][0] : args[0]
  if (o === null || typeof o !== 'object') o = typeof args[0] === 'string' && Number.isNaN(Number(args[0])) ? { path: args[0] } : { port: args[0], host: args[1] }
  record({ type: 'tcp', host: o.host ?? null, port: o.port === undefined ? null : Number(o.port), path: o.path ?? null })
  return connect.apply(this, args)
}
const send = dgram.Socket.prototype.send
dgram.Socket.prototype.send = function (...args) {
  record({ type: 'udp' })
  return send.apply(this, args)
}
const spawn = cp.ChildProcess.prototype.spawn
cp.ChildProcess.prototype.spawn = function (options) {
  record({ type: 'spawn', file: options.file, args: options.args })
  return spawn.call(this, options)
}
for (const name of ['spawnSync', 'execFileSync', 'execSync']) {
  const original = cp[name]
  cp[name] = function (...args) {
    record({ type: 'spawnSync', file: String(args[0]), args: Array.isArray(args[1]) ? args[1] : [] })
    return original.apply(this, args)
  }
}
`

interface TraceEntry {
  type: 'tcp' | 'udp' | 'spawn' | 'spawnSync'
  host?: string | null
  port?: number | null
  path?: string | null
  file?: string
  args?: string[]
}

/** git subcommands that may reach another machine. */
const NETWORK_GIT = new Set([
  'fetch',
  'ls-remote',
  'pull',
  'push',
  'clone',
  'fetch-pack',
  'send-pack',
  'archive'
])

describe('network access at run time', () => {
  let w: World
  let dir: string
  const traces: { flow: string; code: number | null; entries: TraceEntry[] }[] = []

  beforeAll(async () => {
    await assertBundle()
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vro-trace-'))
    const preload = path.join(dir, 'trace.mjs')
    await fs.writeFile(preload, PRELOAD)
    w = await createWorld()
    let n = 0
    const traced = async (
      flow: string,
      go: (env: Record<string, string>) => Promise<{ code: number | null }>
    ) => {
      const file = path.join(dir, `trace-${n++}.jsonl`)
      await fs.writeFile(file, '')
      const env = { NODE_OPTIONS: `--import=${preload}`, VRO_TRACE_FILE: file }
      const r = await go(env)
      const entries = (await fs.readFile(file, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as TraceEntry)
      traces.push({ flow, code: r.code, entries })
    }
    await traced('release', (env) => w.release('v1.0.0', {}, { env }))
    await traced('push', (env) =>
      w.push({ 'app/src/main/java/Main.java': 'class Main { int x; }\n' }, 'app: x', { env })
    )
    await traced('manual pin to the newest release', (env) =>
      w.dispatch({ mode: 'pin', images: 'app' }, { env })
    )
    w.gh.protect('main', 'protection')
    await traced('pull-request fallback', (env) =>
      w.dispatch(
        { mode: 'unpin', images: 'all', 'on-protected': 'pull-request' },
        { env, runId: '99' }
      )
    )
  })

  afterAll(async () => {
    await w?.close()
    if (dir) await fs.rm(dir, { recursive: true, force: true })
  })

  it('the flows ran, and the trace saw their API calls and git processes', () => {
    expect(traces.map((t) => [t.flow, t.code])).toEqual([
      ['release', 0],
      ['push', 0],
      ['manual pin to the newest release', 0],
      ['pull-request fallback', 0]
    ])
    for (const t of traces) {
      expect(t.entries.some((e) => e.type === 'tcp' && e.port === w.gh.port)).toBe(true)
    }
    expect(
      traces.flatMap((t) => t.entries).some((e) => e.type === 'spawn' && e.file === 'git')
    ).toBe(true)
  })

  it('every connection goes to the API given in GITHUB_API_URL and GITHUB_GRAPHQL_URL, and nowhere else', () => {
    const elsewhere = traces.flatMap((t) =>
      t.entries
        .filter((e) => e.type === 'tcp' || e.type === 'udp')
        .filter((e) => !(e.type === 'tcp' && e.host === '127.0.0.1' && e.port === w.gh.port))
        .map((e) => ({ flow: t.flow, ...e }))
    )
    expect(elsewhere).toEqual([])
  })

  it('the only programs run are git, and git reaches only the checkout’s origin; never git push', async () => {
    const problems: string[] = []
    for (const t of traces) {
      for (const e of t.entries.filter((x) => x.type === 'spawn' || x.type === 'spawnSync')) {
        const args = e.args ?? []
        if (path.basename(e.file ?? '') !== 'git') {
          problems.push(`${t.flow}: runs ${e.file} ${args.join(' ')}`)
          continue
        }
        // argv[0] is the program itself; skip it and any -c/-C options before the subcommand.
        let i = args[0] === e.file || args[0] === 'git' ? 1 : 0
        while (i < args.length && (args[i] as string).startsWith('-'))
          i += ['-c', '-C'].includes(args[i] as string) ? 2 : 1
        const sub = args[i] ?? ''
        if (sub === 'push' || sub === 'clone') problems.push(`${t.flow}: git ${sub}`)
        if (NETWORK_GIT.has(sub)) {
          const operands = args.slice(i + 1).filter((a) => !a.startsWith('-'))
          if (operands[0] !== 'origin') problems.push(`${t.flow}: git ${args.slice(i).join(' ')}`)
        }
      }
    }
    expect(problems).toEqual([])
    // origin is the bare repository on disk (actions/checkout sets it the same way to the server).
    const { workspace } = await w.checkout()
    expect((await git(workspace, ['remote', 'get-url', 'origin'])).trim()).toMatch(/^file:\/\//)
  })
})
