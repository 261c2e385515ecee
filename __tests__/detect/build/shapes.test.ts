// Zero-configuration detection on the shapes where it used to be blind: each change unpins
// exactly the images whose build reads it, through real git and detectChanges, and every
// widening says why.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm, symlink, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { detectChanges } from '../../../src/detect/changes.js'
import { parseImageVars } from '../../../src/files/image-vars.js'
import { inputsReport } from '../../../src/detect/inputs-report.js'
import { SHAPES, type Shape } from '../../../__fixtures__/shapes.js'
import { SHAPES_JS_PY } from '../../../__fixtures__/shapes-js-py.js'
import { SHAPES_GRADLE_SHARED } from '../../../__fixtures__/shapes-gradle-shared.js'
import { SHAPES_MAVEN_GO } from '../../../__fixtures__/shapes-maven-go.js'
import {
  commitAll,
  git,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../../../test-support/git-fixture.js'

let root: string
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})
beforeAll(async () => {
  root = await tmpDir('vro-shapes-')
})

describe.each(
  [...SHAPES, ...SHAPES_MAVEN_GO, ...SHAPES_JS_PY, ...SHAPES_GRADLE_SHARED].map(
    (s, i) => [s.name, s, i] as const
  )
)('%s', (_name, shape: Shape, n) => {
  const images = parseImageVars(shape.imageVars, 'scripts/image_vars.src').images
  let repo: string
  let base: string
  beforeAll(async () => {
    repo = join(root, `shape-${n}`)
    await initRepo(repo)
    await writeFiles(repo, { 'scripts/image_vars.src': shape.imageVars, ...shape.files })
    for (const [path, target] of Object.entries(shape.links ?? {})) {
      await mkdir(dirname(join(repo, path)), { recursive: true })
      await symlink(target, join(repo, path))
    }
    base = await commitAll(repo, 'base')
    await tag(repo, 'v1.0.0')
  })

  it('reports each widening, and none where the build is understood', async () => {
    const report = await inputsReport({ cwd: repo, head: base, images, ignored: [] })
    for (const [image, words] of Object.entries(shape.warns ?? {})) {
      const warnings = report.images.find((i) => i.name === image)?.warnings ?? []
      expect(warnings.join('\n')).toContain(words)
    }
    for (const image of shape.quiet ?? [])
      expect(report.images.find((i) => i.name === image)?.warnings).toEqual([])
    for (const [image, build] of Object.entries(shape.builds ?? {}))
      expect(report.images.find((i) => i.name === image)?.builds).toEqual([build])
  })

  it.each(shape.changes.map((c, i) => [c.kind, c, i] as const))('%s', async (_k, change, i) => {
    await git(repo, ['checkout', '--quiet', '-B', `case-${i}`, base])
    await writeFiles(repo, change.files)
    const head = await commitAll(repo, `case ${i}`)
    const r = await detectChanges({
      cwd: repo,
      head,
      images,
      pins: new Map(images.map((img) => [img.prefix, 'v1.0.0'])),
      versionsFile: 'scripts/image_versions.src',
      onMissingTag: 'fail',
      detection: 'paths'
    })
    const unpinned = images.filter((img) => r.results.get(img.prefix)?.changed === true)
    expect(unpinned.map((img) => img.name)).toEqual(change.unpins)
    const first = unpinned[0]
    if (first && change.why) expect(r.results.get(first.prefix)?.reason).toContain(change.why)
    for (const [name, words] of Object.entries(change.kept ?? {})) {
      const image = images.find((img) => img.name === name)
      expect(r.results.get(image?.prefix ?? name)?.reason).toContain(words)
    }
  })
})

describe('shared build files changed since several tags', () => {
  const shape = SHAPES_GRADLE_SHARED[0] as Shape
  const images = parseImageVars(shape.imageVars, 'scripts/image_vars.src').images
  const props = shape.files['gradle.properties'] as string

  it('reads each file at every tag in one batch, and decides each image against its own tag', async () => {
    const repo = join(root, 'shared-several-tags')
    await initRepo(repo)
    await writeFiles(repo, { 'scripts/image_vars.src': shape.imageVars, ...shape.files })
    await commitAll(repo, 'base')
    await tag(repo, 'v1.0.0')
    await writeFiles(repo, { 'gradle.properties': props.replace('3.1.3', '3.2.0') })
    await commitAll(repo, 'spring boot')
    await tag(repo, 'v1.1.0')
    await writeFiles(repo, {
      'gradle.properties': props
        .replace('3.1.3', '3.2.0')
        .replace('postgres_version=15', 'postgres_version=16')
    })
    const head = await commitAll(repo, 'postgres')
    const pins = new Map([
      ['gateway', 'v1.0.0'],
      ['ledgerdb', 'v1.1.0'],
      ['cache', 'v1.0.0']
    ])
    const r = await detectChanges({
      cwd: repo,
      head,
      images,
      pins,
      versionsFile: 'scripts/image_versions.src',
      onMissingTag: 'fail',
      detection: 'paths'
    })
    expect(r.results.get('gateway')?.reason).toContain('spring_boot_version changed, read by')
    expect(r.results.get('ledgerdb')?.reason).toContain('postgres_version changed, read by')
    expect(r.results.get('ledgerdb')?.reason).not.toContain('spring_boot_version')
    expect(r.results.get('cache')?.changed).toBe(false)
    expect([...r.results].map(([p, c]) => [p, c.changed])).toEqual([
      ['gateway', true],
      ['ledgerdb', true],
      ['cache', false]
    ])
  })
})
