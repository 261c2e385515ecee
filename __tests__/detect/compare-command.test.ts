import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CommandError,
  mapLimit,
  runCompare,
  runCompares,
  splitCommand
} from '../../src/detect/compare-command.js'
import { tmpDir } from '../../test-support/git-fixture.js'

describe('splitCommand', () => {
  it.each([
    ['./scripts/diff.sh', ['./scripts/diff.sh']],
    ['  node  scripts/x.mjs --fast ', ['node', 'scripts/x.mjs', '--fast']],
    [`diff --label 'old image' "new image"`, ['diff', '--label', 'old image', 'new image']],
    [`a'b c'd`, ['ab cd']],
    [`x '' ""`, ['x', '', '']],
    [
      'echo $HOME `id` $(id) ; rm -rf / | cat',
      ['echo', '$HOME', '`id`', '$(id)', ';', 'rm', '-rf', '/', '|', 'cat']
    ],
    [`say "it's"`, ['say', "it's"]],
    ['a\tb\nc', ['a', 'b', 'c']],
    ['', []]
  ])('%j', (input, words) => {
    expect(splitCommand(input)).toEqual(words)
  })

  it('rejects an unclosed quote, naming the input', () => {
    expect(() => splitCommand(`run 'x`)).toThrow(CommandError)
    expect(() => splitCommand(`run "x`)).toThrow(/^compare-command: unclosed " quote/)
  })
})

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 1], 3, async (ms, i) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, ms * 3))
      running--
      return i * 10
    })
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60])
    expect(peak).toBe(3)
    expect(await mapLimit([], 4, async () => 1)).toEqual([])
  })
})

describe('runCompare', () => {
  let dir: string
  let script: string
  beforeAll(async () => {
    dir = await tmpDir('vro-compare-')
    script = join(dir, 'cmp.mjs')
    await writeFile(
      script,
      [
        'const [mode, image, tag, head] = process.argv.slice(2)',
        "if (mode === 'env') process.exit(process.env.IMAGE === image && process.env.PINNED_VERSION === tag && process.env.HEAD_SHA === head && process.env.REGISTRY_IMAGE === 'vro-app' && process.env.LOCAL_IMAGE === 'va/app' ? 0 : 3)",
        "if (mode === 'signal') process.kill(process.pid, 'SIGTERM')",
        "if (mode === 'quiet') process.exit(7)",
        "console.error('first line\\n  last line  \\n')",
        'process.exit(Number(mode))'
      ].join('\n')
    )
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const job = {
    image: { name: 'app', prefix: 'app', registryImage: 'vro-app', gradleImage: 'va/app' },
    pinnedVersion: 'v1.0.0',
    headSha: 'f'.repeat(40)
  }
  const run = (mode: string): ReturnType<typeof runCompare> =>
    runCompare([process.execPath, script, mode], job, dir)

  it('maps exit codes', async () => {
    expect(await run('0')).toEqual({ changed: false, detail: 'exit 0' })
    expect(await run('1')).toEqual({ changed: true, detail: 'exit 1' })
    expect(await run('2')).toEqual({ changed: null, detail: 'exit code 2: "last line"' })
    expect(await run('quiet')).toEqual({ changed: null, detail: 'exit code 7' })
    expect(await run('signal')).toEqual({ changed: null, detail: 'killed by SIGTERM' })
  })

  it('passes the image in arguments and environment', async () => {
    expect(await run('env')).toEqual({ changed: false, detail: 'exit 0' })
  })

  it('reports a command that cannot start', async () => {
    const r = await runCompare([join(dir, 'missing')], job, dir)
    expect(r.changed).toBeNull()
    expect(r.detail).toMatch(/^could not start ".*missing": .*ENOENT/)
    expect(await runCompare([], job, dir)).toEqual({
      changed: null,
      detail: 'compare-command is empty'
    })
  })

  it('runs many, one failure not stopping the others', async () => {
    const jobs = ['x', 'y', 'z'].map((name) => ({ ...job, image: { name, prefix: name } }))
    const argv = [process.execPath, '-e', 'process.exit(process.argv[1] === "y" ? 9 : 1)']
    const out = await runCompares(argv, jobs, dir, undefined, 2)
    expect(out.map((o) => o.changed)).toEqual([true, null, true])
  })
  /** A killed orphan may linger as a zombie until reaped; that is not alive. */
  const alive = async (pid: number): Promise<boolean> => {
    await new Promise((r) => setTimeout(r, 100))
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
    return stat !== '' && !/^\d+ \(.*\) Z/.test(stat)
  }

  // The bounds are measured and printed, not asserted: they depend on the machine.
  const timed = async (argv: string[], timeoutMs: number): Promise<[string, number]> => {
    const t0 = Date.now()
    const r = await runCompare(argv, job, dir, timeoutMs)
    return [r.detail, Date.now() - t0]
  }

  it('a command that never exits is killed at compare-timeout, with its process group', async () => {
    const pidFile = join(dir, 'grandchild.pid')
    const hang = `sleep 300 & echo $! > ${pidFile}; wait`
    const [detail] = await timed(['sh', '-c', hang], 500)
    expect(detail).toBe(
      'did not finish within 0.5 s (compare-timeout); its process group was killed'
    )
    expect(await alive(Number(await readFile(pidFile, 'utf8')))).toBe(false)
  })

  it('a command that exits 0 while a background child holds stderr is answered at its exit', async () => {
    const pidFile = join(dir, 'background.pid')
    const [detail] = await timed(['sh', '-c', `sleep 300 >&2 & echo $! > ${pidFile}`], 60_000)
    expect(detail).toBe('exit 0')
    expect(await alive(Number(await readFile(pidFile, 'utf8')))).toBe(false)
  })
})
