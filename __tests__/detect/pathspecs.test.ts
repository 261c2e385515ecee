/**
 * Diffs limited to the inputs (inputs/pathspecs.ts): the pathspecs themselves, and detection
 * both ways (limited and full diffs) on generated repositories, which must give the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { detectChanges } from '../../src/detect/changes.js'
import type { DetectOptions } from '../../src/detect/options.js'
import type { Image } from '../../src/files/image-vars.js'
import {
  MAX_PATHSPECS,
  chunkPathspecs,
  inputBase,
  pathspecsFor
} from '../../src/detect/pathspecs.js'
import type { ImageInputs } from '../../src/detect/build/resolve-inputs.js'
import type { Input } from '../../src/detect/build/types.js'
import { commitAll, initRepo, tag, tmpDir, writeFiles } from '../../test-support/git-fixture.js'

const from = { provider: 'test', why: 'test' }
const dir = (path: string): Input => ({ kind: 'dir', path, from })
const file = (path: string): Input => ({ kind: 'file', path, from })
const glob = (path: string, excludes?: string[]): Input => ({
  kind: 'glob',
  path,
  ...(excludes ? { excludes } : {}),
  from
})
const ins = (name: string, inputs: Input[], extra: Partial<ImageInputs> = {}): ImageInputs => ({
  image: { name, prefix: name },
  roots: [],
  inputs,
  noFolder: false,
  warnings: [],
  baseImages: [],
  ...extra
})

describe('pathspecsFor', () => {
  it('passes folders and files literally and globs by their literal base folder', () => {
    expect(inputBase(glob('app/src/**/*.java'))).toBe('app/src')
    expect(inputBase(glob('./app/'))).toBe('app')
    expect(inputBase(glob('shared/{a,b}/**'))).toBe('shared')
    expect(inputBase(glob('**/*.java'))).toBe('')
    expect(inputBase(glob('{a,b}/x'))).toBe('')
    expect(
      pathspecsFor([
        ins('a', [dir('app'), file('build.gradle'), glob('libs/x/**', ['**/*.md'])]),
        ins('b', [glob('app/sub/*.txt'), dir('app-two'), file('gradle/libs.versions.toml')])
      ])
    ).toEqual([
      ':(top,literal)app',
      ':(top,literal)app-two',
      ':(top,literal)build.gradle',
      ':(top,literal)gradle/libs.versions.toml',
      ':(top,literal)libs/x'
    ])
  })

  it('drops what a kept folder covers, and only that', () => {
    expect(
      pathspecsFor([ins('a', [dir('a/b/c'), dir('a/b'), dir('a/bc'), file('a/b-x'), dir('a/b/c')])])
    ).toEqual([':(top,literal)a/b', ':(top,literal)a/b-x', ':(top,literal)a/bc'])
  })

  it('asks for the whole tree for "any change" and for a glob with no base', () => {
    expect(pathspecsFor([ins('a', [dir('a')]), ins('b', [], { any: 'no build root' })])).toBe(
      undefined
    )
    expect(pathspecsFor([ins('a', [dir('a')]), ins('b', [glob('**/Dockerfile')])])).toBe(undefined)
    expect(pathspecsFor([ins('a', [dir('')])])).toBe(undefined)
  })

  it('asks for the whole tree past MAX_PATHSPECS pathspecs, where limiting costs git more', () => {
    const images = (n: number): ImageInputs[] =>
      Array.from({ length: n }, (_, i) => ins(`svc-${i}`, [dir(`svc-${i}`), dir(`svc-${i}/src`)]))
    expect(pathspecsFor(images(MAX_PATHSPECS))).toHaveLength(MAX_PATHSPECS)
    expect(pathspecsFor(images(MAX_PATHSPECS + 1))).toBe(undefined)
    // Counted after deduplication: a folder below another does not count.
    expect(pathspecsFor([...images(MAX_PATHSPECS), ins('x', [dir('svc-1/deep')])])).toHaveLength(
      MAX_PATHSPECS
    )
  })

  it('adds every folder named like an image that has no folder at the head', () => {
    expect(pathspecsFor([ins('we*rd[1]', [glob('keep/**')], { noFolder: true })])).toEqual([
      ':(top,literal)keep',
      ':(top,glob)**/we\\*rd\\[1\\]/**'
    ])
  })

  it('chunks pathspecs within a byte budget', () => {
    const specs = Array.from({ length: 10 }, (_, i) => `:(top,literal)folder-${i}`)
    const chunks = chunkPathspecs(specs, 50)
    expect(chunks.flat()).toEqual(specs)
    expect(chunks.every((c) => c.length >= 1 && c.join(' ').length < 50)).toBe(true)
    expect(chunkPathspecs([])).toEqual([])
  })
})

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const VERSIONS = 'scripts/image_versions.src'
const TAGS = ['v1.0.0', 'v1.1.0', 'v1.2.0']

/**
 * The images of the generated repositories, one of each kind detection knows: a plain folder, a
 * Dockerfile that copies part of its folder with a .dockerignore, Gradle projects with a shared
 * lib and a version catalog, a declared folder, `paths` entries with globs and braces (replacing
 * and adding), an image without a folder (any change), one whose folder is deleted, and folders
 * renamed (identical, or edited) or replaced by new ones.
 */
const IMAGES: Image[] = [
  { name: 'plain', prefix: 'plain' },
  { name: 'docky', prefix: 'docky' },
  { name: 'grad-app', prefix: 'gradapp' },
  { name: 'grad-two', prefix: 'gradtwo' },
  { name: 'decl', prefix: 'decl', folder: 'deep/place/decl' },
  { name: 'globby', prefix: 'globby' },
  { name: 'plus', prefix: 'plus' },
  { name: 'nofolder', prefix: 'nofolder' },
  { name: 'gone', prefix: 'gone' },
  { name: 'gone-plus', prefix: 'goneplus' },
  { name: 'moved', prefix: 'moved' },
  { name: 'moved-edit', prefix: 'movededit' },
  { name: 'fresh', prefix: 'fresh' }
]

const PATHS = new Map<string, string[]>([
  ['globby', ['conf/{dev,prod}/*.yaml', 'globby-src/**/*.ts']],
  ['plus', ['+extra/plus/**', '+shared-assets/*.png']],
  ['goneplus', ['+keep/gp/**']]
])

function baseTree(): Record<string, string> {
  return {
    'plain/Dockerfile': 'FROM scratch\nCOPY . /app\n',
    'plain/src/a.txt': 'a\n',
    'plain/README.md': 'readme\n',
    'svc/docky/Dockerfile': 'FROM scratch\nCOPY src /src\nCOPY conf/app.yaml /app.yaml\n',
    'svc/docky/.dockerignore': 'src/**/*.tmp\n',
    'svc/docky/src/main.py': 'print(1)\n',
    'svc/docky/src/cache.tmp': 'x\n',
    'svc/docky/conf/app.yaml': 'a: 1\n',
    'svc/docky/conf/other.yaml': 'b: 1\n',
    'svc/docky/notes.txt': 'n\n',
    'settings.gradle':
      "rootProject.name = 'gen'\ninclude 'apps:grad-app'\ninclude 'apps:grad-two'\ninclude 'libs:core'\n",
    'build.gradle': 'plugins {}\n',
    'gradle/libs.versions.toml': '[versions]\nx = "1"\n',
    'apps/grad-app/build.gradle':
      "plugins { id 'java' }\ndependencies { implementation project(':libs:core') }\n",
    'apps/grad-app/src/main/java/App.java': 'class App {}\n',
    'apps/grad-two/build.gradle': "plugins { id 'java' }\n",
    'apps/grad-two/src/main/java/Two.java': 'class Two {}\n',
    'libs/core/build.gradle': "plugins { id 'java-library' }\n",
    'libs/core/src/main/java/Core.java': 'class Core {}\n',
    'libs/unused/build.gradle': "plugins { id 'java-library' }\n",
    'deep/place/decl/Dockerfile': 'FROM scratch\nCOPY . /\n',
    'deep/place/decl/run.sh': 'echo\n',
    'conf/dev/a.yaml': 'dev\n',
    'conf/prod/a.yaml': 'prod\n',
    'conf/test/a.yaml': 'test\n',
    'globby-src/x/y.ts': 'y\n',
    'globby-src/x/y.js': 'y\n',
    'plus/Dockerfile': 'FROM scratch\nCOPY . /\n',
    'extra/plus/e.txt': 'e\n',
    'shared-assets/logo.png': 'png\n',
    'shared-assets/deep/logo.png': 'png\n',
    'gone/Dockerfile': 'FROM scratch\nCOPY . /\n',
    'gone/g.txt': 'g\n',
    'old/gone-plus/Dockerfile': 'FROM scratch\nCOPY . /\n',
    'keep/gp/k.txt': 'k\n',
    'legacy/moved/Dockerfile': 'FROM scratch\nCOPY . /\n',
    'legacy/moved/m.txt': 'm\n',
    'legacy/moved-edit/Dockerfile': 'FROM scratch\nCOPY . /\n',
    'legacy/moved-edit/m.txt': 'm\n',
    'common/config.env': 'X=1\n',
    'docs/guide.md': 'guide\n',
    'misc/other.txt': 'o\n',
    [VERSIONS]: '# pins\n'
  }
}

/** The special changes: each applied (or not) at a random step of the history. */
const SPECIAL: ((t: Record<string, string | null>, has: (p: string) => boolean) => void)[] = [
  // gone/ deleted: the image has no folder at the head.
  (t) => Object.assign(t, { 'gone/Dockerfile': null, 'gone/g.txt': null }),
  (t) => Object.assign(t, { 'old/gone-plus/Dockerfile': null }),
  // legacy/moved -> moved (identical), legacy/moved-edit -> svc/moved-edit (edited).
  (t, has) => {
    if (!has('legacy/moved/m.txt')) return
    Object.assign(t, {
      'legacy/moved/Dockerfile': null,
      'legacy/moved/m.txt': null,
      'moved/Dockerfile': 'FROM scratch\nCOPY . /\n',
      'moved/m.txt': 'm\n'
    })
  },
  (t, has) => {
    if (!has('legacy/moved-edit/m.txt')) return
    Object.assign(t, {
      'legacy/moved-edit/Dockerfile': null,
      'legacy/moved-edit/m.txt': null,
      'svc/moved-edit/Dockerfile': 'FROM scratch\nCOPY . /\n',
      'svc/moved-edit/m.txt': 'edited\n'
    })
  },
  (t) => Object.assign(t, { 'fresh/Dockerfile': 'FROM scratch\nCOPY . /\n' }),
  (t) => Object.assign(t, { 'deep/place/decl/Dockerfile': null, 'deep/place/decl/run.sh': null })
]

/** Files that random edits pick from (created when missing). */
const POOL = [
  ...Object.keys(baseTree()).filter((p) => p !== VERSIONS),
  'plain/src/new.txt',
  'svc/docky/src/other.tmp',
  'svc/docky/src/deep/x.py',
  'apps/grad-app/src/test/java/T.java',
  'libs/core/README.md',
  'conf/prod/b.yaml',
  'conf/prod/b.yml',
  'globby-src/z.ts',
  'extra/plus/deeper/f.txt',
  'shared-assets/new.png',
  'keep/gp/more.txt',
  'elsewhere/gone/stray.txt',
  'misc/moved/not-a-root.txt',
  'common/other.env',
  'top.txt',
  '.github/workflows/ci.yml'
]

let root: string
beforeAll(async () => {
  root = await tmpDir('vro-pathspecs-')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A generated repository: three tags over a random history with the special changes. */
async function generated(seed: number): Promise<{ dir: string; pins: Map<string, string> }> {
  const rand = random(seed)
  const dir = join(root, `gen-${seed}`)
  await initRepo(dir)
  const state = new Map(Object.entries(baseTree()))
  await writeFiles(dir, Object.fromEntries(state))
  await commitAll(dir, 'base')
  const steps = TAGS.length + 1
  // Each special change happens before one of the tags, after the last one, or never.
  const when = SPECIAL.map(() => Math.floor(rand() * (steps + 1)))
  for (let step = 0; step < steps; step++) {
    if (step > 0) await tag(dir, TAGS[step - 1] as string)
    const edits: Record<string, string | null> = {}
    const n = 1 + Math.floor(rand() * 4)
    for (let k = 0; k < n; k++) {
      const path = POOL[Math.floor(rand() * POOL.length)] as string
      edits[path] = rand() < 0.1 && state.has(path) ? null : `${path} ${seed}.${step}.${k}\n`
    }
    SPECIAL.forEach((apply, i) => {
      if (when[i] === step) apply(edits, (p) => state.has(p) && edits[p] !== null)
    })
    for (const [p, v] of Object.entries(edits)) {
      if (v === null) state.delete(p)
      else state.set(p, v)
    }
    await writeFiles(dir, edits)
    await commitAll(dir, `step ${step}`, { allowEmpty: true })
  }
  const pins = new Map(
    IMAGES.map((i) => [i.prefix, TAGS[Math.floor(rand() * TAGS.length)] as string])
  )
  return { dir, pins }
}

const options = (cwd: string, pins: Map<string, string>, seed: number): DetectOptions => ({
  cwd,
  head: 'HEAD',
  images: IMAGES,
  pins,
  paths: PATHS,
  sharedPaths: seed % 2 === 0 ? ['common/*.env'] : [],
  ignorePaths: seed % 3 === 0 ? ['**/*.md', 'svc/docky/notes.txt'] : ['docs/**'],
  versionsFile: VERSIONS,
  onMissingTag: 'unpin',
  detection: 'paths'
})

describe('limited diffs give the same answers as full diffs', () => {
  const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
  const reasons: string[] = []

  it.each(SEEDS)('generated repository %i', async (seed) => {
    const { dir, pins } = await generated(seed)
    const full = await detectChanges({ ...options(dir, pins, seed), diffScope: 'full' })
    const limited = await detectChanges(options(dir, pins, seed))
    expect(Object.fromEntries(limited.results)).toEqual(Object.fromEntries(full.results))
    expect(limited.warnings).toEqual(full.warnings)
    reasons.push(...[...full.results.values()].map((c) => `${String(c.changed)} ${c.reason}`))
    // Without the images that count any change (they need the whole tree for their tag), so
    // that every tag's diff is limited.
    const some = new Map(
      [...pins].filter(
        ([p]) => !/any change counts|no file changed/.test(full.results.get(p)?.reason ?? '')
      )
    )
    const fullSome = await detectChanges({ ...options(dir, some, seed), diffScope: 'full' })
    const limitedSome = await detectChanges(options(dir, some, seed))
    expect(Object.fromEntries(limitedSome.results)).toEqual(Object.fromEntries(fullSome.results))
    expect(limitedSome.warnings).toEqual(fullSome.warnings)
  })

  it("ignores the runner's GIT_*_PATHSPECS variables, which would change what the pathspecs mean", async () => {
    const { dir, pins } = await generated(100)
    const full = await detectChanges({ ...options(dir, pins, 100), diffScope: 'full' })
    for (const name of ['GIT_LITERAL_PATHSPECS', 'GIT_ICASE_PATHSPECS', 'GIT_NOGLOB_PATHSPECS']) {
      process.env[name] = '1'
      try {
        const limited = await detectChanges(options(dir, pins, 100))
        expect([name, Object.fromEntries(limited.results)]).toEqual([
          name,
          Object.fromEntries(full.results)
        ])
      } finally {
        delete process.env[name]
      }
    }
  })

  it('a tag with more images than MAX_PATHSPECS gets its whole-tree diff at once, same answers', async () => {
    const dir = join(root, 'many')
    await initRepo(dir)
    const n = MAX_PATHSPECS + 44
    const names = Array.from({ length: n }, (_, i) => `img-${i}`)
    await writeFiles(dir, {
      ...Object.fromEntries(names.map((name) => [`svc/${name}/main.py`, 'print(0)\n'])),
      'docs/x.md': 'x\n'
    })
    await commitAll(dir, 'base')
    await tag(dir, 'v1.0.0')
    await writeFiles(dir, {
      'svc/img-3/main.py': 'print(3)\n',
      'svc/img-200/main.py': 'print(200)\n'
    })
    await commitAll(dir, 'two')
    const images = names.map((name) => ({ name, prefix: name.replace(/-/g, '') }))
    const opts: DetectOptions = {
      cwd: dir,
      head: 'HEAD',
      images,
      pins: new Map(images.map((i) => [i.prefix, 'v1.0.0'])),
      versionsFile: VERSIONS,
      onMissingTag: 'unpin',
      detection: 'paths'
    }
    const full = await detectChanges({ ...opts, diffScope: 'full' })
    const early = await detectChanges(opts)
    expect(Object.fromEntries(early.results)).toEqual(Object.fromEntries(full.results))
    const changed = [...early.results].filter(([, r]) => r.changed).map(([p]) => p)
    expect(changed).toEqual(['img3', 'img200'])
    // cat-file (tag and head) + ls-tree + one whole-tree diff (no build file to read)
    expect(early.stats.gitProcesses).toBe(3)
  })

  it('the generated repositories reach every special case', () => {
    // Over the seeds above: renames, deleted folders, a new folder, "any change", and images
    // both changed and unchanged; so the comparison is not vacuous.
    const all = reasons.join('\n')
    expect(all).toMatch(/folder renamed from legacy\/moved\/ to moved\/ with identical content/)
    expect(all).toMatch(/folder renamed from legacy\/moved-edit\/ to svc\/moved-edit\//)
    expect(all).toMatch(/folder gone\/ was deleted since/)
    expect(all).toMatch(/folder old\/gone-plus\/ was deleted since/)
    expect(all).toMatch(/folder deep\/place\/decl\/ was deleted since/)
    expect(all).toMatch(/did not exist at/)
    expect(all).toMatch(/so any change counts/)
    expect(all).toMatch(/^true /m)
    expect(all).toMatch(/^false /m)
  })
})
