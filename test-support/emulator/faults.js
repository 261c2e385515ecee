// Fault injection: a queue of armed faults, each answering the next N matching requests.

const TARGETS = new Set(['any', 'graphql', 'query', 'mutation', 'rest'])

/**
 * @typedef {{ kind: 'graphql' | 'rest', operation: 'query' | 'mutation' | null }} RequestClass
 * @typedef {{ type: 'status', status: number } | { type: 'rateLimit', retryAfter: number,
 *   primary: boolean } | { type: 'drop' } | { type: 'stale' } | { type: 'hang' }
 *   | { type: 'garbled', form: 'shape' | 'json' } | { type: 'afterApply', status: number }} Fault
 */

export class Faults {
  #armed = []

  /**
   * Arm a fault. See index.d.ts (InjectOptions) for the accepted shapes.
   * @param {Record<string, unknown>} spec
   */
  inject(spec) {
    const times = spec.times === undefined ? 1 : Number(spec.times)
    if (!Number.isInteger(times) || times < 1) throw new TypeError('inject: times must be >= 1')
    const on = spec.on ?? (spec.stale ? 'mutation' : 'any')
    if (!TARGETS.has(on)) throw new TypeError(`inject: unknown target ${JSON.stringify(on)}`)
    /** @type {Fault} */
    let fault
    if (spec.stale) {
      fault = { type: 'stale' }
    } else if (spec.drop) {
      fault = { type: 'drop' }
    } else if (spec.hang) {
      fault = { type: 'hang' }
    } else if (spec.garbled !== undefined) {
      const form = spec.garbled === 'json' ? 'json' : 'shape'
      fault = { type: 'garbled', form }
    } else if (spec.afterApply !== undefined) {
      fault = { type: 'afterApply', status: errorStatus(spec.afterApply) }
    } else if (spec.rateLimit) {
      const { retryAfter = 1, primary = false } = /** @type {any} */ (spec.rateLimit)
      fault = { type: 'rateLimit', retryAfter: Number(retryAfter), primary: Boolean(primary) }
    } else if (spec.status !== undefined) {
      fault = { type: 'status', status: errorStatus(spec.status) }
    } else {
      throw new TypeError(
        'inject: give one of status, rateLimit, drop, hang, garbled, afterApply or stale'
      )
    }
    this.#armed.push({ fault, on, remaining: times })
  }

  /**
   * Take the first armed HTTP-level fault matching this request, if any.
   * @param {RequestClass} request
   * @returns {Fault | null}
   */
  takeHttp(request) {
    return this.#take((entry) => entry.fault.type !== 'stale' && matches(entry.on, request))
  }

  /** Take an armed STALE_DATA fault (consumed by createCommitOnBranch only). */
  takeStale() {
    return this.#take((entry) => entry.fault.type === 'stale')
  }

  /** Number of armed faults left (sum of remaining times). */
  pending() {
    return this.#armed.reduce((sum, entry) => sum + entry.remaining, 0)
  }

  clear() {
    this.#armed = []
  }

  #take(predicate) {
    const index = this.#armed.findIndex(predicate)
    if (index === -1) return null
    const entry = this.#armed[index]
    entry.remaining -= 1
    if (entry.remaining === 0) this.#armed.splice(index, 1)
    return entry.fault
  }
}

function errorStatus(value) {
  const status = Number(value)
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    throw new TypeError('inject: status must be an HTTP error status (400-599)')
  }
  return status
}

function matches(on, { kind, operation }) {
  switch (on) {
    case 'any':
      return true
    case 'graphql':
      return kind === 'graphql'
    case 'rest':
      return kind === 'rest'
    default:
      return kind === 'graphql' && operation === on
  }
}

/** Human-readable label for gh.log entries. */
export function faultLabel(fault) {
  if (!fault) return null
  switch (fault.type) {
    case 'status':
      return `status:${fault.status}`
    case 'rateLimit':
      return fault.primary ? 'rate-limit:primary' : 'rate-limit:secondary'
    case 'garbled':
      return `garbled:${fault.form}`
    case 'afterApply':
      return `after-apply:${fault.status}`
    default:
      return fault.type
  }
}
