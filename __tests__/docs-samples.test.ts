/**
 * The sample outputs of the documentation are real: the push of the demo (`npm run demo`,
 * docs/development.md) and the CLI's plan (docs/reference.md) are run here, in process from
 * src/, on the embedded sample monorepo (test-support/sample.js), and every line of each sample
 * must be a line of the real output (a sample may leave rows out: "abridged").
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/cli/commands.js'
import { prepareRun } from '../src/plan/prepare-run.js'
import { DEFAULT_SETTINGS } from '../src/plan/settings.js'
import { summaryMarkdown } from '../src/action/summary.js'
import { commitAll, tmpDir, writeFiles } from '../test-support/git-fixture.js'
import { createSample } from '../test-support/sample.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8')

/** The body of the first ```text fence of `doc` that holds `marker`. */
function sample(doc: string, marker: string): string[] {
  const fence = [...doc.matchAll(/```text\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .find((body) => body.includes(marker))
  if (fence === undefined) throw new Error(`no text sample holding ${JSON.stringify(marker)}`)
  return fence.split('\n').filter((l) => l.trim() !== '')
}

let dir: string
let work: string

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: work,
    env: { PATH: process.env.PATH, LC_ALL: 'C' }
  })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  dir = await tmpDir('vro-docs-samples-')
  ;({ work } = await createSample(dir))
  // The demo: release v1.0.0 pins every unpinned image, then a push changes app/.
  const pin = await cli(['pin', '--version', 'v1.0.0', '--now', '2024-01-01T00:00:00Z'])
  expect(pin).toMatchObject({ code: 0, stderr: '' })
  await commitAll(work, 'Automated commit: Pin versions of unpinned images (v1.0.0)')
  await writeFiles(work, { 'app/src/main/java/Main.java': 'class Main { void run() { go(); } }\n' })
  await commitAll(work, 'app: call go()')
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the documented samples are what the code prints', () => {
  it("docs/development.md: the demo's push summary", async () => {
    const run = await prepareRun({
      root: work,
      settings: DEFAULT_SETTINGS,
      intent: { kind: 'push' },
      now: new Date('2024-01-02T00:00:00Z')
    })
    const decided = await run
      .decide(await fs.readFile(path.join(work, 'scripts/image_versions.src'), 'utf8'), 'HEAD')
      .finally(() => run.close())
    const markdown = summaryMarkdown({
      title: 'vro-image-version: push on main',
      decisions: decided.decisions,
      result: 'Committed',
      warnings: decided.warnings
    })
    const real = markdown.split('\n')
    const rows = sample(read('docs/development.md'), '| Image |').filter((l) => l.startsWith('|'))
    expect(rows.length).toBeGreaterThan(3)
    for (const line of rows) expect(real).toContain(line)
  })

  it("docs/reference.md: the CLI's plan --event push", async () => {
    const run = await cli(['plan', '--event', 'push'])
    expect(run.code).toBe(0)
    const real = run.stdout.split('\n')
    const lines = sample(read('docs/reference.md'), 'IMAGE ')
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(real).toContain(line)
  })
})
