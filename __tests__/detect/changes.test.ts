import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmod, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { detectChanges, type DetectResult } from '../../src/detect/changes.js'
import type { DetectOptions } from '../../src/detect/options.js'
import { DetectError } from '../../src/detect/tag-commits.js'
import type { Image } from '../../src/files/image-vars.js'
import { explainHits } from '../../src/detect/match.js'
import {
  cloneDepth1,
  commitAll,
  git,
  initBareFrom,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../../test-support/git-fixture.js'

const VERSIONS = 'scripts/image_versions.src'

const img = (name: string, folder?: string): Image => ({
  name,
  prefix: name.replace(/-/g, ''),
  ...(folder ? { folder } : {})
})

const IMAGES = [img('app'), img('api-gateway'), img('svc-claims')]

const BASE: Record<string, string> = {
  'app/src/Main.java': 'class Main {}\n',
  'app/README.md': 'app\n',
  'app/.env.example': 'X=1\n',
  'api-gateway/server.js': 'serve()\n',
  'domain-cc/svc-claims/Dockerfile': 'FROM scratch\n',
  'domain-cc/svc-claims/src/claims.py': 'print(1)\n',
  'shared/lib/util.java': 'class Util {}\n',
  'build.gradle': 'plugins {}\n',
  [VERSIONS]: '# pins\n'
}

let root: string
let n = 0

beforeAll(async () => {
  root = await tmpDir('vro-changes-')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A repo with BASE tagged v1.0.0 (and any extra tags), then `changes` committed on main. */
async function scenario(
  changes: Record<string, string | null>,
  opts: { tags?: string[]; base?: Record<string, string> } = {}
): Promise<string> {
  const dir = join(root, `repo${n++}`)
  await initRepo(dir)
  await writeFiles(dir, opts.base ?? BASE)
  await commitAll(dir, 'base')
  for (const t of opts.tags ?? ['v1.0.0']) await tag(dir, t)
  await writeFiles(dir, changes)
  await commitAll(dir, 'change', { allowEmpty: true })
  return dir
}

async function depth1(dir: string): Promise<string> {
  const bare = `${dir}.git`
  await initBareFrom(dir, bare)
  const clone = `${dir}-clone`
  await cloneDepth1(bare, clone, 'main')
  return clone
}

function detect(
  cwd: string,
  pins: Record<string, string>,
  extra: Partial<DetectOptions> = {}
): Promise<DetectResult> {
  return detectChanges({
    cwd,
    head: 'HEAD',
    images: IMAGES,
    pins: new Map(Object.entries(pins)),
    versionsFile: VERSIONS,
    onMissingTag: 'unpin',
    detection: 'paths',
    ...extra
  })
}

const allPinned = { app: 'v1.0.0', apigateway: 'v1.0.0', svcclaims: 'v1.0.0' }

describe('reason texts', () => {
  const why = (file: string, w = 'build root app/') => ({ file, why: w })
  it('lists up to three files, counts the rest, and says why they count', () => {
    expect(explainHits([why('a')], 1, 'v1.4.2')).toBe('a changed since v1.4.2 (build root app/)')
    expect(explainHits([why('a'), why('b')], 2, 'v1')).toBe(
      'a and b changed since v1 (build root app/)'
    )
    expect(explainHits([why('a'), why('b'), why('c')], 3, 'v1')).toBe(
      'a, b and c changed since v1 (build root app/)'
    )
    expect(explainHits([why('a'), why('b'), why('c'), why('d')], 4, 'v1')).toBe(
      'a, b, c and 1 more changed since v1 (build root app/)'
    )
    expect(explainHits([why('a'), why('b'), why('c')], 3000, 'v1')).toBe(
      'a, b, c and 2997 more changed since v1 (build root app/)'
    )
  })

  it('names the reason of each file when they differ, and none when there is none', () => {
    expect(explainHits([why('a'), why('g', 'root build file')], 2, 'v1')).toBe(
      'a (build root app/) and g (root build file) changed since v1'
    )
    expect(explainHits([why('a', ''), why('b', '')], 2, 'v1')).toBe('a and b changed since v1')
  })
})

describe('detectChanges on a full clone', () => {
  it('unpins only the image whose folder changed, and says why', async () => {
    const dir = await scenario({ 'app/src/Main.java': 'class Main { int x; }\n' })
    const r = await detect(dir, allPinned)
    expect(r.results.get('app')).toEqual({
      changed: true,
      reason: 'app/src/Main.java changed since v1.0.0 (build root app/)',
      files: ['app/src/Main.java'],
      fileCount: 1
    })
    expect(r.results.get('apigateway')).toEqual({
      changed: false,
      reason:
        'no input changed since v1.0.0 (build root api-gateway/, the only folder named api-gateway)',
      files: [],
      fileCount: 0
    })
    expect(r.results.get('svcclaims')?.reason).toBe(
      'no input changed since v1.0.0 (build root domain-cc/svc-claims/, the folder named svc-claims with a build file)'
    )
    expect([...r.results.keys()]).toEqual(['app', 'apigateway', 'svcclaims'])
    expect(r.warnings).toEqual([])
    expect(r.stats.fetches).toBe(0)
  })

  it('counts dot files under the folder', async () => {
    const dir = await scenario({ 'app/.env.example': 'X=2\n' })
    const r = await detect(dir, { app: 'v1.0.0' })
    expect(r.results.get('app')?.files).toEqual(['app/.env.example'])
  })

  it('counts shared-paths for every image and marks them', async () => {
    const dir = await scenario({ 'build.gradle': 'plugins { java }\n' })
    const r = await detect(dir, allPinned, { sharedPaths: ['build.gradle', 'shared/**'] })
    for (const p of ['app', 'apigateway', 'svcclaims']) {
      expect(r.results.get(p)).toMatchObject({
        changed: true,
        reason: 'build.gradle changed since v1.0.0 (shared-paths)',
        fileCount: 1
      })
    }
    const quiet = await detect(
      await scenario({ 'other/x': '1' }),
      { app: 'v1.0.0' },
      { sharedPaths: ['build.gradle'] }
    )
    expect(quiet.results.get('app')?.reason).toBe(
      'no input changed since v1.0.0 (build root app/, the only folder named app)'
    )
  })

  it('never counts ignore-paths', async () => {
    const dir = await scenario({ 'app/README.md': 'docs\n', 'app/docs/guide.md': 'more\n' })
    const r = await detect(dir, { app: 'v1.0.0' }, { ignorePaths: ['**/*.md'] })
    expect(r.results.get('app')?.changed).toBe(false)
    const plain = await detect(dir, { app: 'v1.0.0' })
    expect(plain.results.get('app')).toMatchObject({ changed: true, fileCount: 2 })
  })

  it('never counts the versions file, even for an image that counts every change', async () => {
    const dir = await scenario({ [VERSIONS]: '# pins\napp_VER="v1.0.0"\n' })
    const images = [...IMAGES, img('postgres')]
    const r = await detect(dir, { app: 'v1.0.0', postgres: 'v1.0.0' }, { images })
    expect(r.results.get('app')?.changed).toBe(false)
    expect(r.results.get('postgres')).toMatchObject({
      changed: false,
      reason: expect.stringContaining('no build root: no folder named postgres and no paths entry')
    })
    expect(r.warnings.join('\n')).toContain('postgres: no build root: no folder named postgres')
    const dotted = await detect(
      dir,
      { postgres: 'v1.0.0' },
      { images, versionsFile: `./${VERSIONS}` }
    )
    expect(dotted.results.get('postgres')?.changed).toBe(false)
  })

  it('an image with no folder and no paths counts any change, with a warning', async () => {
    const dir = await scenario({ 'shared/lib/util.java': 'class Util { }\n' })
    const images = [...IMAGES, img('postgres')]
    const r = await detect(dir, { postgres: 'v1.0.0' }, { images })
    expect(r.results.get('postgres')).toMatchObject({
      changed: true,
      reason:
        'shared/lib/util.java changed since v1.0.0 (no build root: no folder named postgres and no paths entry, so any change counts)'
    })
    expect(r.warnings[0]).toMatch(
      /^postgres: no build root: no folder named postgres .*any change outside ignore-paths counts/
    )
  })

  it('an ambiguous folder name counts every candidate and names the paths line that settles it', async () => {
    const dir = await scenario({ 'tools/app/x.sh': 'echo\n' })
    const r = await detect(dir, { app: 'v1.0.0' })
    expect(r.results.get('app')).toMatchObject({ changed: true, files: ['tools/app/x.sh'] })
    expect(r.warnings.join('\n')).toContain(
      'app: 2 folders named app (app/, tools/app/); counting all of them; add a paths line to choose, e.g. "app: app/**"'
    )
    const docs = await scenario({ 'docs/x.md': 'doc\n', 'tools/app/x.sh': 'echo\n' }, {})
    const d = await detect(docs, { apigateway: 'v1.0.0' })
    expect(d.results.get('apigateway')?.changed).toBe(false)
  })

  it('uses the folder of image_vars.src and the paths input', async () => {
    const dir = await scenario({ 'shared/lib/util.java': 'class Util { }\n' })
    const images = [img('app', 'shared'), img('api-gateway'), img('svc-claims')]
    const r = await detect(dir, { app: 'v1.0.0' }, { images })
    expect(r.results.get('app')?.reason).toBe(
      'shared/lib/util.java changed since v1.0.0 (build root shared/)'
    )

    const paths = new Map([
      ['apigateway', ['shared/lib/**']],
      ['svc-claims', ['+shared/lib']],
      ['app', ['+docs/**']]
    ])
    const p = await detect(dir, allPinned, { paths })
    expect(p.results.get('apigateway')).toMatchObject({
      changed: true,
      files: ['shared/lib/util.java']
    })
    expect(p.results.get('svcclaims')).toMatchObject({
      changed: true,
      files: ['shared/lib/util.java']
    })
    expect(p.results.get('app')?.reason).toBe(
      'no input changed since v1.0.0 (build root app/, the only folder named app)'
    )
  })

  it('a folder of image_vars.src that is not in the tree falls back to the folder by name (it used to count nothing)', async () => {
    const dir = await scenario({ 'app/src/Main.java': 'class Main { int y; }\n' })
    const images = [img('app', 'services/app'), img('api-gateway'), img('svc-claims')]
    const r = await detect(dir, { app: 'v1.0.0', apigateway: 'v1.0.0' }, { images })
    expect(r.results.get('app')).toMatchObject({ changed: true, files: ['app/src/Main.java'] })
    expect(r.results.get('apigateway')?.changed).toBe(false)
    expect(r.warnings.join('\n')).toContain(
      'app: folder services/app/ of image_vars.src is not in the head tree'
    )
  })

  it('a "+" paths entry on an image whose name matches several folders keeps them all (it used to drop the folder)', async () => {
    const dir = await scenario(
      { 'tools/app/x.sh': 'echo 2\n' },
      { base: { ...BASE, 'tools/app/x.sh': 'echo\n' } }
    )
    const r = await detect(dir, { app: 'v1.0.0' }, { paths: new Map([['app', ['+docs/**']]]) })
    expect(r.results.get('app')).toMatchObject({ changed: true, files: ['tools/app/x.sh'] })
    expect(r.warnings.join('\n')).toContain('2 folders named app (app/, tools/app/)')
  })

  it('warns about paths entries of unknown images and rejects "!" globs', async () => {
    const dir = await scenario({})
    const r = await detect(dir, { app: 'v1.0.0' }, { paths: new Map([['nope', ['x/**']]]) })
    expect(r.warnings).toEqual([
      'paths: "nope" is not an image of the image list; its entry is unused'
    ])
    await expect(detect(dir, { app: 'v1.0.0' }, { ignorePaths: ['!x'] })).rejects.toThrow(
      /ignore-paths: "!x": "!" negation is not supported/
    )
    await expect(
      detect(dir, { app: 'v1.0.0' }, { paths: new Map([['app', ['!x']]]) })
    ).rejects.toBeInstanceOf(DetectError)
  })

  it('works with release- tags and annotated tags', async () => {
    const dir = await scenario({ 'api-gateway/server.js': 'serve(2)\n' }, { tags: [] })
    await git(dir, ['tag', '-a', '-m', 'prod', 'release-1.0.0', 'HEAD~1'])
    const r = await detect(dir, { app: 'release-1.0.0', apigateway: 'release-1.0.0' })
    expect(r.results.get('app')?.reason).toBe(
      'no input changed since release-1.0.0 (build root app/, the only folder named app)'
    )
    expect(r.results.get('apigateway')?.reason).toBe(
      'api-gateway/server.js changed since release-1.0.0 (build root api-gateway/)'
    )
  })

  it('a folder renamed with identical content is not a change', async () => {
    const dir = await scenario({})
    await git(dir, ['mv', 'app', 'services-app'])
    await writeFiles(dir, { 'services/.keep': '' })
    await git(dir, ['mv', 'services-app', 'services/app'])
    await commitAll(dir, 'move app')
    const r = await detect(dir, { app: 'v1.0.0' })
    expect(r.results.get('app')).toEqual({
      changed: false,
      reason:
        'folder renamed from app/ to services/app/ with identical content since v1.0.0; no other input changed',
      files: [],
      fileCount: 0
    })
  })

  it('a folder renamed with an edit is a change that names the edit', async () => {
    const dir = await scenario({})
    await git(dir, ['mv', 'app', 'app2'])
    await writeFiles(dir, { 'svc/.keep': '' })
    await git(dir, ['mv', 'app2', 'svc/app'])
    await writeFiles(dir, { 'svc/app/src/Main.java': 'class Main { int y; }\n' })
    await commitAll(dir, 'move and edit app')
    const r = await detect(dir, { app: 'v1.0.0' }, { sharedPaths: ['build.gradle'] })
    expect(r.results.get('app')).toEqual({
      changed: true,
      reason:
        'svc/app/src/Main.java changed since v1.0.0 (build root svc/app/; folder renamed from app/ to svc/app/)',
      files: ['svc/app/src/Main.java'],
      fileCount: 1
    })
    const ignored = await detect(dir, { app: 'v1.0.0' }, { ignorePaths: ['**/*.java'] })
    expect(ignored.results.get('app')?.changed).toBe(false)
    expect(ignored.results.get('app')?.reason).toContain('only files in ignore-paths differ')
  })

  it('a new folder that replaces nothing is a change', async () => {
    const dir = await scenario({
      'app/src/Main.java': null,
      'app/README.md': null,
      'app/.env.example': null
    })
    await writeFiles(dir, { 'x/app/Main.java': 'new\n' })
    await commitAll(dir, 'new folder')
    const r = await detect(dir, { app: 'v1.0.0' })
    expect(r.results.get('app')?.changed).toBe(true)
  })

  it('a deleted folder is a change', async () => {
    const dir = await scenario({ 'api-gateway/server.js': null })
    const r = await detect(dir, { apigateway: 'v1.0.0', app: 'v1.0.0' })
    expect(r.results.get('apigateway')).toEqual({
      changed: true,
      reason: 'folder api-gateway/ was deleted since v1.0.0',
      files: ['api-gateway/server.js'],
      fileCount: 1
    })
    expect(r.results.get('app')?.changed).toBe(false)
    const images = [img('app'), img('api-gateway', 'api-gateway'), img('svc-claims')]
    const given = await detect(dir, { apigateway: 'v1.0.0' }, { images })
    expect(given.results.get('apigateway')?.reason).toBe(
      'folder api-gateway/ was deleted since v1.0.0'
    )
  })

  it('thousands of changed files: the first three and a count', async () => {
    const many: Record<string, string> = {}
    for (let i = 0; i < 3000; i++) many[`app/gen/f${String(i).padStart(4, '0')}.txt`] = `${i}\n`
    const dir = await scenario(many)
    const r = await detect(dir, { app: 'v1.0.0' })
    const c = r.results.get('app')
    expect(c?.fileCount).toBe(3000)
    expect(c?.files).toHaveLength(10)
    expect(c?.reason).toBe(
      'app/gen/f0000.txt, app/gen/f0001.txt, app/gen/f0002.txt and 2997 more changed since v1.0.0 (build root app/)'
    )
  })

  it('handles paths with newlines and unicode', async () => {
    const dir = await scenario({ 'app/we\nird ñame €.txt': 'x\n' })
    const r = await detect(dir, { app: 'v1.0.0', apigateway: 'v1.0.0' })
    expect(r.results.get('app')?.files).toEqual(['app/we\nird ñame €.txt'])
    expect(r.results.get('apigateway')?.changed).toBe(false)
  })

  it('runs one git diff per distinct tag, whatever the number of images', async () => {
    const base: Record<string, string> = { [VERSIONS]: '' }
    const many: Image[] = []
    for (let i = 0; i < 40; i++) {
      many.push(img(`img${i}`))
      base[`img${i}/Dockerfile`] = 'FROM scratch\n'
    }
    const dir = join(root, `repo${n++}`)
    await initRepo(dir)
    await writeFiles(dir, base)
    await commitAll(dir, 'one')
    await tag(dir, 'v1.0.0')
    await writeFiles(dir, { 'img0/Dockerfile': 'FROM alpine\n' })
    await commitAll(dir, 'two')
    await tag(dir, 'v1.1.0')
    await writeFiles(dir, { 'img1/Dockerfile': 'FROM alpine\n' })
    await commitAll(dir, 'three')
    const pinsFor = (k: number): Record<string, string> =>
      Object.fromEntries(many.slice(0, k).map((m, i) => [m.prefix, i % 2 ? 'v1.1.0' : 'v1.0.0']))
    const few = await detectChanges({ ...opts(dir, pinsFor(4)), images: many })
    const lots = await detectChanges({ ...opts(dir, pinsFor(40)), images: many })
    // cat-file (tags and head) + ls-tree (the head's files) + cat-file --batch (its build files)
    // + 2 diffs; the diffs show that the changed build roots were at the tag (a file below each
    // was modified, not added), so git is not asked about them again
    expect(few.stats).toEqual({ gitProcesses: 5, fetches: 0 })
    expect(lots.stats).toEqual(few.stats)
    expect(lots.results.get('img0')?.changed).toBe(true)
    expect(lots.results.get('img1')?.changed).toBe(true)
    expect(lots.results.get('img2')?.changed).toBe(false)
    expect(lots.results.get('img3')?.changed).toBe(false)
    expect(lots.results.get('img1')?.reason).toBe(
      'img1/Dockerfile changed since v1.1.0 (Dockerfile of the image)'
    )
  })

  it('names the first pinned image whose paths entry is invalid, whatever tag it is pinned to', async () => {
    const dir = await scenario({ 'app/src/Main.java': 'class Main { int x; }\n' })
    await tag(dir, 'v1.1.0')
    await writeFiles(dir, { 'app/README.md': 'app, again\n' })
    await commitAll(dir, 'four')
    const paths = new Map([
      ['svc-claims', ['/abs/**']],
      ['api-gateway', ['!api-gateway/**']]
    ])
    // api-gateway is pinned before svc-claims, but its tag's group is resolved and diffed last
    const pins = { app: 'v1.0.0', apigateway: 'v1.1.0', svcclaims: 'v1.0.0' }
    await expect(detect(dir, pins, { paths })).rejects.toThrow(
      /^paths \(api-gateway\): "!api-gateway\/\*\*": "!" negation/
    )
    await expect(detect(dir, { svcclaims: 'v1.1.0' }, { paths })).rejects.toThrow(
      /^paths \(svc-claims\): "\/abs\/\*\*": globs are relative/
    )
  })

  it('tags on the head commit need no diff', async () => {
    const dir = await scenario({})
    await tag(dir, 'v2.0.0')
    const r = await detect(dir, { app: 'v2.0.0' })
    expect(r.results.get('app')?.changed).toBe(false)
    // cat-file (tags and head) + ls-tree + cat-file --batch (Dockerfiles): no diff
    expect(r.stats.gitProcesses).toBe(3)
  })

  it('reports a pin that is not a release tag and rejects a hostile head', async () => {
    const dir = await scenario({})
    const r = await detect(dir, { app: '--output=/tmp/x' })
    expect(r.results.get('app')).toMatchObject({ changed: null })
    expect(r.stats.gitProcesses).toBe(0)
    await expect(detect(dir, { app: 'v1.0.0' }, { head: '--upload-pack=touch' })).rejects.toThrow(
      /Invalid head/
    )
    await expect(detect(dir, { app: 'v1.0.0' }, { head: 'nope' })).rejects.toThrow(
      /not a commit of the checkout/
    )
  })

  it('a tag missing locally in a full clone with no remote follows the policy', async () => {
    const dir = await scenario({})
    const r = await detect(dir, { app: 'v9.9.9' })
    expect(r.results.get('app')).toMatchObject({ changed: true })
    expect(r.results.get('app')?.reason).toMatch(
      /^tag v9.9.9 was not found in the checkout, there is no remote origin/
    )
  })
})

describe('detectChanges on a depth-1 clone', () => {
  let clone: string
  let origin: string
  beforeAll(async () => {
    origin = await scenario(
      { 'app/src/Main.java': 'class Main { int x; }\n' },
      { tags: ['v1.0.0', 'release-1.0.0'] }
    )
    await writeFiles(origin, { 'svc/.keep': '' })
    await git(origin, ['mv', 'api-gateway', 'svc/api-gateway'])
    await commitAll(origin, 'move gateway')
    clone = await depth1(origin)
  })

  it('fetches only the missing tags, in one fetch, at depth 1, without unshallowing', async () => {
    const r = await detect(clone, {
      app: 'v1.0.0',
      apigateway: 'v1.0.0',
      svcclaims: 'release-1.0.0'
    })
    expect(r.results.get('app')).toMatchObject({ changed: true, files: ['app/src/Main.java'] })
    expect(r.results.get('apigateway')?.reason).toBe(
      'folder renamed from api-gateway/ to svc/api-gateway/ with identical content since v1.0.0; no other input changed'
    )
    expect(r.results.get('svcclaims')?.changed).toBe(false)
    expect(r.stats.fetches).toBe(1)
    expect((await git(clone, ['rev-parse', '--is-shallow-repository'])).trim()).toBe('true')
    expect((await git(clone, ['rev-list', '--count', 'HEAD'])).trim()).toBe('1')
    // Fetched into the private namespace, never as tags of the checkout.
    expect((await git(clone, ['tag', '--list'])).trim()).toBe('')
    const fetched = await git(clone, [
      'for-each-ref',
      '--format=%(refname)',
      'refs/vro-image-version/'
    ])
    expect(fetched.split('\n').filter(Boolean).sort()).toEqual([
      'refs/vro-image-version/tags/release-1.0.0',
      'refs/vro-image-version/tags/v1.0.0'
    ])
    const again = await detect(clone, { app: 'v1.0.0' })
    expect(again.stats.fetches).toBe(0)
  })

  it.each([
    [
      'unpin',
      true,
      /not found in the checkout, not on origin either; unpinned so that the image is rebuilt \(on-missing-tag: unpin\)/
    ],
    [
      'keep',
      false,
      /not found in the checkout, not on origin either; pin kept \(on-missing-tag: keep\)/
    ]
  ] as const)(
    'a tag missing on the remote with on-missing-tag: %s',
    async (policy, changed, reason) => {
      const r = await detect(
        clone,
        { app: 'v9.9.9', svcclaims: 'v1.0.0' },
        { onMissingTag: policy }
      )
      expect(r.results.get('app')?.changed).toBe(changed)
      expect(r.results.get('app')?.reason).toMatch(reason)
      expect(r.results.get('svcclaims')?.changed).toBe(false)
      expect(r.warnings.join('\n')).toContain('v9.9.9')
    }
  )

  it('a tag missing on the remote with on-missing-tag: fail names the tag, the images and the input', async () => {
    const err = await detect(
      clone,
      { app: 'v9.9.9', apigateway: 'v9.9.9' },
      { onMissingTag: 'fail' }
    ).catch((e) => e)
    expect(err).toBeInstanceOf(DetectError)
    expect(err.message).toContain('Tag v9.9.9, pinned for app, api-gateway')
    expect(err.message).toContain('on-missing-tag')
  })

  it('fetches the present tags when another is missing from the same batch', async () => {
    const fresh = await depth1(await scenario({ 'app/x': '1' }, { tags: ['v1.0.0', 'v1.0.1'] }))
    const r = await detect(fresh, { app: 'v8.0.0', apigateway: 'v1.0.0', svcclaims: 'v1.0.1' })
    expect(r.results.get('app')?.reason).toContain('not on origin')
    expect(r.results.get('apigateway')?.changed).toBe(false)
    expect(r.results.get('svcclaims')?.changed).toBe(false)
    expect(r.stats.fetches).toBe(2)
  })

  it('fetches a missing tag into a full clone without making it shallow', async () => {
    const full = `${origin}-full`
    await git(root, ['clone', '--quiet', '--no-tags', `file://${origin}.git`, full])
    const r = await detect(full, { app: 'v1.0.0', svcclaims: 'v1.0.0' })
    expect(r.results.get('app')?.changed).toBe(true)
    expect(r.results.get('svcclaims')?.changed).toBe(false)
    expect(r.stats.fetches).toBe(1)
    expect((await git(full, ['rev-parse', '--is-shallow-repository'])).trim()).toBe('false')
    expect((await git(full, ['rev-list', '--count', 'HEAD'])).trim()).toBe('3')
  })

  it('fetches a head commit given by sha (the release guard on a tag checkout)', async () => {
    const src = await scenario({ 'app/src/Main.java': 'edited\n' })
    const head = (await git(src, ['rev-parse', 'HEAD'])).trim()
    const bare = `${src}.git`
    await initBareFrom(src, bare)
    const atTag = `${src}-tag`
    await git(root, [
      'clone',
      '--quiet',
      '--depth=1',
      '--branch',
      'v1.0.0',
      `file://${bare}`,
      atTag
    ])
    const r = await detect(atTag, { app: 'v1.0.0', apigateway: 'v1.0.0' }, { head })
    expect(r.results.get('app')?.changed).toBe(true)
    expect(r.results.get('apigateway')?.changed).toBe(false)
    expect(r.stats.fetches).toBe(1)
  })
})

describe('compare-command', () => {
  let dir: string
  let script: string
  let log: string
  beforeAll(async () => {
    dir = await scenario({ 'app/src/Main.java': 'changed\n' })
    script = join(root, 'compare.mjs')
    log = join(root, 'compare.log')
    await writeFile(
      script,
      [
        "import { appendFileSync } from 'node:fs'",
        'const [image, tag, head] = process.argv.slice(2)',
        `appendFileSync(${JSON.stringify(log)}, JSON.stringify({ argv: process.argv.slice(2), env: { IMAGE: process.env.IMAGE, PREFIX: process.env.PREFIX, PINNED_VERSION: process.env.PINNED_VERSION, HEAD_SHA: process.env.HEAD_SHA }, cwd: process.cwd() }) + '\\n')`,
        "if (image === 'svc-claims') { console.error('registry said no\\nmanifest unknown'); process.exit(2) }",
        "process.exit(image === 'api-gateway' ? 1 : 0)"
      ].join('\n')
    )
    await chmod(script, 0o755)
  })

  const entries = async (): Promise<
    { argv: string[]; env: Record<string, string>; cwd: string }[]
  > =>
    (await readFile(log, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))

  it('runs after the path rule, only for images it says are unchanged', async () => {
    await rm(log, { force: true })
    const r = await detect(dir, allPinned, { compareCommand: [process.execPath, script] })
    expect(r.results.get('app')?.reason).toBe(
      'app/src/Main.java changed since v1.0.0 (build root app/)'
    )
    expect(r.results.get('apigateway')).toMatchObject({
      changed: true,
      reason:
        'compare-command reports a change since v1.0.0 (exit 1); no input changed since v1.0.0 (build root api-gateway/, the only folder named api-gateway)'
    })
    expect(r.results.get('svcclaims')).toMatchObject({
      changed: null,
      reason: expect.stringMatching(/^compare-command failed \(exit code 2: "manifest unknown"\)/)
    })
    expect(r.warnings).toEqual([
      'svc-claims: compare-command failed (exit code 2: "manifest unknown")'
    ])
    const head = (await git(dir, ['rev-parse', 'HEAD'])).trim()
    const seen = await entries()
    expect(seen.map((e) => e.argv[0]).sort()).toEqual(['api-gateway', 'svc-claims'])
    const gw = seen.find((e) => e.argv[0] === 'api-gateway')
    expect(gw).toEqual({
      argv: ['api-gateway', 'v1.0.0', head],
      env: { IMAGE: 'api-gateway', PREFIX: 'apigateway', PINNED_VERSION: 'v1.0.0', HEAD_SHA: head },
      cwd: expect.stringContaining('repo')
    })
  })

  it('replaces the path rule with detection: command', async () => {
    await rm(log, { force: true })
    const r = await detect(
      dir,
      { app: 'v1.0.0', apigateway: 'v9.9.9' },
      { detection: 'command', compareCommand: [process.execPath, script] }
    )
    expect(r.results.get('app')).toMatchObject({
      changed: false,
      reason: 'compare-command reports the same image as v1.0.0 (exit 0)'
    })
    expect(r.results.get('apigateway')?.changed).toBe(true)
    expect(r.stats.gitProcesses).toBe(1)
    await expect(detect(dir, allPinned, { detection: 'command' })).rejects.toThrow(
      /compare-command is empty/
    )
  })

  it('passes hostile image names as plain arguments', async () => {
    await rm(log, { force: true })
    const hostile = [
      { name: '$(touch pwned1)', prefix: 'h1' },
      { name: '`touch pwned2`; touch pwned3', prefix: 'h2' },
      { name: '\' "; touch pwned4 #', prefix: 'h3' }
    ]
    const r = await detect(
      dir,
      { h1: 'v1.0.0', h2: 'v1.0.0', h3: 'v1.0.0' },
      {
        images: hostile,
        detection: 'command',
        compareCommand: [process.execPath, script]
      }
    )
    expect([...r.results.values()].map((c) => c.changed)).toEqual([false, false, false])
    expect((await entries()).map((e) => e.argv[0]).sort()).toEqual(
      hostile.map((h) => h.name).sort()
    )
    for (const f of ['pwned1', 'pwned2', 'pwned3', 'pwned4']) {
      expect(existsSync(join(dir, f))).toBe(false)
      expect(existsSync(join(root, f))).toBe(false)
    }
  })

  it('a command that cannot start is an error for each image, not a crash', async () => {
    const r = await detect(
      dir,
      { apigateway: 'v1.0.0' },
      { compareCommand: [join(root, 'no-such-command')] }
    )
    expect(r.results.get('apigateway')).toMatchObject({
      changed: null,
      reason: expect.stringContaining('could not start')
    })
  })
})

function opts(cwd: string, pins: Record<string, string>): DetectOptions {
  return {
    cwd,
    head: 'HEAD',
    images: IMAGES,
    pins: new Map(Object.entries(pins)),
    versionsFile: VERSIONS,
    onMissingTag: 'unpin',
    detection: 'paths'
  }
}
