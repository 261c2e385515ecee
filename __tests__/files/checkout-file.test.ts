/**
 * readCheckoutFile: the one way a file of the checkout is read (src/files/checkout-file.ts), and its
 * callers: versions.txt (the default pin version), the configuration file, image_vars.src, the
 * versions file, and the folder the run works in (working-directory, the CLI's --dir).
 */
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CHECKOUT_FILE_MAX_BYTES,
  readCheckoutFile,
  realPathOutside
} from '../../src/files/checkout-file.js'
import { runCli } from '../../src/cli/commands.js'
import { readConfig } from '../../src/plan/config-file.js'
import { FileError } from '../../src/files/repo-files.js'
import { checkoutDir } from '../../src/action/inputs.js'
import { prepareRun } from '../../src/plan/prepare-run.js'
import { loadRepo } from '../../src/files/repo.js'
import { DEFAULT_SETTINGS } from '../../src/plan/settings.js'
import { imageVars } from '../../test-support/sample.js'

let tmp: string
let n = 0

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vro-checkout-file-')))
})

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

/** A fresh repository folder holding `files`, beside a folder `outside` holding `outside`. */
async function repo(
  files: Record<string, string | Buffer> = {},
  outside: Record<string, string> = {}
): Promise<{ root: string; outside: string }> {
  const base = path.join(tmp, `case-${n++}`)
  const root = path.join(base, 'repo')
  const out = path.join(base, 'outside')
  await fs.mkdir(root, { recursive: true })
  await fs.mkdir(out, { recursive: true })
  for (const [dir, set] of [
    [root, files],
    [out, outside]
  ] as const) {
    for (const [rel, content] of Object.entries(set)) {
      await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
      await fs.writeFile(path.join(dir, rel), content)
    }
  }
  return { root, outside: out }
}

const failure = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: Error) => e
  )

describe('readCheckoutFile', () => {
  it.each([
    ['plain', Buffer.from('a\nb\n')],
    ['CRLF', Buffer.from('a\r\nb')],
    ['a BOM', Buffer.from('\uFEFFa\n')],
    ['empty', Buffer.alloc(0)],
    ['unicode', Buffer.from('# ünïcødé 😀\n')]
  ])('reads %s text byte for byte', async (_name, bytes) => {
    const { root } = await repo({ f: bytes })
    const text = await readCheckoutFile(root, 'f', { what: 'versions-file' })
    expect(Buffer.from(text as string, 'utf8')).toEqual(bytes)
  })

  it('returns undefined for a missing file, a missing root and a dangling link', async () => {
    const { root } = await repo()
    await fs.symlink('nowhere', path.join(root, 'dangling'))
    expect(await readCheckoutFile(root, 'missing', { what: 'x' })).toBeUndefined()
    expect(await readCheckoutFile(root, 'dangling', { what: 'x' })).toBeUndefined()
    expect(await readCheckoutFile(path.join(root, 'no'), 'f', { what: 'x' })).toBeUndefined()
  })

  it('follows a symbolic link that stays inside the repository (relative or absolute)', async () => {
    const { root } = await repo({ 'real/v.txt': 'v1.2.3\n' })
    await fs.symlink('real/v.txt', path.join(root, 'rel-link'))
    await fs.symlink(path.join(root, 'real/v.txt'), path.join(root, 'abs-link'))
    await fs.symlink('real', path.join(root, 'dir-link'))
    for (const rel of ['rel-link', 'abs-link', 'dir-link/v.txt']) {
      expect(await readCheckoutFile(root, rel, { what: 'File' })).toBe('v1.2.3\n')
    }
  })

  it.each([
    ['/etc/passwd', () => '/etc/passwd'],
    ['/dev/zero', () => '/dev/zero'],
    ['a file beside the repository', (outside: string) => path.join(outside, 'secret.txt')],
    ['a relative ../ path', () => '../outside/secret.txt']
  ])('refuses a symbolic link to %s without reading it', async (_what, target) => {
    const { root, outside } = await repo({}, { 'secret.txt': 'v9.9.9 SECRET_OUTSIDE\n' })
    await fs.symlink(target(outside), path.join(root, 'versions.txt'))
    const error = await failure(readCheckoutFile(root, 'versions.txt', { what: 'File' }))
    expect(error).toBeInstanceOf(FileError)
    expect(error?.message).toBe(
      'File "versions.txt" leads outside the repository through a symbolic link; commit the file itself, or a link to a file inside the repository'
    )
  })

  it('refuses a folder on the way that leads outside', async () => {
    const { root, outside } = await repo({}, { 'secret.txt': 'v9.9.9\n' })
    await fs.symlink(outside, path.join(root, 'elsewhere'))
    const error = await failure(readCheckoutFile(root, 'elsewhere/secret.txt', { what: 'x' }))
    expect(error?.message).toContain('leads outside the repository through a symbolic link')
  })

  it('refuses a symbolic link into .git, where actions/checkout keeps the token', async () => {
    const { root } = await repo({ '.git/config': '[http]\n\textraheader = AUTHORIZATION: x\n' })
    await fs.symlink('.git/config', path.join(root, 'conf.yml'))
    const error = await failure(readCheckoutFile(root, 'conf.yml', { what: 'Configuration file' }))
    expect(error?.message).toBe(
      'Configuration file "conf.yml" leads into .git through a symbolic link; commit the file itself'
    )
  })

  it("with symlinks: 'refuse', refuses any symbolic link", async () => {
    const { root } = await repo({ real: 'x' })
    await fs.symlink('real', path.join(root, 'f'))
    const error = await failure(
      readCheckoutFile(root, 'f', { what: 'versions-file', symlinks: 'refuse' })
    )
    expect(error?.message).toBe(
      'versions-file "f" is a symbolic link; point the input at the real file'
    )
  })

  it('refuses a FIFO without waiting for a writer', async () => {
    const { root } = await repo()
    execFileSync('mkfifo', [path.join(root, 'versions.txt')])
    const error = await failure(readCheckoutFile(root, 'versions.txt', { what: 'File' }))
    expect(error?.message).toBe(
      'File "versions.txt" is not a regular file (a FIFO, a device or a socket); commit a text file'
    )
  })

  it.each([
    ['a folder', 'is not a regular file but a folder; point the input at a file'],
    ['invalid UTF-8', 'is not valid UTF-8 text'],
    ['a file under a regular file', 'ENOTDIR']
  ])('refuses %s', async (what, message) => {
    const { root } = await repo()
    let rel = 'f'
    if (what === 'a folder') await fs.mkdir(path.join(root, 'f'))
    else if (what === 'invalid UTF-8')
      await fs.writeFile(path.join(root, 'f'), Buffer.from([0x61, 0xff]))
    else {
      await fs.writeFile(path.join(root, 'f'), 'x')
      rel = 'f/below'
    }
    const error = await failure(readCheckoutFile(root, rel, { what: 'versions-file' }))
    expect(error).toBeInstanceOf(FileError)
    expect(error?.message.startsWith(`versions-file "${rel}"`)).toBe(true)
    expect(error?.message).toContain(message)
  })

  it('reads at most the cap: the cap is fine, one byte more is refused', async () => {
    const { root } = await repo({ ok: 'x'.repeat(10), big: 'x'.repeat(11) })
    expect(await readCheckoutFile(root, 'ok', { what: 'f', maxBytes: 10 })).toBe('x'.repeat(10))
    const error = await failure(readCheckoutFile(root, 'big', { what: 'f', maxBytes: 10 }))
    expect(error?.message).toBe(
      'f "big" is larger than 10 bytes, the most this file may hold; check that it is the right file'
    )
  })

  it(`refuses a file over the default cap of ${CHECKOUT_FILE_MAX_BYTES} bytes`, async () => {
    const { root } = await repo({ big: '' })
    await fs.truncate(path.join(root, 'big'), CHECKOUT_FILE_MAX_BYTES + 1)
    const error = await failure(readCheckoutFile(root, 'big', { what: 'vars-file' }))
    expect(error?.message).toContain(`is larger than ${CHECKOUT_FILE_MAX_BYTES} bytes`)
  })
})

describe('readCheckoutFile: the repository root', () => {
  it('a root that is not a folder is a FileError that names the file', async () => {
    const { root } = await repo({ 'plain.txt': 'x' })
    const error = await failure(
      readCheckoutFile(path.join(root, 'plain.txt', 'sub'), 'f', { what: 'versions-file' })
    )
    expect(error).toBeInstanceOf(FileError)
    expect(error?.message).toMatch(/^versions-file "f": ENOTDIR/)
  })

  it('the file system root holds every folder', () => {
    expect(realPathOutside(tmp, '/')).toBe(false)
    expect(realPathOutside('/', tmp)).toBe(true)
  })
})

describe('versions.txt, the default pin version', () => {
  const pinDefault = async (root: string): Promise<string | undefined> => {
    const run = await prepareRun({
      root,
      settings: DEFAULT_SETTINGS,
      intent: { kind: 'pin' },
      now: new Date('2024-01-01T00:00:00Z')
    })
    await run.close()
    return run.intent.kind === 'pin' ? run.intent.version : undefined
  }
  const files = { 'scripts/image_vars.src': imageVars(['app']) }

  it('is read from the file, or a link to a file inside the repository', async () => {
    const { root } = await repo({ ...files, 'versions.txt': 'v1.0.0\nv1.2.3\n' })
    expect(await pinDefault(root)).toBe('v1.2.3')
    const linked = await repo({ ...files, 'release/versions': 'v1.0.0\nv1.4.0\n' })
    await fs.symlink('release/versions', path.join(linked.root, 'versions.txt'))
    expect(await pinDefault(linked.root)).toBe('v1.4.0')
  })

  it.each([
    ['a file outside the repository', (outside: string) => path.join(outside, 'passwd')],
    ['/dev/zero', () => '/dev/zero']
  ])(
    'is refused when it is a link to %s: the run fails, nothing picked from it',
    async (_w, target) => {
      const { root, outside } = await repo(files, { passwd: 'v9.9.9\nroot:x:0:0\n' })
      await fs.symlink(target(outside), path.join(root, 'versions.txt'))
      const error = await failure(pinDefault(root))
      expect(error?.message).toContain(
        'File "versions.txt" leads outside the repository through a symbolic link'
      )
    }
  )
})

describe('the other files of the checkout', () => {
  it('image_vars.src, the versions file and the configuration file refuse links to /dev/zero', async () => {
    const { root } = await repo({ 'scripts/image_vars.src': imageVars(['app']) })
    await fs.symlink('/dev/zero', path.join(root, 'scripts/image_versions.src'))
    await fs.mkdir(path.join(root, '.github'))
    await fs.symlink('/dev/zero', path.join(root, '.github/vro-image-version.yml'))
    await expect(
      loadRepo(root, 'scripts/image_vars.src', 'scripts/image_versions.src')
    ).rejects.toThrow('is a symbolic link')
    await expect(readConfig(root, undefined)).rejects.toThrow('is a symbolic link')
  })

  it('the configuration file may not be a FIFO (the run would wait forever)', async () => {
    const { root } = await repo()
    await fs.mkdir(path.join(root, '.github'))
    execFileSync('mkfifo', [path.join(root, '.github/vro-image-version.yml')])
    await expect(readConfig(root, undefined)).rejects.toThrow('is not a regular file')
  })
})

describe('the folder worked in', () => {
  it('working-directory: a symbolic link leading out of the workspace is refused', async () => {
    const { root, outside } = await repo({ 'mono/x': '' })
    await fs.symlink(outside, path.join(root, 'mono-link'))
    await fs.symlink('/', path.join(root, 'to-root'))
    expect(checkoutDir(root, 'mono')).toBe(path.join(root, 'mono'))
    for (const wd of ['mono-link', 'to-root', 'to-root/etc']) {
      expect(() => checkoutDir(root, wd)).toThrow(
        `Input working-directory "${wd}" leads outside the workspace ${root} through a symbolic link; give the real folder, as actions/checkout's path:`
      )
    }
    expect(realPathOutside(path.join(root, 'missing'), root)).toBe(false)
  })

  it('CLI --dir: refused (exit 2) when its real path leaves GITHUB_WORKSPACE', async () => {
    const { root, outside } = await repo()
    await fs.writeFile(path.join(outside, 'image_vars.src'), imageVars(['app']))
    await fs.symlink(outside, path.join(root, 'link'))
    let stderr = ''
    const code = await runCli(['plan', '--dir', path.join(root, 'link')], {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
      cwd: root,
      env: { GITHUB_WORKSPACE: root }
    })
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe(
      `vro-image-version: --dir "${path.join(root, 'link')}" is outside GITHUB_WORKSPACE "${root}" (by its real path: a symbolic link?); give a folder of the workspace`
    )
  })
})
