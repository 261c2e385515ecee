// Types for test-support/run-action.js.

export function inputEnv(
  inputs?: Record<string, string>,
  token?: string
): Promise<Record<string, string>>

export function parseOutputFile(text: string): Record<string, string>

export interface RunOptions {
  workspace: string
  eventName: string
  payload: unknown
  gh: { apiUrl: string; graphqlUrl: string; serverUrl: string }
  token: string
  sha: string
  ref: string
  inputs?: Record<string, string>
  repository?: string
  runId?: string
  actor?: string
  env?: Record<string, string>
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The Node.js binary that ran dist/index.js. */
  node: string
}

/** The Node.js that runs the bundle, and where it was found. */
export function actionRuntime(): { node: string; from: string }

export function runAction(o: RunOptions): Promise<RunResult>
