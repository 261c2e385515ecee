import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FileError, repoPath, writeAtomic } from '../../src/files/repo-files.js'
import { loadRepo } from '../../src/files/repo.js'
import { warningText } from '../../src/util/warning.js'

let tmp: string

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vro-files-')))
})

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

/** A fresh folder under the test's temp folder. */
async function folder(name: string): Promise<string> {
  const dir = path.join(tmp, name)
  await fs.mkdir(dir, { recursive: true })
  return dir
}

describe('repoPath', () => {
  it.each([
    ['scripts/image_versions.src', 'scripts/image_versions.src'],
    ['./scripts/image_versions.src', 'scripts/image_versions.src'],
    ['scripts//x/../image_versions.src', 'scripts/image_versions.src'],
    ['scripts\\image_versions.src', 'scripts/image_versions.src'],
    ['a/b/../../c', 'c'],
    ['.hidden', '.hidden'],
    ['.github/x.src', '.github/x.src'],
    ['a/.gitignore', 'a/.gitignore'],
    ['é/ü.src', 'é/ü.src']
  ])('%j -> %j', (rel, normal) => {
    expect(repoPath('/repo', rel, 'versions-file')).toEqual({
      abs: path.join('/repo', normal),
      rel: normal
    })
  })

  it.each([
    ['', 'versions-file "" is not a valid path'],
    ['a\0b', 'versions-file "a\\u{0}b" is not a valid path'],
    ['a\nb', 'versions-file "a\\nb" is not a valid path'],
    ['a\x7fb', 'versions-file "a\\u{7f}b" is not a valid path'],
    ['/etc/passwd', 'versions-file "/etc/passwd" must be a path relative to the repository root'],
    ['C:\\x', 'versions-file "C:\\\\x" must be a path relative to the repository root'],
    ['c:x', 'versions-file "c:x" must be a path relative to the repository root'],
    ['..', 'versions-file ".." points outside the repository or at a folder'],
    ['../x', 'versions-file "../x" points outside the repository or at a folder'],
    ['a/../../x', 'versions-file "a/../../x" points outside the repository or at a folder'],
    ['..\\x', 'versions-file "..\\\\x" points outside the repository or at a folder'],
    ['.', 'versions-file "." points outside the repository or at a folder'],
    ['a/..', 'versions-file "a/.." points outside the repository or at a folder'],
    ['scripts/', 'versions-file "scripts/" points outside the repository or at a folder'],
    [
      '.git/config',
      'versions-file ".git/config" is inside .git; point it at a file of the repository'
    ],
    ['a/.GIT/x', 'versions-file "a/.GIT/x" is inside .git; point it at a file of the repository'],
    ['./.git', 'versions-file "./.git" is inside .git; point it at a file of the repository'],
    [
      'x/../.git/HEAD',
      'versions-file "x/../.git/HEAD" is inside .git; point it at a file of the repository'
    ]
  ])('refuses %j', (rel, message) => {
    expect(() => repoPath('/repo', rel, 'versions-file')).toThrow(new FileError(message))
  })

  it('refuses a path that leaves the repository through a symlinked folder', async () => {
    const root = await folder('symlinked-root')
    const outside = await folder('outside')
    await fs.symlink(outside, path.join(root, 'scripts'))
    expect(() => repoPath(root, 'scripts/image_versions.src', 'versions-file')).toThrow(
      'versions-file "scripts/image_versions.src" leads outside the repository through a symbolic link'
    )
    expect(() => repoPath(root, 'scripts/new/deeper.src', 'vars-file')).toThrow(
      'leads outside the repository through a symbolic link'
    )
  })

  it('accepts a symlinked folder that stays inside, and a symlinked root', async () => {
    const root = await folder('inner-link')
    await fs.mkdir(path.join(root, 'real'))
    await fs.symlink('real', path.join(root, 'scripts'))
    expect(repoPath(root, 'scripts/x.src', 'vars-file').rel).toBe('scripts/x.src')
    const alias = path.join(tmp, 'root-alias')
    await fs.symlink(root, alias)
    expect(repoPath(alias, 'scripts/x.src', 'vars-file').abs).toBe(
      path.join(alias, 'scripts/x.src')
    )
  })

  it('accepts folders that do not exist yet', async () => {
    const root = await folder('fresh')
    expect(repoPath(root, 'a/b/c.src', 'versions-file').rel).toBe('a/b/c.src')
  })
})

describe('writeAtomic', () => {
  it.each([
    ['LF', 'a\nb\n'],
    ['CRLF without a final newline', 'a\r\nb'],
    ['empty', ''],
    ['BOM and unicode', '\uFEFF# 😀\n']
  ])('writes %s text exactly', async (_what, text) => {
    const dir = await folder(`write-${Math.random().toString(16).slice(2)}`)
    const file = path.join(dir, 'image_versions.src')
    await writeAtomic(file, text)
    expect(await fs.readFile(file, 'utf8')).toBe(text)
    expect(await fs.readdir(dir)).toEqual(['image_versions.src'])
  })

  it.each([[0o644], [0o664], [0o600], [0o755]])(
    'keeps mode %o of the replaced file, whatever the umask',
    async (mode) => {
      const dir = await folder(`mode-${mode.toString(8)}`)
      const file = path.join(dir, 'f')
      await fs.writeFile(file, 'old')
      await fs.chmod(file, mode)
      const old = process.umask(0o077)
      try {
        await writeAtomic(file, 'new')
      } finally {
        process.umask(old)
      }
      expect((await fs.stat(file)).mode & 0o777).toBe(mode)
      expect(await fs.readFile(file, 'utf8')).toBe('new')
    }
  )

  it('creates a new file with mode 644', async () => {
    const file = path.join(await folder('new-file'), 'f')
    const old = process.umask(0o077)
    try {
      await writeAtomic(file, 'x')
    } finally {
      process.umask(old)
    }
    expect((await fs.stat(file)).mode & 0o777).toBe(0o644)
  })

  it('replaces the file by rename: a reader holding the old file still sees the old text', async () => {
    const file = path.join(await folder('rename'), 'f')
    await fs.writeFile(file, 'old')
    const before = await fs.stat(file)
    const handle = await fs.open(file, 'r')
    try {
      await writeAtomic(file, 'new')
      expect((await handle.readFile()).toString()).toBe('old')
    } finally {
      await handle.close()
    }
    expect((await fs.stat(file)).ino).not.toBe(before.ino)
    expect(await fs.readFile(file, 'utf8')).toBe('new')
  })

  it('runs many writes to one file at once without losing it or leaving temp files', async () => {
    const dir = await folder('concurrent')
    const file = path.join(dir, 'f')
    const texts = Array.from({ length: 20 }, (_, i) => `text ${i}\n`)
    await Promise.all(texts.map((t) => writeAtomic(file, t)))
    expect(texts).toContain(await fs.readFile(file, 'utf8'))
    expect(await fs.readdir(dir)).toEqual(['f'])
  })

  it.each([
    ['a missing folder', 'missing/f'],
    ['a folder in the way', 'taken']
  ])('fails with a FileError into %s and leaves nothing behind', async (_what, rel) => {
    const dir = await folder(`fail-${rel.replace(/\W/g, '')}`)
    await fs.mkdir(path.join(dir, 'taken'))
    await fs.writeFile(path.join(dir, 'taken', 'inside'), 'x')
    const file = path.join(dir, rel)
    await expect(writeAtomic(file, 'x')).rejects.toThrow(FileError)
    await expect(writeAtomic(file, 'x')).rejects.toThrow(`Could not write ${file}: `)
    expect((await fs.readdir(dir)).sort()).toEqual(['taken'])
  })
})

describe('loadRepo', () => {
  const VARS = 'VRO_IMAGES_ARR=( app api-gateway )\n'

  async function repo(name: string, files: Record<string, string>): Promise<string> {
    const root = await folder(`repo-${name}`)
    for (const [rel, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true })
      await fs.writeFile(path.join(root, rel), text)
    }
    return root
  }

  it('reads the image list and the pins', async () => {
    const root = await repo('ok', {
      'scripts/image_vars.src': VARS,
      'scripts/image_versions.src': 'app_VER="v1.0.0"\n'
    })
    const loaded = await loadRepo(root, 'scripts/image_vars.src', 'scripts/image_versions.src')
    expect(loaded.root).toBe(root)
    expect(loaded.images.map((i) => i.prefix)).toEqual(['app', 'apigateway'])
    expect(loaded.versionsText).toBe('app_VER="v1.0.0"\n')
    expect(loaded.versionsFile).toEqual({
      abs: path.join(root, 'scripts/image_versions.src'),
      rel: 'scripts/image_versions.src'
    })
    expect(loaded.warnings).toEqual([])
  })

  it('resolves a relative folder and takes other file names', async () => {
    const root = await repo('names', { 'ci/vars.sh': VARS, 'ci/pins.sh': '' })
    const loaded = await loadRepo(path.relative(process.cwd(), root), 'ci/vars.sh', './ci/pins.sh')
    expect(loaded.root).toBe(root)
    expect(loaded.versionsFile.rel).toBe('ci/pins.sh')
  })

  it('warns when the versions file does not exist yet', async () => {
    const root = await repo('no-versions', {
      'scripts/image_vars.src': 'VAR_PREFIXES_ARR=( app )\n'
    })
    const loaded = await loadRepo(root, 'scripts/image_vars.src', 'scripts/image_versions.src')
    expect(loaded.versionsText).toBe('')
    expect(loaded.warnings.map(warningText)).toEqual([
      'scripts/image_vars.src: no VRO_IMAGES list; image names are taken from VAR_PREFIXES',
      'scripts/image_versions.src does not exist yet; it will be created'
    ])
  })

  it.each([
    [{}, 'scripts/image_vars.src', 'x', 'vars-file scripts/image_vars.src not found in '],
    [
      { 'scripts/image_vars.src': 'echo\n' },
      'scripts/image_vars.src',
      'x',
      'scripts/image_vars.src: no image list found'
    ],
    [{}, '../image_vars.src', 'x', 'vars-file "../image_vars.src" points outside the repository'],
    [
      {},
      'scripts/image_vars.src',
      '/etc/passwd',
      'versions-file "/etc/passwd" must be a path relative'
    ],
    [
      { 'scripts/image_vars.src': VARS },
      'scripts/image_vars.src',
      'scripts',
      'is not a regular file'
    ]
  ])(
    'refuses %j with vars-file %j and versions-file %j',
    async (files, vars, versions, message) => {
      const root = await repo(`bad-${Math.random().toString(16).slice(2)}`, files)
      await expect(loadRepo(root, vars, versions)).rejects.toThrow(message)
    }
  )

  it('refuses a vars-file that is not UTF-8', async () => {
    const root = await repo('latin1', {})
    await fs.mkdir(path.join(root, 'scripts'))
    await fs.writeFile(path.join(root, 'scripts/image_vars.src'), Buffer.from([0xe9, 0x0a]))
    await expect(loadRepo(root, 'scripts/image_vars.src', 'x')).rejects.toThrow(
      'is not valid UTF-8 text'
    )
  })
})
