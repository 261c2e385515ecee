/**
 * End to end, the example workflows as the README tells adopters to copy them: for each of
 * examples/{release,push,manual,pull-request}.yml, find the step that `uses:` this action, take
 * its `with:` inputs (evaluating the few `${{ }}` expressions the examples use against the
 * event), and run the bundled dist/index.js with them against the local GitHub API emulator,
 * on a sample monorepo whose .github/vro-image-version.yml is examples/vro-image-version.yml.
 * Each test asserts what the README promises for that workflow. The runs build one story, in
 * order: release, push, push of a shared file, manual rollback, pull request preview.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { promises as fs, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { startEmulator } from '../../test-support/emulator/index.js'
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
import { runAction, type RunResult } from '../../test-support/run-action.js'
import { pushPayload, releasePayload, sampleFiles } from '../../test-support/sample.js'

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8')
const TOKEN = 'ghs_examplesToken_5e1d'
type Emulator = Awaited<ReturnType<typeof startEmulator>>

// ---- The workflows, read as GitHub would read them -------------------------------------------

interface Step {
  id?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  if?: string
  needs?: string | string[]
  outputs?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown> }
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}

const isThisAction = (uses: string | undefined): boolean =>
  uses !== undefined && /^[^/\s]+\/vro-image-version@\S+$/.test(uses)

function workflow(file: string): Workflow {
  return YAML.parse(read(file)) as Workflow
}

/** The one job and step of a workflow that run this action. */
function actionStep(wf: Workflow): { jobName: string; job: Job; step: Step } {
  const found = Object.entries(wf.jobs).flatMap(([jobName, job]) =>
    job.steps.filter((s) => isThisAction(s.uses)).map((step) => ({ jobName, job, step }))
  )
  expect(found).toHaveLength(1)
  return found[0] as { jobName: string; job: Job; step: Step }
}

/**
 * Evaluates the `${{ }}` expressions the examples use: property paths into the context
 * (`inputs.mode`, `github.event.pull_request.number`). Anything else fails the test, so an
 * example cannot grow an expression this test does not understand.
 */
function evaluate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expr: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expr)) {
      throw new Error(`examples.test.ts cannot evaluate \${{ ${expr} }}`)
    }
    let value: unknown = context
    for (const key of expr.split('.')) value = (value as Record<string, unknown>)?.[key]
    if (value === undefined) throw new Error(`\${{ ${expr} }} is undefined in this event`)
    return typeof value === 'string' ? value : JSON.stringify(value)
  })
}

/** The step's `with:` inputs as the runner would hand them to the action. */
function withInputs(step: Step, context: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v), context)])
  )
}

/** `${{ fromJSON(needs.J.outputs.O) }}` or `${{ needs.J.outputs.O }}`: the job output it reads. */
function needsOutput(expr: string): { job: string; output: string; json: boolean } {
  const m = /^\$\{\{\s*(fromJSON\()?needs\.([\w-]+)\.outputs\.([\w-]+)\)?\s*\}\}$/.exec(expr)
  if (!m) throw new Error(`not a needs output: ${expr}`)
  return { job: m[2] as string, output: m[3] as string, json: m[1] !== undefined }
}

/** The action output a job output forwards: `${{ steps.<id>.outputs.<name> }}` of the action step. */
function forwardedOutput(wf: Workflow, jobName: string, output: string): string {
  const { job, step } = actionStep(wf)
  expect(jobName).toBe(actionStep(wf).jobName)
  const m = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(job.outputs?.[output] ?? '')
  expect(m?.[1]).toBe(step.id)
  return m?.[2] as string
}

/**
 * What a publish job builds: its checkout must take `ref: ${{ needs.J.outputs.head-sha }}` (the
 * action's head-sha), and its build step's IMG_TAG `${{ fromJSON(needs.J.outputs.versions)[matrix.image] }}`;
 * returns image -> tag as the job would build them for the run's outputs.
 */
function publishedTags(
  wf: Workflow,
  job: Job,
  r: RunResult,
  images: string[]
): Record<string, string> {
  const checkoutStep = job.steps.find((s) => s.uses?.startsWith('actions/checkout@')) as Step
  const ref = needsOutput(String(checkoutStep.with?.ref))
  expect(forwardedOutput(wf, ref.job, ref.output)).toBe('head-sha')
  const build = job.steps.find((s) => s.env?.IMG_TAG !== undefined) as Step
  const m =
    /^\$\{\{\s*fromJSON\(needs\.([\w-]+)\.outputs\.([\w-]+)\)\[matrix\.image\]\s*\}\}$/.exec(
      build.env?.IMG_TAG ?? ''
    )
  expect(m).not.toBeNull()
  expect(forwardedOutput(wf, m?.[1] as string, m?.[2] as string)).toBe('versions')
  expect(build.run).toContain('$IMG_TAG')
  const versions = JSON.parse(r.outputs.versions as string) as Record<string, string>
  return Object.fromEntries(images.map((i) => [i, versions[i] as string]))
}

// ---- The sample monorepo, with the example configuration file --------------------------------

interface World {
  dir: string
  bare: string
  gh: Emulator
}
let w: World
let n = 0

beforeAll(async () => {
  const dir = await tmpDir('vro-examples-')
  const work = path.join(dir, 'work')
  const bare = path.join(dir, 'origin.git')
  await initRepo(work)
  await writeFiles(work, {
    ...sampleFiles(),
    '.github/vro-image-version.yml': read('examples/vro-image-version.yml')
  })
  await commitAll(work, 'Initial import')
  await tag(work, 'v0.9.0')
  await writeFiles(work, { 'app/src/main/java/Main.java': 'class Main { void run() {} }\n' })
  await commitAll(work, 'app: add run()')
  await tag(work, 'v1.0.0')
  await initBareFrom(work, bare)
  const gh = await startEmulator({
    owner: 'octo',
    repo: 'mono',
    bareDir: bare,
    tokens: { [TOKEN]: 'write' }
  })
  w = { dir, bare, gh }
})

afterAll(async () => {
  await w.gh.close()
  await fs.rm(w.dir, { recursive: true, force: true })
})

const fileOnMain = (): Promise<string> => git(w.bare, ['show', 'main:scripts/image_versions.src'])
const headOf = async (ref = 'main'): Promise<string> =>
  (await git(w.bare, ['rev-parse', ref])).trim()
const subject = async (): Promise<string> =>
  (await git(w.bare, ['log', '-1', '--format=%s', 'main'])).trim()

async function checkout(branch = 'main'): Promise<{ workspace: string; head: string }> {
  const workspace = path.join(w.dir, `ws-${n++}`)
  return { workspace, head: await cloneDepth1(w.bare, workspace, branch) }
}

/** A developer pushes files to a branch of origin; returns before and after. */
async function developerPush(
  files: Record<string, string | null>,
  message: string,
  branch = 'main'
): Promise<{ before: string; after: string }> {
  const dev = path.join(w.dir, `dev-${n++}`)
  await git(w.dir, ['clone', '--quiet', `file://${w.bare}`, dev])
  await git(dev, ['checkout', '--quiet', '-B', branch, 'origin/main'])
  const before = (await git(dev, ['rev-parse', 'HEAD'])).trim()
  await writeFiles(dev, files)
  const after = await commitAll(dev, message)
  await git(dev, ['push', '--quiet', 'origin', branch])
  return { before, after }
}

const examplesRunInOrder = 'the examples, run in order on one sample monorepo'

describe(examplesRunInOrder, () => {
  const pushWf = workflow('examples/push.yml')

  it('examples/release.yml: the push of a release tag pins every unpinned image; manual pins stay', async () => {
    const wf = workflow('examples/release.yml')
    expect(Object.keys(wf.on)).toEqual(['push', 'release'])
    expect((wf.on.push as { tags: string[] }).tags).toEqual([
      'v[0-9]+.[0-9]+.[0-9]+*',
      'release-[0-9]+.[0-9]+.[0-9]+*'
    ])
    const { step } = actionStep(wf)
    const { workspace, head } = await checkout()
    const payload = {
      ...pushPayload(head, head, []),
      ref: 'refs/tags/v1.0.0',
      created: true
    }
    const r = await runAction({
      workspace,
      eventName: 'push',
      payload,
      gh: w.gh,
      token: TOKEN,
      sha: head,
      ref: 'refs/tags/v1.0.0',
      inputs: withInputs(step, { github: { event: payload } })
    })
    expect(r.code).toBe(0)
    expect(await subject()).toBe('Automated commit: Pin versions of unpinned images (v1.0.0)')
    const text = await fileOnMain()
    expect(text).toContain(
      'postgres_VER="v1.0.0"\napigateway_VER="v1.0.0"\napp_VER="v1.0.0"\nsvcclaims_VER="v1.0.0"\nccapp_VER="v1.0.0"\n'
    )
    expect(text).toContain('export console_VER="v0.9.0"')
    const pinned = ['postgres', 'api-gateway', 'app', 'svc-claims', 'cc-app']
    expect(JSON.parse(r.outputs.pinned as string)).toEqual(pinned)
    expect(JSON.parse(r.outputs.publish as string)).toEqual([])
    expect(r.outputs['head-sha']).toBe(head)
    // The summary says the settings came from the shared configuration file.
    expect(r.summary).toContain('.github/vro-image-version.yml')

    // publish: a matrix over the images just pinned, built from head-sha, tagged with versions.
    const publish = wf.jobs.publish as Job
    const src = needsOutput(publish.strategy?.matrix?.image as string)
    expect(src.json).toBe(true)
    expect(forwardedOutput(wf, src.job, src.output)).toBe('pinned')
    const built = publishedTags(wf, publish, r, pinned)
    expect(built).toEqual(Object.fromEntries(pinned.map((i) => [i, 'v1.0.0'])))
  })

  it('examples/release.yml: the GitHub release of the same tag, flagged prerelease, then pins nothing', async () => {
    const wf = workflow('examples/release.yml')
    const { step } = actionStep(wf)
    const payload = releasePayload('v1.0.0', { prerelease: true })
    const before = await headOf('main')
    const { workspace, head } = await checkout()
    const r = await runAction({
      workspace,
      eventName: 'release',
      payload,
      gh: w.gh,
      token: TOKEN,
      sha: head,
      ref: 'refs/tags/v1.0.0',
      inputs: withInputs(step, { github: { event: payload } })
    })
    expect(r.code).toBe(0)
    expect(await headOf('main')).toBe(before)
    expect(r.outputs.changed).toBe('false')
    // Nothing pinned: the publish job is skipped.
    expect(r.outputs.pinned).toBe('[]')
    expect(r.summary).toContain('Already pinned at v1.0.0')
    expect(r.summary).toContain('GitHub flags release v1.0.0 as a prerelease')
  })

  it('README step 2: the CLI shows the inputs and the push plan, with the same configuration file', async () => {
    const { workspace } = await checkout()
    const cli = (args: string[]): string =>
      execFileSync(
        process.execPath,
        [path.join(root, 'dist/cli.js'), ...args, '--dir', workspace],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH, HOME: w.dir, GIT_TERMINAL_PROMPT: '0' }
        }
      )
    const inputs = JSON.parse(cli(['inputs', '--images', 'app', '--json'])) as {
      images: { name: string; inputs: { path: string; provider: string }[] }[]
    }
    const app = inputs.images.find((i) => i.name === 'app')
    // shared-paths of examples/vro-image-version.yml count for app, as for every image.
    expect(app?.inputs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'build.gradle', provider: 'shared-paths' })
      ])
    )
    const plan = cli(['plan', '--event', 'push'])
    expect(plan).toMatch(/^app +v1\.0\.0 +v1\.0\.0 +keep/m)
  })

  it('examples/push.yml: the unpin job skips the commits this action makes', async () => {
    const { job } = actionStep(pushWf)
    const m =
      /^\$\{\{\s*!startsWith\(github\.event\.head_commit\.message, '([^']*)'\)\s*\}\}$/.exec(
        job.if ?? ''
      )
    expect(m).not.toBeNull()
    const action = YAML.parse(read('action.yml')) as {
      inputs: Record<string, { default?: string }>
    }
    const prefix = action.inputs['commit-message-prefix']?.default
    expect(m?.[1]).toBe(prefix)
    // The release's own commit would not start the job.
    expect((await subject()).startsWith(m?.[1] as string)).toBe(true)
  })

  it('examples/push.yml: a push unpins what changed; publish lists it; deploy gets the versions', async () => {
    const { step } = actionStep(pushWf)
    const { before, after } = await developerPush(
      {
        'app/src/main/java/Main.java': 'class Main { void run() { go(); } }\n',
        'README.md': 'x\n'
      },
      'app: go'
    )
    const payload = pushPayload(before, after, ['app: go'])
    const { workspace } = await checkout()
    const r = await runAction({
      workspace,
      eventName: 'push',
      payload,
      gh: w.gh,
      token: TOKEN,
      sha: after,
      ref: 'refs/heads/main',
      inputs: withInputs(step, { github: { event: payload } })
    })
    expect(r.code).toBe(0)
    expect(await subject()).toBe('Automated commit: Unpin versions of updated images')
    expect(await fileOnMain()).not.toMatch(/^app_VER=/m)
    expect(await fileOnMain()).toContain('apigateway_VER="v1.0.0"')
    expect(JSON.parse(r.outputs.unpinned as string)).toEqual(['app'])

    // publish: the matrix of the publish job is the action's publish output.
    const matrix = pushWf.jobs.publish?.strategy?.matrix?.image as string
    const src = needsOutput(matrix)
    expect(src.json).toBe(true)
    expect(forwardedOutput(pushWf, src.job, src.output)).toBe('publish')
    expect(JSON.parse(r.outputs.publish as string)).toEqual(['app'])
    // Built from the commit versions names (head-sha), under the tag versions gives it.
    expect(r.outputs['head-sha']).toBe(after)
    expect(publishedTags(pushWf, pushWf.jobs.publish as Job, r, ['app'])).toEqual({
      app: after.slice(0, 7)
    })

    // deploy: VERSIONS is the action's versions output, turned into Helm values by the
    // example's own jq line.
    const deploy = pushWf.jobs.deploy as Job
    const tagsStep = deploy.steps.find((s) => s.env?.VERSIONS !== undefined) as Step
    const vsrc = needsOutput(tagsStep.env?.VERSIONS as string)
    expect(forwardedOutput(pushWf, vsrc.job, vsrc.output)).toBe('versions')
    const versions = JSON.parse(r.outputs.versions as string) as Record<string, string>
    expect(versions).toEqual({
      postgres: 'v1.0.0',
      'api-gateway': 'v1.0.0',
      app: after.slice(0, 7),
      'svc-claims': 'v1.0.0',
      'cc-app': 'v1.0.0',
      console: 'v0.9.0'
    })
    if (spawnSync('jq', ['--version']).status === 0) {
      const cwd = path.join(w.dir, `deploy-${n++}`)
      await fs.mkdir(cwd)
      execFileSync('bash', ['--norc', '--noprofile', '-c', tagsStep.run as string], {
        cwd,
        env: { PATH: process.env.PATH, VERSIONS: r.outputs.versions }
      })
      const values = JSON.parse(await fs.readFile(path.join(cwd, 'image-tags.json'), 'utf8'))
      expect(values.images.app).toEqual({ tag: after.slice(0, 7) })
      expect(values.images['api-gateway']).toEqual({ tag: 'v1.0.0' })
    }
  })

  it('examples/vro-image-version.yml: a change to a shared path unpins every auto-pinned image', async () => {
    const { step } = actionStep(pushWf)
    const { before, after } = await developerPush(
      { 'build.gradle': 'plugins { id "java" }\n', 'docs/index.md': '# more docs\n' },
      'build: java plugin'
    )
    const payload = pushPayload(before, after, ['build: java plugin'])
    const { workspace } = await checkout()
    const r = await runAction({
      workspace,
      eventName: 'push',
      payload,
      gh: w.gh,
      token: TOKEN,
      sha: after,
      ref: 'refs/heads/main',
      inputs: withInputs(step, { github: { event: payload } })
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.unpinned as string)).toEqual([
      'postgres',
      'api-gateway',
      'svc-claims',
      'cc-app'
    ])
    expect(r.summary).toContain('build.gradle')
    // The manual pin is never touched.
    expect(await fileOnMain()).toContain('export console_VER="v0.9.0"')
  })

  it('examples/manual.yml: mode plan (the default) commits nothing', async () => {
    const r = await dispatchManual({})
    expect(r.code).toBe(0)
    expect(r.outputs.changed).toBe('false')
  })

  it('examples/manual.yml: pin app=v0.9.0 rolls app back; the others stay as they are', async () => {
    await dispatchManual({ mode: 'pin', images: 'app=v1.0.0' })
    const r = await dispatchManual({ mode: 'pin', images: 'app=v0.9.0' })
    expect(r.code).toBe(0)
    expect(await subject()).toBe('Automated commit: Pin versions of images (manual run, by alice)')
    const text = await fileOnMain()
    expect(text).toMatch(/^app_VER="v0\.9\.0"$/m)
    expect(text).not.toMatch(/^app_VER="v1\.0\.0"$/m)
    expect(JSON.parse(r.outputs.versions as string).app).toBe('v0.9.0')
  })

  const prTitle =
    'examples/pull-request.yml: a pull request gets a summary and one sticky comment; nothing is committed'
  it(prTitle, async () => {
    const wf = workflow('examples/pull-request.yml')
    expect(Object.keys(wf.on)).toEqual(['pull_request'])
    const { step } = actionStep(wf)
    const mainBefore = await headOf('main')
    const { after } = await developerPush(
      { 'svc-claims/claims.py': 'print("claims v2")\n' },
      'svc-claims: v2',
      'feature'
    )
    const pr = await fetch(`${w.gh.apiUrl}/repos/octo/mono/pulls`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'svc-claims v2', head: 'feature', base: 'main' })
    })
    expect(pr.status).toBe(201)
    const number = ((await pr.json()) as { number: number }).number
    const payload = {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { ref: 'feature', sha: after, repo: { full_name: 'octo/mono' } },
        base: { ref: 'main', sha: mainBefore, repo: { full_name: 'octo/mono' } }
      },
      repository: {
        name: 'mono',
        full_name: 'octo/mono',
        default_branch: 'main',
        owner: { login: 'octo' }
      },
      sender: { login: 'octocat' }
    }
    const run = async (): Promise<RunResult> => {
      const { workspace } = await checkout('feature')
      return runAction({
        workspace,
        eventName: 'pull_request',
        payload,
        gh: w.gh,
        token: TOKEN,
        sha: after,
        ref: `refs/pull/${number}/merge`,
        inputs: withInputs(step, { github: { event: payload } })
      })
    }
    const first = await run()
    expect(first.code).toBe(0)
    expect(first.summary).toContain('svc-claims')
    const ours = w.gh.comments.filter((c) => c.issue_number === number)
    expect(ours).toHaveLength(1)
    expect(ours[0]?.body).toContain('svc-claims')
    // A second run (the next push to the pull request) updates the same comment.
    const second = await run()
    expect(second.code).toBe(0)
    expect(w.gh.comments.filter((c) => c.issue_number === number)).toHaveLength(1)
    // Nothing was committed to the base branch.
    expect(await headOf('main')).toBe(mainBefore)
  })
})

/** Runs examples/manual.yml as if dispatched with `given` (the form's defaults for the rest). */
async function dispatchManual(given: Record<string, string | boolean>): Promise<RunResult> {
  const wf = workflow('examples/manual.yml')
  const form = (wf.on.workflow_dispatch as { inputs: Record<string, Record<string, unknown>> })
    .inputs
  const inputs: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(form)) {
    const value = name in given ? given[name] : spec.default
    if (spec.type === 'choice') expect(spec.options).toContain(value)
    inputs[name] = value
  }
  for (const name of Object.keys(given)) expect(Object.keys(form)).toContain(name)
  const { step } = actionStep(wf)
  const payload = { ref: 'refs/heads/main', inputs }
  const { workspace, head } = await checkout()
  return runAction({
    workspace,
    eventName: 'workflow_dispatch',
    payload,
    gh: w.gh,
    token: TOKEN,
    sha: head,
    ref: 'refs/heads/main',
    actor: 'alice',
    runId: String(5000 + n),
    inputs: withInputs(step, { inputs, github: { event: payload } })
  })
}
