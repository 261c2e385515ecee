/**
 * The bundled CLI (dist/cli.js) as users run it, with plain node and no install: a few runs that
 * show the bundle works; the behaviour itself is tested in process (__tests__/cli/cli.test.ts).
 */
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { MONOREPO } from '../../__fixtures__/gradle-monorepo.js'
import { commitAll, initRepo, tag, tmpDir, writeFiles } from '../../test-support/git-fixture.js'

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { encoding: 'utf8', env: { PATH: process.env.PATH, LC_ALL: 'C' }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr
        })
    )
  })
}

let root: string
let repo: string
beforeAll(async () => {
  root = await tmpDir('vro-cli-bundle-')
  repo = join(root, 'repo')
  await initRepo(repo)
  await writeFiles(repo, {
    ...MONOREPO,
    'scripts/image_versions.src': '# pins\ngateway_VER="v1.0.0"\npg_VER="v1.0.0"\n'
  })
  await commitAll(repo, 'base')
  await tag(repo, 'v1.0.0')
  await writeFiles(repo, { 'shared/util/src/main/java/acme/Util.java': 'class Util { int y; }\n' })
  await commitAll(repo, 'change a shared library')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('dist/cli.js', () => {
  it('prints its usage', async () => {
    const run = await cli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage:\n {2}vro-image-version plan/)
  })

  it('plans a push: a shared library change unpins the image that depends on it', async () => {
    const run = await cli(['plan', '--event', 'push', '--json', '--dir', repo])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    const byImage = Object.fromEntries(
      report.decisions.map((d: { image: string; action: string; reason: string }) => [d.image, d])
    )
    expect(byImage.gateway.action).toBe('unpin')
    expect(byImage.gateway.reason).toContain('depends on :shared:util')
    expect(byImage.pg.action).toBe('keep')
  })

  it('reports the inputs as JSON', async () => {
    const run = await cli(['inputs', '--json', '--images', 'pg', '--dir', repo])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).images[0].roots).toEqual([
      { folder: 'pg', how: 'the folder named pg with a build file' }
    ])
  })

  it('a usage error exits 2 with one line and a pointer to --help', async () => {
    const run = await cli(['deploy'])
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vro-image-version: Unknown command "deploy"\nRun vro-image-version --help for the usage.\n'
    })
  })
})
