// npm run demo: the whole flow, offline, on the embedded sample monorepo. A release pins every
// image, a push that changes app/ unpins app, a docs-only push changes nothing. Each run is the
// bundled dist/index.js, run as the Actions runner would, against the local GitHub API emulator.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { startEmulator } from '../test-support/emulator/index.js'
import { cloneDepth1, commitAll, git, tmpDir, writeFiles } from '../test-support/git-fixture.js'
import { runAction } from '../test-support/run-action.js'
import { createSample, pushPayload, releasePayload } from '../test-support/sample.js'

const TOKEN = 'ghs_demo_token_0123456789'
const dir = await tmpDir('vro-demo-')
const { bare } = await createSample(dir)
const gh = await startEmulator({
  owner: 'octo',
  repo: 'mono',
  bareDir: bare,
  tokens: { [TOKEN]: 'write' }
})

const rule = (title) => console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`)

async function step(title, eventName, payload, sha, ref, inputs = {}) {
  rule(title)
  const workspace = path.join(dir, `ws-${Date.now()}`)
  const head = await cloneDepth1(bare, workspace, 'main')
  gh.resetLog()
  const r = await runAction({
    workspace,
    eventName,
    payload,
    gh,
    token: TOKEN,
    sha: sha ?? head,
    ref,
    inputs
  })
  console.log(r.summary.trim())
  const writes = gh.calls({ write: true })
  console.log(
    `\nexit ${r.code}; API calls: ${gh.log.length} (${writes} writes); outputs: ` +
      `pinned=${r.outputs.pinned} unpinned=${r.outputs.unpinned} publish=${r.outputs.publish}`
  )
  if (r.code !== 0) {
    console.error(r.stdout)
    throw new Error(`${title}: the action failed`)
  }
}

/** A developer's push: a full clone, a change, a push to origin. Returns [before, after]. */
async function developerPush(files, message) {
  const dev = path.join(dir, `dev-${Date.now()}`)
  await git(dir, ['clone', '--quiet', `file://${bare}`, dev])
  const before = (await git(dev, ['rev-parse', 'HEAD'])).trim()
  await writeFiles(dev, files)
  const after = await commitAll(dev, message)
  await git(dev, ['push', '--quiet', 'origin', 'main'])
  return [before, after]
}

try {
  await step(
    '1. Release v1.0.0 published: pin every unpinned image',
    'release',
    releasePayload('v1.0.0'),
    undefined,
    'refs/tags/v1.0.0'
  )

  const [b1, a1] = await developerPush(
    { 'app/src/main/java/Main.java': 'class Main { void run() { go(); } }\n' },
    'app: call go()'
  )
  await step(
    '2. Push to main that changes app/: unpin app only',
    'push',
    pushPayload(b1, a1, ['app: call go()']),
    a1,
    'refs/heads/main'
  )

  const [b2, a2] = await developerPush({ 'docs/index.md': '# docs\n\nMore.\n' }, 'docs: more')
  await step(
    '3. Push to main that changes only docs/: nothing to commit',
    'push',
    pushPayload(b2, a2, ['docs: more']),
    a2,
    'refs/heads/main'
  )

  rule('git log --stat of main in the origin repository')
  console.log(
    await git(bare, [
      'log',
      '--stat',
      '--format=%n%h %s%n    author: %an <%ae>%n    committer: %cn',
      'main'
    ])
  )
  rule('scripts/image_versions.src on main')
  console.log(await git(bare, ['show', 'main:scripts/image_versions.src']))
} finally {
  await gh.close()
  await fs.rm(dir, { recursive: true, force: true })
}
