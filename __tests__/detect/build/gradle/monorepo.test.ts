// End to end on a Gradle + Docker monorepo, with no paths or shared-paths: each kind of change
// unpins exactly the images whose build reads the changed file, and the reason says why.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { detectChanges } from '../../../../src/detect/changes.js'
import { parseImageVars } from '../../../../src/files/image-vars.js'
import { inputsReport } from '../../../../src/detect/inputs-report.js'
import { CHANGES, IMAGE_VARS, MONOREPO } from '../../../../__fixtures__/gradle-monorepo.js'
import {
  commitAll,
  git,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../../../../test-support/git-fixture.js'

const images = parseImageVars(IMAGE_VARS, 'scripts/image_vars.src').images
let root: string
let repo: string
let base: string

beforeAll(async () => {
  root = await tmpDir('vro-monorepo-')
  repo = join(root, 'repo')
  await initRepo(repo)
  await writeFiles(repo, MONOREPO)
  base = await commitAll(repo, 'base')
  await tag(repo, 'v1.0.0')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function changeOnBase(files: Record<string, string>, name: string): Promise<string> {
  await git(repo, ['checkout', '--quiet', '-B', name, base])
  await writeFiles(repo, files)
  return commitAll(repo, name)
}

describe('a Gradle + Docker monorepo with no configuration', () => {
  it.each(CHANGES.map((c, i) => [c.kind, c, i] as const))('%s', async (_kind, change, i) => {
    const head = await changeOnBase(change.files, `case-${i}`)
    const pins = new Map(images.map((img) => [img.prefix, 'v1.0.0']))
    const r = await detectChanges({
      cwd: repo,
      head,
      images,
      pins,
      versionsFile: 'scripts/image_versions.src',
      onMissingTag: 'fail',
      detection: 'paths'
    })
    const unpinned = images.filter((img) => r.results.get(img.prefix)?.changed === true)
    expect(unpinned.map((img) => img.name)).toEqual(change.unpins)
    const first = unpinned[0]
    if (first && change.why) expect(r.results.get(first.prefix)?.reason).toContain(change.why)
    for (const img of images) expect(r.results.get(img.prefix)?.changed).not.toBeNull()
  })

  it('names a Helm chart of the same name nowhere among the inputs', async () => {
    const report = await inputsReport({ cwd: repo, head: base, images, ignored: [] })
    const gateway = report.images.find((i) => i.name === 'gateway')
    expect(gateway?.roots.map((r) => r.folder)).toEqual(['gateway'])
    expect(gateway?.inputs.some((i) => i.path.startsWith('helm/'))).toBe(false)
    expect(report.images.find((i) => i.name === 'ledger-api')?.roots.map((r) => r.folder)).toEqual([
      'ledger'
    ])
    expect(report.images.every((i) => i.any === undefined)).toBe(true)
  })
})
