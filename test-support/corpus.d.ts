// Types for test-support/corpus.js: the bad-input corpus runner and the checks shared with the
// race/fault scenarios and the secrets scan.
import type { RunResult } from './run-action.js'

export const CORPUS_DIR: string
export const BUNDLE: string
export const ROOT: string
/** The write token of every corpus and race run. */
export const TOKEN: string
/** A token with read access only. */
export const READ_TOKEN: string
/** The history comment date (`date -u` in the C locale) as a regular expression source. */
export const DATE_PATTERN: string
/** Texts that are JavaScript crashes rather than messages. */
export const CRASH_TEXT: RegExp

export interface TokenForm {
  form: string
  value: string
}
export interface Leak {
  where: string
  form: string
}
export interface TextSource {
  where: string
  text: string | undefined
}

export function tokenForms(token: string): TokenForm[]
export function withoutMaskCommands(log: string): string
export function findLeaks(sources: TextSource[], tokens?: string[]): Leak[]
export function runTexts(label: string, r: RunResult): TextSource[]
export function commitMessages(bare: string): Promise<string>
/** The decoded messages of one workflow command (`error`, `warning`, `notice`, `debug`). */
export function commandMessages(stdout: string, command: string): string[]
export function failureReportProblems(r: RunResult): string[]
export function hashTree(dir: string): Promise<string>
export function refsOf(bare: string): Promise<string>
export function fileAt(bare: string, ref: string, file: string): Promise<string | undefined>
export function bashSyntaxError(text: string): Promise<string | undefined>
export function sourcedVersions(text: string): Promise<Record<string, string>>
export function templateRegExp(template: string, options?: { anchorStart?: boolean }): RegExp
export function show(text: string | undefined, max?: number): string

/** case.json, as documented in __tests__/corpus/README.md. */
export interface CaseSpec {
  description: string
  event: string
  tag?: string
  tags?: string[]
  payload?: unknown
  eventFile?: string
  ref?: string
  sha?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  generate?: {
    path: string
    before?: string
    repeat?: string
    times?: number
    after?: string
    base64?: string
  }[]
  symlinks?: Record<string, string>
  outside?: Record<string, string>
  after?: { files?: Record<string, string | null>; message?: string }
  knownBug?: string
  expect: {
    exit: 0 | 1
    error?: string
    warning?: string
    notice?: string
    file?: string
    tail?: string
    keepsOriginal?: boolean
    unchanged?: boolean
    absent?: boolean
    outputs?: Record<string, string>
    notInLogs?: string[]
    vars?: Record<string, string>
    skipBashCheck?: boolean
  }
}

export interface CorpusCase {
  name: string
  dir: string
  spec: CaseSpec
}

export interface CaseResult {
  name: string
  knownBug?: string
  passed: boolean
  failures: string[]
  code: number | null
  error?: string
  leaks: Leak[]
  ms: number
  tmp?: string
}

export interface CorpusCounts {
  cases: number
  passed: number
  failed: number
  knownBugs: number
  knownBugsNowPassing: number
  leaks: number
}

export function loadCases(dir?: string): CorpusCase[]
export function runCase(c: CorpusCase, options?: { keep?: boolean }): Promise<CaseResult>
export function runCorpus(
  cases: CorpusCase[],
  options?: { concurrency?: number; onResult?: (r: CaseResult) => void }
): Promise<CaseResult[]>
/**
 * Starts work that reports each result through `onResult`; one promise per name, settled as soon
 * as that item is done (so that each test waits for its own item, not a hook for all of them).
 */
export function resultsByName<R extends { name: string }>(
  names: string[],
  start: (onResult: (r: R) => void) => Promise<unknown>
): { get: (name: string) => Promise<R>; all: Promise<void> }
export function pool<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]>
export function corpusCounts(results: CaseResult[]): CorpusCounts
export function formatTable(title: string, rows: [string, string | number][]): string
export function corpusTable(results: CaseResult[]): string
export function releasePayloadFor(
  tagName: string,
  options?: { action?: string; target?: string }
): object
export function pushPayloadFor(
  before: string,
  after: string,
  messages: string[],
  options?: { ref?: string }
): object
export function assertBundle(): Promise<void>
