/**
 * The event as the runner hands it over, and its payload read defensively for the event rules
 * (event.ts): a field of the expected type or an {@link EventError} naming it, a branch from a
 * ref, the repository's default branch. Pure.
 */
import { isBranchName } from '../util/refs.js'
import { KnownError } from '../util/errors.js'

export interface EventContext {
  readonly eventName: string
  readonly payload: Record<string, unknown>
  /** GITHUB_SHA */
  readonly sha: string
  /** GITHUB_REF */
  readonly ref: string
  readonly actor: string
}

export class EventError extends KnownError {
  override name = 'EventError'
  get id(): string {
    return 'event'
  }
}

/** A field of the payload: undefined when absent or null, an EventError when of another type. */
export function field<T>(
  obj: unknown,
  key: string,
  type: 'string' | 'object' | 'boolean',
  where: string
): T | undefined {
  if (obj === null || typeof obj !== 'object') return undefined
  const value = (obj as Record<string, unknown>)[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== type) {
    throw new EventError(
      `The ${where} payload has ${key} of type ${typeof value}; expected a ${type}`
    )
  }
  return value as T
}

/** The branch a `refs/heads/` ref names, if it is a valid branch name. */
export function branchOf(ref: string): string | undefined {
  if (!ref.startsWith('refs/heads/')) return undefined
  const name = ref.slice('refs/heads/'.length)
  return isBranchName(name) ? name : undefined
}

/** The repository's default branch as the payload names it, if it is a branch name. */
export function defaultBranchOf(
  payload: Record<string, unknown>,
  where: string
): string | undefined {
  const repository = field<Record<string, unknown>>(payload, 'repository', 'object', where)
  const name = field<string>(repository, 'default_branch', 'string', where)
  return name && isBranchName(name) ? name : undefined
}
