// An emulator over a one-commit repository with pull request #1 open (head `feature`), for the
// tests of pull request comments.
import { join } from 'node:path'
import { startEmulator } from './emulator/index.js'
import { commitAll, initBareFrom, initRepo, tmpDir, writeFiles } from './git-fixture.js'

export const WRITE_TOKEN = 'ghs_writeToken0123456789'
export const READ_TOKEN = 'ghs_readToken0123456789'
/** Another user (a person) with write access: anyone may post a comment that starts with our marker. */
export const MALLORY_TOKEN = 'ghp_malloryToken0123456789'
/** Another GitHub App's installation token. */
export const OTHER_APP_TOKEN = 'ghs_otherAppToken0123456789'
/** A GitHub App's installation token whose comments are the action's own when it runs with it. */
export const APP_TOKEN = 'ghs_vroAppToken0123456789'

/** Starts the emulator (owner octo, repo mono) with pull request #1 open. */
export async function emulatorWithPull() {
  const root = await tmpDir('emulator-pull-')
  const work = join(root, 'work')
  const bare = join(root, 'bare.git')
  await initRepo(work)
  await writeFiles(work, { 'app/Main.java': 'class Main {}\n' })
  const head = await commitAll(work, 'first')
  await initBareFrom(work, bare)
  const gh = await startEmulator({
    owner: 'octo',
    repo: 'mono',
    bareDir: bare,
    tokens: {
      [WRITE_TOKEN]: 'write',
      [READ_TOKEN]: 'read',
      [MALLORY_TOKEN]: { permission: 'write', login: 'mallory' },
      [OTHER_APP_TOKEN]: { permission: 'write', login: 'other-app[bot]' },
      [APP_TOKEN]: { permission: 'write', login: 'vro-app[bot]' }
    }
  })
  const call = (method, path, body) =>
    globalThis.fetch(`${gh.apiUrl}/repos/octo/mono${path}`, {
      method,
      headers: { authorization: `token ${WRITE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body)
    })
  await call('POST', '/git/refs', { ref: 'refs/heads/feature', sha: head })
  await gh.pushFile({ branch: 'feature', path: 'app/Other.java', content: 'class Other {}\n' })
  const pr = await call('POST', '/pulls', { title: 'Feature', head: 'feature', base: 'main' })
  if (pr.status !== 201) throw new Error(`could not open pull request #1: HTTP ${pr.status}`)
  gh.resetLog()
  return gh
}
