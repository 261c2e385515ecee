/**
 * The CLI in process, from src/ (runCli with captured output), on temporary folders and
 * temporary git repositories, so that an edit to the sources is caught without a rebuild. A few
 * runs through the bundle itself live in __tests__/e2e/cli-bundle.test.ts.
 */
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/commands.js'

const FIXTURES = fileURLToPath(new URL('../../__fixtures__/compat/', import.meta.url))

let tmp: string
let count = 0

/** A clean environment: no SOURCE_DATE_EPOCH or git configuration leaks in from the caller. */
function baseEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: tmp,
    LC_ALL: 'C',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com'
  }
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? tmp,
    env: { ...baseEnv(), ...options.env }
  })
  return { code, stdout, stderr }
}

/** A fresh folder holding the given files. */
async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(tmp, `case-${count++}`)
  for (const [rel, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
    await fs.writeFile(path.join(dir, rel), content)
  }
  await fs.mkdir(dir, { recursive: true })
  return dir
}

const read = (dir: string, rel = 'scripts/image_versions.src'): Promise<string> =>
  fs.readFile(path.join(dir, rel), 'latin1')
const fixture = (name: string): Promise<Buffer> => fs.readFile(path.join(FIXTURES, name))

const VARS = '# --- app in folder ./app\nVRO_IMAGES_ARR=( app api-gateway db-init )\n'

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: baseEnv(), encoding: 'utf8' })
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vro-cli-')))
})

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

describe('pin', () => {
  it('writes exactly the expected lines with --now 2023-07-31T17:42:17Z', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': '# Pins\nexport dbinit_VER="v0.9.0"\n'
    })
    const run = await cli([
      'pin',
      '--dir',
      dir,
      '--version',
      'v1.2.3',
      '--now',
      '2023-07-31T17:42:17Z'
    ])
    expect(run).toEqual({
      code: 0,
      stdout: [
        'IMAGE        BEFORE      AFTER   DECISION  REASON',
        'app          (unpinned)  v1.2.3  pin       pinned to v1.2.3',
        'api-gateway  (unpinned)  v1.2.3  pin       pinned to v1.2.3',
        'db-init      v0.9.0      v0.9.0  keep      pinned by hand to v0.9.0 (line 2); left alone',
        'scripts/image_versions.src updated',
        ''
      ].join('\n'),
      stderr: ''
    })
    expect(await read(dir)).toBe(
      '# Pins\nexport dbinit_VER="v0.9.0"\n# Mon Jul 31 17:42:17 UTC 2023 -- v1.2.3\napp_VER="v1.2.3"\napigateway_VER="v1.2.3"\n'
    )
  })

  it.each([
    ['image_versions', 'image_versions.pin.expected'],
    ['image_versions.crlf', 'image_versions.crlf.pin.expected'],
    ['image_versions.nofinal', 'image_versions.nofinal.pin.expected']
  ])('pins the compatibility fixture %s.src byte for byte', async (name, expected) => {
    const dir = await folder({
      'scripts/image_vars.src': await fixture('image_vars.src'),
      'scripts/image_versions.src': await fixture(`${name}.src`)
    })
    const run = await cli(['pin', '--version', 'v3.7.0', '--now', '2024-03-01T09:05:03Z'], {
      cwd: dir
    })
    expect(run.code).toBe(0)
    expect(await read(dir)).toBe((await fixture(expected)).toString('latin1'))
  })

  it.each([
    [
      'SOURCE_DATE_EPOCH',
      [],
      { SOURCE_DATE_EPOCH: '1693602538' },
      '# Fri Sep  1 21:08:58 UTC 2023 -- v2.0.0'
    ],
    [
      '--now over SOURCE_DATE_EPOCH',
      ['--now', '2023-07-31T19:42:17+02:00'],
      { SOURCE_DATE_EPOCH: '1693602538' },
      '# Mon Jul 31 17:42:17 UTC 2023 -- v2.0.0'
    ]
  ])('takes the clock from %s', async (_what, args, env, comment) => {
    const dir = await folder({ 'scripts/image_vars.src': 'VAR_PREFIXES_ARR=( app )\n' })
    const run = await cli(['pin', '--version', 'v2.0.0', ...args], { cwd: dir, env })
    expect(run.code).toBe(0)
    expect(await read(dir)).toBe(`${comment}\napp_VER="v2.0.0"\n`)
  })

  it.each([
    ['names', 'api-gateway,db-init'],
    ['prefixes', 'apigateway,dbinit'],
    ['both, with spaces and repeats', 'api-gateway dbinit, db-init']
  ])('pins images given by %s', async (_what, images) => {
    const dir = await folder({ 'scripts/image_vars.src': VARS })
    const run = await cli(
      ['pin', '--version', 'release-1.0.0', '--images', images, '--now', '2023-07-31T17:42:17Z'],
      {
        cwd: dir
      }
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'warning: scripts/image_versions.src does not exist yet; it will be created\n'
    )
    expect(await read(dir)).toBe(
      '# Mon Jul 31 17:42:17 UTC 2023 -- release-1.0.0\napigateway_VER="release-1.0.0"\ndbinit_VER="release-1.0.0"\n'
    )
  })

  it('writes nothing when nothing changes: same inode, same mtime, no lone comment', async () => {
    const text = 'app_VER="v1.0.0"\napigateway_VER="v1.0.0"\nexport dbinit_VER=v1\n'
    const dir = await folder({ 'scripts/image_vars.src': VARS, 'scripts/image_versions.src': text })
    const file = path.join(dir, 'scripts/image_versions.src')
    const old = new Date('2020-01-01T00:00:00Z')
    await fs.utimes(file, old, old)
    const before = await fs.stat(file)
    const run = await cli(['pin', '--version', 'v2.0.0'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout.endsWith('scripts/image_versions.src unchanged\n')).toBe(true)
    const after = await fs.stat(file)
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(await read(dir)).toBe(text)
  })

  it('writes atomically: a new inode, the old mode, no temp files left', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': '# x\n'
    })
    const file = path.join(dir, 'scripts/image_versions.src')
    await fs.chmod(file, 0o664)
    const before = await fs.stat(file)
    const run = await cli(['pin', '--version', 'v2.0.0'], { cwd: dir })
    expect(run.code).toBe(0)
    const after = await fs.stat(file)
    expect(after.ino).not.toBe(before.ino)
    expect(after.mode & 0o777).toBe(0o664)
    expect((await fs.readdir(path.join(dir, 'scripts'))).sort()).toEqual([
      'image_vars.src',
      'image_versions.src'
    ])
  })

  it('uses other file names given with --vars-file and --versions-file', async () => {
    const dir = await folder({ 'ci/images.sh': VARS })
    const run = await cli([
      'pin',
      '--dir',
      dir,
      '--vars-file',
      'ci/images.sh',
      '--versions-file',
      'ci/pins.sh',
      '--version',
      'v1.0.0',
      '--now',
      '2023-07-31T17:42:17Z',
      '--images',
      'app'
    ])
    expect(run.code).toBe(0)
    expect(await read(dir, 'ci/pins.sh')).toBe(
      '# Mon Jul 31 17:42:17 UTC 2023 -- v1.0.0\napp_VER="v1.0.0"\n'
    )
  })

  it('never runs what the files contain', async () => {
    const dir = await folder({
      'scripts/image_vars.src': 'VRO_IMAGES_ARR=( app db )\n$(touch pwned-vars)\n',
      'scripts/image_versions.src':
        'app_VER="$(touch pwned)"\n`touch pwned2`\ndb_VER=\'$(touch pwned3)\'\n'
    })
    for (const args of [
      ['plan'],
      ['pin', '--version', 'v1.0.0'],
      ['unpin', '--images', 'app,db']
    ]) {
      expect((await cli(args, { cwd: dir })).code).toBe(0)
    }
    expect((await fs.readdir(dir)).sort()).toEqual(['scripts'])
    expect(await read(dir)).toBe('`touch pwned2`\n')
  })
})

describe('unpin --images', () => {
  it.each([
    ['names', 'api-gateway'],
    ['prefixes', 'apigateway'],
    ['name and prefix of the same image', 'apigateway,api-gateway']
  ])('removes exactly the named auto-pin lines, by %s', async (_what, images) => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src':
        '# h\napp_VER="v1"\napigateway_VER="v1"\n# c\napigateway_VER="v2"'
    })
    const run = await cli(['unpin', '--images', images], { cwd: dir })
    expect(run.code).toBe(0)
    expect(await read(dir)).toBe('# h\napp_VER="v1"\n# c')
  })

  it('unpins the compatibility fixtures byte for byte', async () => {
    for (const name of ['image_versions', 'image_versions.crlf']) {
      const dir = await folder({
        'scripts/image_vars.src': await fixture('image_vars.src'),
        'scripts/image_versions.src': await fixture(`${name}.src`)
      })
      const run = await cli(['unpin', '--images', 'api-gateway,devtools'], { cwd: dir })
      expect(run.code).toBe(0)
      expect(await read(dir)).toBe((await fixture(`${name}.unpin.expected`)).toString('latin1'))
    }
  })
})

describe('plan and --json', () => {
  it('prints a machine-readable report and writes nothing', async () => {
    const text = 'export dbinit_VER="v0.9.0"\napp_VER="v1.0.0"\nREDIS_VER=7\n'
    const dir = await folder({ 'scripts/image_vars.src': VARS, 'scripts/image_versions.src': text })
    const run = await cli(['plan', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({
      command: 'plan',
      intent: 'current',
      config: null,
      versionsFile: 'scripts/image_versions.src',
      changed: false,
      written: false,
      decisions: [
        {
          image: 'app',
          prefix: 'app',
          before: 'v1.0.0',
          after: 'v1.0.0',
          manual: false,
          action: 'keep',
          reason: 'pinned to v1.0.0'
        },
        {
          image: 'api-gateway',
          prefix: 'apigateway',
          before: null,
          after: null,
          manual: false,
          action: 'keep',
          reason: 'not pinned; it tracks the head build'
        },
        {
          image: 'db-init',
          prefix: 'dbinit',
          before: 'v0.9.0',
          after: 'v0.9.0',
          manual: true,
          action: 'keep',
          reason: 'pinned by hand to v0.9.0 (line 1); left alone'
        },
        {
          image: 'REDIS',
          prefix: 'REDIS',
          before: '7',
          after: '7',
          manual: false,
          action: 'skip',
          reason:
            'REDIS_VER is set to 7 (line 3) but REDIS is not in the image list; stale pin left alone'
        }
      ],
      warnings: [],
      stats: { gitProcesses: 0, fetches: 0 }
    })
    expect(await read(dir)).toBe(text)
  })

  it('reports a pin in JSON with the warnings', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': 'app_VER=v1 | cat\n'
    })
    const run = await cli(['pin', '--json', '--version', 'v1.0.0', '--images', 'app'], { cwd: dir })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ command: 'pin', intent: 'pin', changed: true, written: true })
    expect(report.decisions.map((d: { action: string }) => d.action)).toEqual([
      'pin',
      'skip',
      'skip'
    ])
    expect(report.warnings).toEqual([
      'line 1 looks like a pin but is not a plain assignment; left as it is'
    ])
    expect(run.stderr).toBe(
      'warning: line 1 looks like a pin but is not a plain assignment; left as it is\n'
    )
  })

  it('stays fast on a versions file with a 10 MB line', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': `app_VER="${'a'.repeat(10 * 1024 * 1024)}"\n# ${'$('.repeat(1024 * 1024)}\n`
    })
    const run = await cli(['plan', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).decisions[0].before).toHaveLength(10 * 1024 * 1024)
  })
})

describe('exit codes and messages', () => {
  let dir: string
  beforeAll(async () => {
    dir = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': 'export dbinit_VER="v0.9.0"\napp_VER="v1.0.0"\n'
    })
  })

  it.each([
    [[], 'No command given'],
    [['deploy'], 'Unknown command "deploy"'],
    [['pin'], 'pin needs --version V'],
    [['pin', '--version', 'v1.0.0', 'extra'], 'Unexpected argument "extra"'],
    [['pin', '--version', 'v1.0.0', '--bogus'], 'Unknown option --bogus\n'],
    // parseArgs' own wording never shows: one line of ours, with the option it most likely meant.
    [['plan', '--evnt', 'push'], 'Unknown option --evnt; did you mean --event?\n'],
    [['plan', '--event', 'push', '--dri', '.'], 'Unknown option --dri; did you mean --dir?\n'],
    [['pin', '--version'], '--version needs a value\n'],
    [['pin', '--version', '--dir', '.'], '--version needs a value (write --version=VALUE'],
    [['plan', '--json=yes'], '--json takes no value\n'],
    [['plan', '-x'], 'Unknown option -x\n'],
    [['plan', '--verbose'], 'plan does not take --verbose'],
    [['plan', '--vars-file', 'missing.src'], '--vars-file "missing.src" not found in'],
    [['plan', '--dir', '/nonexistent/repo'], '--dir "/nonexistent/repo": no such folder\n'],
    [['plan', '--dir', '/etc/passwd'], '--dir "/etc/passwd" is not a folder\n'],
    [['inputs'], 'is not a git repository; give --dir the root of a clone of the monorepo\n'],
    [['plan', '--event', 'push'], 'is not a git repository; give --dir the root of a clone'],
    [['pin', '--version', 'v1.0.0', '--images', ' , '], '--images needs at least one image'],
    [['pin', '--version', 'v1.0.0', '--changed'], 'pin does not take --changed'],
    [['pin', '--version', 'v1.0.0', '--event', 'push'], 'pin does not take --event'],
    [['unpin'], 'unpin needs exactly one of --images a,b or --changed'],
    [
      ['unpin', '--images', 'app', '--changed'],
      'unpin needs exactly one of --images a,b or --changed'
    ],
    [['unpin', '--images', 'app', '--version', 'v1.0.0'], 'unpin does not take --version'],
    [['plan', '--version', 'v1.0.0'], 'plan without --event does not take --version'],
    [['plan', '--event', 'release'], 'plan --event release needs --version'],
    [['plan', '--event', 'tag'], '--event must be release or push, not "tag"'],
    [
      ['plan', '--event', 'push', '--version', 'v1.0.0'],
      'plan --event push does not take --version'
    ],
    [['plan', '--images', 'app'], 'plan does not take --images'],
    [['pin', '--version', 'v1.0.0', '--images', 'all'], 'pin takes image names, not "all"'],
    [
      ['pin', '--images', 'app=1.0'],
      'Invalid version for image "app" in --images "1.0": expected vX.Y.Z or release-X.Y.Z'
    ],
    [['pin', '--images', 'app=v1.0.0, app=v1.1.0'], '--images names "app" twice\n'],
    [['plan', '--remote', '-x'], '--remote needs a value'],
    [['plan', '--remote', '../up'], '--remote "../up" is not a remote name'],
    [
      ['plan', '--on-missing-tag', 'never'],
      '--on-missing-tag is "never"; accepted values: unpin, keep, fail'
    ],
    // Every bad flag value is a usage line, never a stack trace (whichever module finds it).
    [['plan', '--paths', 'no colon'], 'paths line 1: "no colon" has no "image:"'],
    [['plan', '--paths', 'app: ../x'], 'paths line 1 (app): "../x": ".." cannot match'],
    [
      ['plan', '--compare-command', "'unclosed"],
      `compare-command: unclosed ' quote in "'unclosed"`
    ],
    [
      ['plan', '--compare-timeout', '0'],
      '--compare-timeout is "0"; accepted values: a number of seconds above 0, at most 86400'
    ],
    [['plan', '--detection', 'command'], '--detection is "command" but no compare-command is set'],
    [
      ['pin', '--version', 'v1.0.0', '--versions-file', '../outside.src'],
      '--versions-file "../outside.src" points outside the repository or at a folder'
    ],
    [
      ['plan', '--vars-file', '/etc/passwd'],
      '--vars-file "/etc/passwd" must be a path relative to the repository root'
    ],
    [
      ['plan', '--config', '.git/config'],
      '--config ".git/config" is inside .git; point it at a file of the repository'
    ]
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await cli(args, { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    // One line and where to look, not the whole usage.
    const [first, hint, ...rest] = run.stderr.split('\n')
    expect(`${first}\n`).toContain(message)
    expect(first?.startsWith(`vro-image-version: `)).toBe(true)
    expect([hint, ...rest]).toEqual(['Run vro-image-version --help for the usage.', ''])
  })

  it.each([['--help'], ['-h']])('%s prints the usage (exit 0)', async (flag) => {
    const run = await cli([flag])
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('Usage:\n  vro-image-version plan')).toBe(true)
  })

  it.each([
    [
      ['pin', '--version', 'latest'],
      'Invalid version "latest": expected vX.Y.Z or release-X.Y.Z (semver, optional -prerelease and +build), e.g. v1.2.3 or release-1.2.3'
    ],
    [
      ['pin', '--version', 'v1.2.3";$(id)\n\u001b[0m'],
      'Invalid version "v1.2.3\\";$(id)\\n\\u{1b}[0m": expected vX.Y.Z or release-X.Y.Z (semver, optional -prerelease and +build), e.g. v1.2.3 or release-1.2.3'
    ],
    [
      ['pin', '--version', 'v1.0.0', '--images', 'app,nope,x y'],
      'Unknown images "nope", "x", "y". Known images: app, api-gateway, db-init'
    ],
    [['unpin', '--images', 'web'], 'Unknown image "web". Known images: app, api-gateway, db-init'],
    [
      ['unpin', '--images', 'db-init'],
      'db-init is pinned by hand (dbinit_VER on line 1); the action never removes manual pins. Remove that line by hand.'
    ],
    [['unpin', '--images', 'apigateway'], 'api-gateway is not pinned; there is nothing to unpin'],
    [
      ['pin', '--version', 'v1.0.0', '--now', '2023-07-31'],
      '--now "2023-07-31" is not an ISO-8601 time with a zone'
    ],
    [
      ['pin', '--version', 'v1.0.0', '--now', '2023-02-30T00:00:00Z'],
      '--now "2023-02-30T00:00:00Z" is not a valid time'
    ]
  ])('%j fails with a message (exit 1)', async (args, message) => {
    const run = await cli(args, { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.startsWith(`vro-image-version: error: ${message}`)).toBe(true)
  })

  it('refuses a bad SOURCE_DATE_EPOCH', async () => {
    const run = await cli(['plan'], { cwd: dir, env: { SOURCE_DATE_EPOCH: 'yesterday' } })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'vro-image-version: error: SOURCE_DATE_EPOCH "yesterday" is not a number of seconds\n'
    )
  })

  it('refuses a versions file reached through a symlinked folder outside the repository', async () => {
    const outside = await folder({ 'pins.src': '# outside\n' })
    const repo = await folder({ 'scripts/image_vars.src': VARS })
    await fs.symlink(outside, path.join(repo, 'elsewhere'))
    const run = await cli(['pin', '--version', 'v1.0.0', '--versions-file', 'elsewhere/pins.src'], {
      cwd: repo
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('leads outside the repository through a symbolic link')
    expect(await read(outside, 'pins.src')).toBe('# outside\n')
  })

  it.each([
    [
      'an unclosed quote',
      'x="open\n',
      'cannot append: line 1 opens a double-quoted string that is never closed'
    ],
    [
      'a here-document',
      'cat <<EOF\n',
      'cannot append: line 1 opens a here-document that is never closed'
    ],
    ['NUL bytes', 'x=1\0\n', 'cannot append: the file contains NUL bytes']
  ])('refuses to pin after %s and leaves the file alone', async (_what, text, message) => {
    const repo = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': text
    })
    const run = await cli(['pin', '--version', 'v1.0.0'], { cwd: repo })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`vro-image-version: error: ${message}`)
    expect(await read(repo)).toBe(text)
  })

  it('refuses a versions file that is a symlink', async () => {
    const repo = await folder({ 'scripts/image_vars.src': VARS, 'scripts/real.src': '' })
    await fs.symlink('real.src', path.join(repo, 'scripts/image_versions.src'))
    const run = await cli(['plan'], { cwd: repo })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('is a symbolic link; point the input at the real file')
  })
})

describe('with git: unpin --changed, plan --event push, plan --event release', () => {
  /**
   * A repository with three image folders: v1.0.0 pins app and api-gateway (db-init by hand);
   * then app/Main.java changes, and a README outside every image folder.
   */
  async function repo(): Promise<string> {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'app/Main.java': 'class Main {}\n',
      'api-gateway/gw.py': 'print()\n',
      'db-init/init.sql': 'select 1;\n',
      'scripts/image_versions.src': '# pins\nexport dbinit_VER="v0.9.0"\n'
    })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    git(dir, 'tag', 'v1.0.0')
    const pin = await cli(['pin', '--version', 'v1.0.0', '--now', '2023-07-31T17:42:17Z'], {
      cwd: dir
    })
    expect(pin.code).toBe(0)
    git(dir, 'commit', '-q', '-a', '-m', 'Automated commit: Pin versions of unpinned images')
    await fs.appendFile(path.join(dir, 'app/Main.java'), '// changed\n')
    await fs.writeFile(path.join(dir, 'README.md'), 'hello\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'change app')
    return dir
  }

  const PINNED =
    '# pins\nexport dbinit_VER="v0.9.0"\n# Mon Jul 31 17:42:17 UTC 2023 -- v1.0.0\napp_VER="v1.0.0"\napigateway_VER="v1.0.0"\n'

  it('plan --event push shows what would be unpinned and writes nothing', async () => {
    const dir = await repo()
    const run = await cli(['plan', '--event', 'push'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        'IMAGE        BEFORE  AFTER       DECISION  REASON',
        'app          v1.0.0  (unpinned)  unpin     app/Main.java changed since v1.0.0 (build root app/)',
        'api-gateway  v1.0.0  v1.0.0      keep      no input changed since v1.0.0 (build root api-gateway/, the only folder named api-gateway)',
        'db-init      v0.9.0  v0.9.0      keep      pinned by hand to v0.9.0 (line 2); left alone',
        'scripts/image_versions.src would change (plan only; nothing written)',
        ''
      ].join('\n')
    )
    expect(await read(dir)).toBe(PINNED)
  })

  it('unpin --changed removes the changed image only', async () => {
    const dir = await repo()
    const run = await cli(['unpin', '--changed', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ command: 'unpin', changed: true, written: true })
    expect(
      report.decisions.map((d: { image: string; action: string }) => `${d.image}:${d.action}`)
    ).toEqual(['app:unpin', 'api-gateway:keep', 'db-init:keep'])
    expect(await read(dir)).toBe(
      '# pins\nexport dbinit_VER="v0.9.0"\n# Mon Jul 31 17:42:17 UTC 2023 -- v1.0.0\napigateway_VER="v1.0.0"\n'
    )
    const again = await cli(['unpin', '--changed'], { cwd: dir })
    expect(again.code).toBe(0)
    expect(again.stdout.endsWith('scripts/image_versions.src unchanged\n')).toBe(true)
  })

  it('unpin --changed keeps an image whose changes are all ignored (--ignore-paths)', async () => {
    const dir = await repo()
    const run = await cli(['unpin', '--changed', '--ignore-paths', 'app/*.java'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout.endsWith('scripts/image_versions.src unchanged\n')).toBe(true)
    expect(await read(dir)).toBe(PINNED)
  })

  it('plan --event release pins the images that are unpinned at the released commit', async () => {
    const dir = await repo()
    await cli(['unpin', '--changed'], { cwd: dir })
    git(dir, 'commit', '-q', '-a', '-m', 'Automated commit: Unpin versions of updated images')
    git(dir, 'tag', 'v1.1.0')
    const run = await cli(['plan', '--event', 'release', '--version', 'v1.1.0', '--json'], {
      cwd: dir
    })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.changed).toBe(true)
    expect(report.written).toBe(false)
    expect(
      report.decisions.map((d: { image: string; action: string }) => `${d.image}:${d.action}`)
    ).toEqual(['app:pin', 'api-gateway:keep', 'db-init:keep'])
  })

  it('plan --event release does not pin an image that changed after the release tag', async () => {
    const dir = await repo()
    await cli(['unpin', '--changed'], { cwd: dir })
    git(dir, 'commit', '-q', '-a', '-m', 'unpin')
    git(dir, 'tag', 'v1.1.0')
    await fs.appendFile(path.join(dir, 'app/Main.java'), '// after the release\n')
    git(dir, 'commit', '-q', '-a', '-m', 'after')
    const run = await cli(['plan', '--event', 'release', '--version', 'v1.1.0', '--json'], {
      cwd: dir
    })
    expect(run.code).toBe(0)
    const [app] = JSON.parse(run.stdout).decisions
    expect(app).toMatchObject({ image: 'app', action: 'skip', after: null })
    expect(app.reason).toContain('app/Main.java')
  })

  it('plan --event release refuses a version that is not a release version (exit 1)', async () => {
    const run = await cli(['plan', '--event', 'release', '--version', '1.2.3'], {
      cwd: await repo()
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^vro-image-version: error: Invalid version "1.2.3": expected vX.Y.Z or release-X.Y.Z/
    )
  })
})

describe('inputs', () => {
  async function monorepo(): Promise<string> {
    const { MONOREPO } = await import('../../__fixtures__/gradle-monorepo.js')
    const dir = await folder(MONOREPO)
    git(dir, 'init', '--quiet', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '--quiet', '-m', 'base')
    return dir
  }

  it('prints each build root and input with where it comes from (--verbose)', async () => {
    const dir = await monorepo()
    const run = await cli(['inputs', '--verbose', '--dir', dir, '--images', 'gateway,pg'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('gateway')
    expect(lines).toContain(
      '  build root: gateway/ (Gradle project :gateway (settings.gradle line 4))'
    )
    expect(
      lines.some((l) =>
        /^ {2}shared\/util\/ +gradle: model depends on :shared:util in shared\/model\/build.gradle/.test(
          l
        )
      )
    ).toBe(true)
    expect(lines).toContain('pg')
    expect(
      lines.some((l) => /^ {2}pg\/init\/ +docker: COPY in pg\/Dockerfile line 2/.test(l))
    ).toBe(true)
    expect(lines).toContain('  base image: postgres:16 [pg/Dockerfile:1]')
    expect(run.stdout).not.toContain('helm/')
    expect(run.stdout).not.toContain('scanner')
  })

  it('prints a stable JSON report', async () => {
    const dir = await monorepo()
    const run = await cli(['inputs', '--json', '--dir', dir, '--images', 'mq'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.head).toMatch(/^[0-9a-f]{40}$/)
    expect(report.ignored).toEqual(['scripts/image_versions.src'])
    expect(report.images).toHaveLength(1)
    expect(report.images[0]).toMatchObject({
      name: 'mq',
      prefix: 'mq',
      roots: [{ folder: 'mq', how: 'the folder named mq with a build file' }],
      baseImages: [{ image: 'rabbitmq:3-management', file: 'mq/Dockerfile', line: 1 }],
      warnings: []
    })
    expect(report.images[0].inputs).toContainEqual({
      kind: 'dir',
      path: 'mq/conf',
      provider: 'docker',
      file: 'mq/Dockerfile',
      line: 2,
      why: 'COPY in mq/Dockerfile line 2',
      exists: true
    })
  })

  it('refuses flags that belong to other commands, in one line', async () => {
    const run = await cli(['inputs', '--version', 'v1.0.0'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('inputs does not take --version')
  })
})

describe('pin --images name=version pairs, --remote, and the checkout left as found', () => {
  async function released(): Promise<string> {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'app/Main.java': 'class Main {}\n',
      'api-gateway/gw.py': 'print()\n',
      'db-init/init.sql': 'select 1;\n',
      'scripts/image_versions.src': '# pins\n'
    })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    git(dir, 'tag', 'v1.0.0')
    return dir
  }

  it('pin --images app=v1.0.0 pins that image to its own version, as in the action', async () => {
    const dir = await released()
    const run = await cli(['pin', '--images', 'app=v1.0.0', '--now', '2023-07-31T17:42:17Z'], {
      cwd: dir
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(await read(dir)).toContain('app_VER="v1.0.0"')
    expect(await read(dir)).not.toContain('apigateway_VER')
  })

  it('refuses --version with name=version pairs, in the CLI words', async () => {
    const run = await cli(['pin', '--version', 'v1.0.0', '--images', 'app=v1.0.0'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'vro-image-version: pin takes --version or name=version pairs in --images, not both\n' +
        'Run vro-image-version --help for the usage.\n'
    )
    const mixed = await cli(['pin', '--images', 'app=v1.0.0,db-init'])
    expect(mixed.stderr).toContain('vro-image-version: --images mixes plain names and name=version')
  })

  it('a --remote that does not exist is reported as such', async () => {
    const dir = await released()
    const run = await cli(['plan', '--event', 'push', '--remote', 'upstream'], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('vro-image-version: error: --remote upstream')
    expect(run.stderr).toContain(`the checkout in ${dir} has no remote upstream`)
  })

  it('plan --event push on a depth-1 clone leaves refs, .git/config and .git/shallow byte-identical', async () => {
    const origin = await released()
    await fs.writeFile(
      path.join(origin, 'scripts/image_versions.src'),
      '# pins\napp_VER="v1.0.0"\napigateway_VER="v1.0.0"\n'
    )
    await fs.appendFile(path.join(origin, 'app/Main.java'), '// changed\n')
    git(origin, 'commit', '-q', '-a', '-m', 'pin, then change app')
    git(origin, 'config', 'uploadpack.allowFilter', 'true')
    const clone = path.join(await folder({}), 'clone')
    git(os.tmpdir(), 'clone', '-q', '--depth', '1', '--no-tags', `file://${origin}`, clone)
    git(clone, 'remote', 'rename', 'origin', 'upstream')
    const state = async (): Promise<string[]> => [
      git(clone, 'for-each-ref'),
      await fs.readFile(path.join(clone, '.git/config'), 'utf8'),
      await fs.readFile(path.join(clone, '.git/shallow'), 'utf8')
    ]
    const before = await state()
    const run = await cli(['plan', '--event', 'push', '--remote', 'upstream'], { cwd: clone })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/app +v1\.0\.0 +\(unpinned\) +unpin +app\/Main\.java changed/)
    expect(run.stdout).toMatch(/api-gateway +v1\.0\.0 +v1\.0\.0 +keep/)
    expect(await state()).toEqual(before)
    expect(git(clone, 'fsck', '--no-dangling')).toBe('')
  })
})

describe('--dir, the configuration file, paths entries, the remote', () => {
  /** A committed repository with the three image folders; `extra` files added first. */
  async function committed(extra: Record<string, string> = {}): Promise<string> {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'app/Main.java': 'class Main {}\n',
      'api-gateway/gw.py': 'print()\n',
      'db-init/init.sql': 'select 1;\n',
      'scripts/image_versions.src': '# pins\n',
      ...extra
    })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    return dir
  }
  const firstLine = (run: Run): string => run.stderr.split('\n')[0] ?? ''

  it.each([['inputs'], ['plan'], ['plan', '--event', 'push']])(
    '%j with --dir a subfolder of a repository names the root to use (exit 2)',
    async (...args) => {
      const dir = await committed()
      const run = await cli([...args, '--dir', path.join(dir, 'app')])
      expect(run.code).toBe(2)
      expect(firstLine(run)).toBe(
        `vro-image-version: "${dir}/app" is inside the repository at "${dir}"; use --dir "${dir}"`
      )
    }
  )

  it('reads .github/vro-image-version.yaml and says which file it read', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      '.github/vro-image-version.yaml': 'versions-file: pins.src\n'
    })
    const run = await cli(['plan', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('config: .github/vro-image-version.yaml\n')
    expect(JSON.parse(run.stdout)).toMatchObject({
      config: '.github/vro-image-version.yaml',
      versionsFile: 'pins.src'
    })
    const table = await cli(['plan'], { cwd: dir })
    expect(table.stderr.split('\n')[0]).toBe('config: .github/vro-image-version.yaml')
  })

  it('refuses .yml and .yaml side by side, naming both', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      '.github/vro-image-version.yml': 'version: 1\n',
      '.github/vro-image-version.yaml': 'version: 1\n'
    })
    const run = await cli(['plan'], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'vro-image-version: error: Both .github/vro-image-version.yml and .github/vro-image-version.yaml exist; keep one of them (merge the other into it and delete it)\n'
    )
  })

  it('takes --config as an absolute path outside the repository, read as a regular file', async () => {
    const dir = await folder({ 'scripts/image_vars.src': VARS })
    const outside = await folder({ 'mine.yml': 'versions-file: pins.src\n' })
    const file = path.join(outside, 'mine.yml')
    const run = await cli(['plan', '--json', '--config', file], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toBe(`config: ${file}`)
    expect(JSON.parse(run.stdout)).toMatchObject({ config: file, versionsFile: 'pins.src' })
    const missing = await cli(['plan', '--config', path.join(outside, 'nope.yml')], { cwd: dir })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`Configuration file "${outside}/nope.yml" does not exist`)
    const folderGiven = await cli(['plan', '--config', outside], { cwd: dir })
    expect(folderGiven.code).toBe(1)
    expect(folderGiven.stderr).toContain('is not a regular file but a folder')
  })

  it.each([
    [
      ['--paths', 'aap: app/**'],
      'paths: "aap" is not an image of scripts/image_vars.src; did you mean app?'
    ],
    [['--paths', 'apigatway: x/**'], 'did you mean api-gateway?'],
    [
      ['--paths', 'frontend: web/**'],
      'paths: "frontend" is not an image of scripts/image_vars.src; the images are app, api-gateway, db-init'
    ]
  ])(
    'a paths entry %j that names no image fails (exit 2), with the closest image',
    async (flags, message) => {
      const dir = await folder({ 'scripts/image_vars.src': VARS })
      const run = await cli(['plan', ...flags], { cwd: dir })
      expect(run.code).toBe(2)
      expect(firstLine(run)).toContain(message)
    }
  )

  it('a paths entry of the configuration file that names no image fails too', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      '.github/vro-image-version.yml': 'paths:\n  db_init: [db/**]\n'
    })
    const run = await cli(['plan'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'paths: "db_init" is not an image of scripts/image_vars.src; did you mean db-init?'
    )
  })

  it('a remote that is configured but leads nowhere is a failed fetch: the pin is kept, with a warning', async () => {
    const dir = await committed({ 'scripts/image_versions.src': '# pins\napp_VER="v0.5.0"\n' })
    git(dir, 'remote', 'add', 'origin', path.join(tmp, 'no-such-origin.git'))
    const run = await cli(['plan', '--event', 'push', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.decisions[0]).toMatchObject({ image: 'app', before: 'v0.5.0', after: 'v0.5.0' })
    expect(report.decisions[0].reason).toContain('fetching it from origin failed')
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^Tag v0\.5\.0 \(pinned for app\) could not be fetched: fetching it from origin failed: fatal: .*does not appear to be a git repository/
      )
    ])
    expect(report.warnings[0]).not.toContain('there is no remote')
  })

  it('"there is no remote origin" only when no origin is configured', async () => {
    const dir = await committed({ 'scripts/image_versions.src': '# pins\napp_VER="v0.5.0"\n' })
    const run = await cli(['plan', '--event', 'push', '--json'], { cwd: dir })
    const report = JSON.parse(run.stdout)
    expect(report.decisions[0]).toMatchObject({ image: 'app', after: null, action: 'unpin' })
    expect(report.decisions[0].reason).toContain('there is no remote origin to fetch it from')
  })

  it('a helper assignment of the versions file that is no image (export RABBITMQ_VER=...) is no row', async () => {
    const dir = await folder({
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': 'export RABBITMQ_VER="3.12"\nREDIS_VER=7\napp_VER="v1.0.0"\n'
    })
    const run = await cli(['plan', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    const rows = JSON.parse(run.stdout).decisions.map((d: { image: string }) => d.image)
    expect(rows).toEqual(['app', 'api-gateway', 'db-init', 'REDIS'])
    const table = await cli(['plan'], { cwd: dir })
    expect(table.stdout).not.toContain('RABBITMQ')
  })
})

describe('inputs: the short report', () => {
  async function monorepo(): Promise<string> {
    const { MONOREPO } = await import('../../__fixtures__/gradle-monorepo.js')
    const dir = await folder(MONOREPO)
    git(dir, 'init', '--quiet', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '--quiet', '-m', 'base')
    return dir
  }

  it('is a summary per image that fits the terminal, the provenance behind --verbose', async () => {
    const dir = await monorepo()
    const run = await cli(['inputs', '--dir', dir])
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120)
    expect(lines[0]).toBe('gateway')
    expect(lines).toContain(
      '  build root: gateway/ (Gradle project :gateway (settings.gradle line 4))'
    )
    expect(
      lines.some((l) =>
        /^ {2}\d+ inputs: gradle \d+ \(project, \d+ project deps, .*root build files/.test(l)
      )
    ).toBe(true)
    expect(lines.some((l) => /^ {2}\d+ inputs?: .*docker \d+ \(Dockerfile/.test(l))).toBe(true)
    // No line per input: that is --verbose.
    expect(run.stdout).not.toContain('depends on')
    expect(lines.at(-1)).toBe('(each input and why: --verbose; for programs: --json)')
    const verbose = await cli(['inputs', '--verbose', '--dir', dir])
    expect(verbose.stdout.split('\n').length).toBeGreaterThan(lines.length)
    expect(verbose.stdout).toContain('depends on')
  })

  it('wraps and trims to a narrow terminal', async () => {
    const dir = await monorepo()
    let stdout = ''
    const code = await runCli(['inputs', '--dir', dir], {
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
      cwd: dir,
      env: baseEnv(),
      columns: 70
    })
    expect(code).toBe(0)
    expect(
      Math.max(
        ...stdout
          .trimEnd()
          .split('\n')
          .map((l) => l.length)
      )
    ).toBeLessThanOrEqual(70)
  })
})
