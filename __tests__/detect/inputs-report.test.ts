// The `inputs` report: what it reads from a real checkout (JSON shape), and the two texts made
// from it (`--verbose` and the short summary), line by line.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import {
  type InputsReport,
  type InputsReportImage,
  formatInputs,
  formatInputsSummary,
  inputsLine,
  inputsReport
} from '../../src/detect/inputs-report.js'
import { commitAll, initRepo, tmpDir, writeFiles } from '../../test-support/git-fixture.js'

describe('inputsReport on a checkout', () => {
  let dir: string
  let head: string
  beforeAll(async () => {
    dir = await tmpDir('inputs-report-')
    await initRepo(dir)
    await writeFiles(dir, {
      'settings.gradle': "include ':api'",
      'gradle.properties': 'javaVersion=21\n',
      'api/build.gradle': "plugins { id 'java' }\n",
      'api/src/main/java/Api.java': '',
      'web/Dockerfile': 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n',
      'web/site/index.html': ''
    })
    head = await commitAll(dir, 'base')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const images = [
    { name: 'api', prefix: 'api' },
    { name: 'web', prefix: 'web' },
    { name: 'ghost', prefix: 'ghost' }
  ]
  const find = (r: InputsReport, name: string): InputsReportImage =>
    r.images.find((i) => i.name === name) as InputsReportImage

  it('reads the tree at the head and says which inputs exist, which are compared by part, and why any change counts', async () => {
    const r = await inputsReport({
      cwd: dir,
      head: 'HEAD',
      images,
      sharedPaths: ['docs/**'],
      ignored: ['scripts/image_versions.src']
    })
    expect(r.head).toBe(head)
    expect(r.ignored).toEqual(['scripts/image_versions.src'])
    const api = find(r, 'api')
    expect(api.roots).toEqual([
      { folder: 'api', how: 'Gradle project :api (settings.gradle line 1)' }
    ])
    expect(api.inputs[0]).toEqual({
      kind: 'dir',
      path: 'api',
      excludes: ['api/src/test/**', 'api/src/testFixtures/**', 'api/src/*Test/**'],
      provider: 'gradle',
      file: 'settings.gradle',
      line: 1,
      why: 'Gradle project :api',
      exists: true
    })
    // A shared build file counts by the parts the build reads; a missing one would count if added.
    expect(api.inputs).toContainEqual({
      kind: 'file',
      path: 'gradle.properties',
      provider: 'gradle',
      why: 'root build file',
      part: 'properties',
      exists: true
    })
    expect(api.inputs).toContainEqual({
      kind: 'file',
      path: 'settings.gradle.kts',
      provider: 'gradle',
      why: 'root build file',
      exists: false
    })
    // shared-paths globs count for every image and always "exist".
    expect(api.inputs).toContainEqual({
      kind: 'glob',
      path: 'docs/**',
      provider: 'shared-paths',
      why: 'shared-paths',
      exists: true
    })
    expect(find(r, 'web').builds).toEqual([
      {
        dockerfile: 'web/Dockerfile',
        context: 'web',
        how: "the Dockerfile's folder, where every COPY source is"
      }
    ])
    expect(find(r, 'web').baseImages).toEqual([
      { image: 'nginx:1.27', file: 'web/Dockerfile', line: 1 }
    ])
    const ghost = find(r, 'ghost')
    expect(ghost.any).toBe('no build root: no folder named ghost and no paths entry')
    expect(ghost.roots).toEqual([])
    expect(api.any).toBeUndefined()
  })

  it('prints, per image, the inputs in the tree and a count of those that are not', async () => {
    const r = await inputsReport({ cwd: dir, head, images, ignored: ['x.src'] })
    const lines = formatInputs(r).split('\n')
    const absent = find(r, 'api').inputs.filter((i) => !i.exists).length
    expect(absent).toBeGreaterThan(0)
    expect(lines).toContain(
      `  (and ${absent} build files not in the tree now, which would count if added)`
    )
    expect(
      lines.some((l) =>
        /^ {2}gradle\.properties +gradle: root build file \(counts when a key this build reads changes\)$/.test(
          l
        )
      )
    ).toBe(true)
    expect(lines).toContain(
      "  docker build: web/Dockerfile, context web/ (the Dockerfile's folder, where every COPY source is)"
    )
    expect(lines.slice(lines.indexOf('ghost'))).toEqual([
      'ghost',
      '  any change counts: no build root: no folder named ghost and no paths entry',
      expect.stringMatching(/^ {2}warning: ghost: no build root/),
      'never counted: x.src'
    ])
  })

  it('refuses a head that is not a commit of the checkout', async () => {
    await expect(
      inputsReport({ cwd: dir, head: 'no-such-ref', images, ignored: [] })
    ).rejects.toThrow(`no-such-ref is not a commit of the checkout in ${dir}`)
  })
})

type ReportInput = InputsReportImage['inputs'][number]
const input = (extra: Partial<ReportInput> & Pick<ReportInput, 'path'>): ReportInput => ({
  kind: 'file',
  provider: 'gradle',
  why: 'root build file',
  exists: true,
  ...extra
})
const image = (extra: Partial<InputsReportImage> = {}): InputsReportImage => ({
  name: 'app',
  prefix: 'app',
  roots: [],
  inputs: [],
  baseImages: [],
  builds: [],
  warnings: [],
  ...extra
})
const report = (images: InputsReportImage[], ignored: string[] = []): InputsReport => ({
  head: '0'.repeat(40),
  ignored,
  images
})

describe('formatInputs', () => {
  it('names the whole tree, the repository root as context, and a file without a line', () => {
    const text = formatInputs(
      report([
        image({
          roots: [{ folder: 'app', how: 'the folder named app with a build file' }],
          builds: [{ dockerfile: 'Dockerfile', context: '', how: 'compose service app' }],
          inputs: [
            input({ kind: 'dir', path: '', provider: 'docker', why: 'build context' }),
            input({ path: 'gradle/libs.versions.toml', file: 'settings.gradle', part: 'catalog' }),
            input({ path: 'build.gradle', part: 'ancestor-script', excludes: ['x/**', 'y/**'] })
          ]
        })
      ])
    )
    expect(text.split('\n')).toEqual([
      'app',
      '  build root: app/ (the folder named app with a build file)',
      '  docker build: Dockerfile, context the repository root (compose service app)',
      '  (the whole tree)           docker: build context',
      '  gradle/libs.versions.toml  gradle: root build file (counts when an alias this build uses changes) [settings.gradle]',
      '  build.gradle               gradle: root build file (counts when a statement that shapes this build changes) except x/**, y/**'
    ])
  })
})

describe('inputsLine', () => {
  const gradle = (why: string): ReportInput => input({ path: why, why })
  const docker = (why: string): ReportInput => input({ path: why, provider: 'docker', why })
  it.each([
    ['no input', [], '0 inputs'],
    ['one input', [gradle('Gradle project :app')], '1 input: gradle 1 (project)'],
    [
      'the Gradle groups, counted',
      [
        gradle('Gradle project :app'),
        gradle('app depends on :lib in app/build.gradle'),
        gradle('lib depends on :core in lib/build.gradle'),
        gradle('root build file'),
        gradle('build file of an ancestor project of :svc:app'),
        gradle('build file of included build build-logic, which provides plugin x'),
        gradle('plugin x applied by app/build.gradle'),
        gradle('script applied by app/build.gradle'),
        gradle('used by plugin x in a.gradle line 2'),
        gradle('something new')
      ],
      '10 inputs: gradle 10 (project, 2 project deps, root build files, ancestor build files, included build files, plugins, applied scripts, files the build reads, other)'
    ],
    [
      'the Docker groups, counted',
      [
        docker('Dockerfile of the image'),
        docker('ignore file of the build context'),
        docker('ignore file of the build context'),
        docker('build context (COPY in Dockerfile line 2 copies all of it)'),
        docker('COPY in Dockerfile line 3')
      ],
      '5 inputs: docker 5 (Dockerfile, 2 ignore files, context, copied)'
    ],
    [
      'other providers by count only',
      [
        input({ path: 'a/**', kind: 'glob', provider: 'paths', why: 'paths entry for app' }),
        input({ path: 'b/**', kind: 'glob', provider: 'paths', why: 'paths entry for app' }),
        input({ path: 'go.mod', provider: 'go', why: 'the module file' })
      ],
      '3 inputs: paths 2, go 1'
    ]
  ])('%s', (_name, inputs, line) => {
    expect(inputsLine(inputs as ReportInput[])).toBe(line)
  })
})

describe('formatInputsSummary', () => {
  it('fits 120 columns unless told, and lists each base image once', () => {
    const text = formatInputsSummary(
      report([
        image({
          name: 'ghost',
          any: 'no build root: no folder named ghost and no paths entry',
          inputs: [input({ path: 'settings.gradle.kts', exists: false })]
        }),
        image({
          builds: [
            { dockerfile: 'Dockerfile', context: '', how: 'bake target app' },
            { dockerfile: 'app/Dockerfile', context: 'app', how: 'compose service app' }
          ],
          baseImages: [
            { image: 'golang:1.23', file: 'Dockerfile', line: 1 },
            { image: 'alpine:3', file: 'Dockerfile', line: 5 },
            { image: 'golang:1.23', file: 'Dockerfile', line: 9 }
          ],
          inputs: [
            input({ path: 'Dockerfile', provider: 'docker', why: 'Dockerfile of the image' })
          ]
        }),
        image({
          name: 'one',
          baseImages: [{ image: 'alpine:3', file: 'one/Dockerfile', line: 1 }],
          warnings: [`one: ${'w'.repeat(200)}`]
        })
      ])
    )
    expect(text.split('\n')).toEqual([
      'ghost',
      '  any change counts: no build root: no folder named ghost and no paths entry',
      '  0 inputs',
      'app',
      '  docker build: Dockerfile, context the repository root (bake target app)',
      '  docker build: app/Dockerfile, context app/ (compose service app)',
      '  1 input: docker 1 (Dockerfile)',
      '  base images: golang:1.23, alpine:3',
      'one',
      '  0 inputs',
      '  base image: alpine:3',
      '  warning: one:',
      `    ${'w'.repeat(115)}…`,
      '(each input and why: --verbose; for programs: --json)'
    ])
  })

  it('wraps warnings and the ignored globs at spaces, at most three lines, and cuts every line to the width with …', () => {
    const words = (n: number, w: string): string =>
      Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ')
    const text = formatInputsSummary(
      report(
        [image({ warnings: [words(6, 'short'), words(20, 'longer')] })],
        ['docs/**', '**/*.md', 'scripts/image_versions.src']
      ),
      30
    )
    expect(text.split('\n')).toEqual([
      'app',
      '  0 inputs',
      '  warning: short0 short1',
      '    short2 short3 short4',
      '    short5',
      '  warning: longer0 longer1',
      '    longer2 longer3 longer4',
      '    longer5 longer6 longer7…',
      'never counted: docs/**,',
      '  **/*.md,',
      '  scripts/image_versions.src',
      '(each input and why: --verbos…'
    ])
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(30)
  })
})
