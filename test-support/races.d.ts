// Types for test-support/races.js: races and faults against the local GitHub API emulator.
import type { GitHubEmulator } from './emulator/index.js'
import type { Leak } from './corpus.js'
import type { RunResult } from './run-action.js'

export interface RunOptions {
  label?: string
  token?: string
  env?: Record<string, string>
  runId?: string
}

export interface World {
  dir: string
  work: string
  bare: string
  gh: GitHubEmulator
  runs: { label: string; result: RunResult; workspaceChanged: boolean }[]
  checkout(): Promise<{ workspace: string; head: string }>
  run(
    label: string,
    o: {
      eventName: string
      payload: unknown | ((head: string) => unknown)
      ref?: string
      inputs?: Record<string, string>
      token?: string
      env?: Record<string, string>
      runId?: string
    }
  ): Promise<RunResult>
  dispatch(inputs: Record<string, string>, opts?: RunOptions): Promise<RunResult>
  release(tagName?: string, inputs?: Record<string, string>, opts?: RunOptions): Promise<RunResult>
  push(
    files: Record<string, string | null>,
    message?: string,
    opts?: RunOptions
  ): Promise<RunResult>
  fileOnMain(branch?: string): Promise<string>
  headOf(branch?: string): Promise<string>
  subjects(range?: string): Promise<string[]>
  isLinear(): Promise<boolean>
  leaks(): Promise<Leak[]>
  closeEmulator(): Promise<void>
  close(): Promise<void>
}

export function createWorld(options?: {
  extraImages?: string[]
  tags?: string[]
  basePath?: string
}): Promise<World>

export interface ScenarioResult {
  name: string
  proves: string
  knownBug?: string
  flaky?: boolean
  passed: boolean
  /** Failures that always count. */
  failures: string[]
  /** Failures a flaky known bug excuses. */
  known: string[]
  runs: number
  concurrentRuns: number
  faultsInjected: number
  retries: number
  lostUpdates: number
  gaveUp: number
  leaks: number
  ms: number
  details?: Record<string, unknown>
}

export interface Scenario {
  name: string
  proves: string
  knownBug?: string
  flaky?: boolean
  exclusive?: boolean
  run(opts?: { concurrent?: number }): Promise<ScenarioResult>
}

export const concurrentRuns: Scenario
export const movingHead: Scenario
export const burst5xx: Scenario
export const rateLimited: Scenario
export const longBurst5xx: Scenario
export const longRateLimit: Scenario
export const injectedStale: Scenario
export const readOnlyToken: Scenario
export const protectedBranch: Scenario
export const killedMidRun: Scenario
export const SCENARIOS: Scenario[]

export function runScenarios(
  scenarios?: Scenario[],
  options?: {
    parallel?: boolean
    onResult?: (r: ScenarioResult) => void
    /** How many runs the concurrent scenario starts (all 20 when unset). */
    concurrent?: number
  }
): Promise<ScenarioResult[]>

export interface RaceCounts {
  scenarios: number
  passed: number
  failed: number
  knownBugs: number
  knownBugsNowPassing: number
  gaveUp: number
  runs: number
  concurrentRuns: number
  faultsInjected: number
  retries: number
  lostUpdates: number
  leaks: number
}

export function raceCounts(results: ScenarioResult[]): RaceCounts
export function raceTable(results: ScenarioResult[]): string
