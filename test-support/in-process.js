// run() in process against the emulator: the variables the runner sets that point at GitHub.
import { startEmulator } from './emulator/index.js'

/**
 * Starts the emulator for octo/mono on a bare repository and points GITHUB_API_URL,
 * GITHUB_GRAPHQL_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID at it, as the
 * runner would for run(). Resolves with the emulator (close it in afterAll).
 */
export async function startForRun(bareDir, tokens, runId = '7') {
  const gh = await startEmulator({ owner: 'octo', repo: 'mono', bareDir, tokens })
  Object.assign(process.env, {
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_GRAPHQL_URL: gh.graphqlUrl,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_REPOSITORY: 'octo/mono',
    GITHUB_RUN_ID: runId
  })
  return gh
}
