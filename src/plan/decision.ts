/**
 * A decision: what a run does to one image's pin, and why. The shapes the pin engine returns,
 * the decisions it builds the same way for every request (a manual pin kept or refused), and the
 * stale pins it reports.
 */
import type { Image } from '../files/image-vars.js'
import type { Pin, VersionsFile } from '../files/versions-file.js'
import { escapeForMessage } from '../util/escape.js'
import { KnownError } from '../util/errors.js'
import type { Warning } from '../util/warning.js'

export type Action = 'pin' | 'unpin' | 'keep' | 'skip'

/** What happened to one image, and why, in words a person reads in the summary. */
export interface Decision {
  readonly image: string
  readonly prefix: string
  /** The version before: the pin's value, or null when unpinned. */
  readonly before: string | null
  readonly after: string | null
  /** True when the pin is a manual one (never touched by the automation). */
  readonly manual: boolean
  readonly action: Action
  readonly reason: string
}

/** The versions file edited (or left as it was): its new text, and a decision per image. */
export interface VersionsEdit {
  readonly text: string
  readonly changed: boolean
  readonly decisions: readonly Decision[]
  /** File warnings name lines of the versions file; the caller names the file. */
  readonly warnings: readonly Warning[]
}

/** A request the pin engine refuses (a manual pin to change, an unknown image, a bad date). */
export class PlanError extends KnownError {
  override name = 'PlanError'
  get id(): string {
    return 'plan'
  }
}

/** A pin's value (escaped unless literal) and the lines that assign it. */
export function describePin(pin: Pin): string {
  const where = `line ${pin.lines.join(', ')}`
  const value = pin.literal ? pin.value : escapeForMessage(pin.value)
  return `${value} (${where})`
}

/** The fields every decision about `image` shares: its name, prefix and pin before the run. */
export function decisionBase(
  image: Image,
  pin: Pin | undefined
): Pick<Decision, 'image' | 'prefix' | 'before' | 'manual'> {
  return {
    image: image.name,
    prefix: image.prefix,
    before: pin ? pin.value : null,
    manual: pin?.kind === 'manual'
  }
}

/** A manual pin is kept as it is, whatever the run does. */
export function keptManual(d: ReturnType<typeof decisionBase>, pin: Pin): Decision {
  return {
    ...d,
    after: pin.value,
    action: 'keep',
    reason: `pinned by hand to ${describePin(pin)}; left alone`
  }
}

/** A request to change a manual pin: refused, naming the line to edit by hand. */
export function manualPinError(
  image: Image,
  pin: Pin,
  verb: 'edits' | 'removes',
  what: string
): PlanError {
  return new PlanError(
    `${image.name} is pinned by hand (${image.prefix}_VER on line ${pin.lines.join(', ')}); ` +
      `the action never ${verb} manual pins. ${what}`
  )
}

/**
 * A hand-written assignment of a name that is no image, whose value is no version of this
 * action's kind (`export RABBITMQ_VER=3.12`: a helper variable that other scripts read, not a pin).
 */
function isHelper(pin: Pin | undefined): boolean {
  return pin?.kind === 'manual' && !/^(?:v|release-)\d/.test(pin.value)
}

/**
 * Auto or manual pins of prefixes that are not in the image list: reported, never touched. A
 * helper variable (see isHelper) is not a pin: it is left alone and not reported.
 */
export function stalePins(file: VersionsFile, images: readonly Image[]): Decision[] {
  const known = new Set(images.map((i) => i.prefix))
  return file
    .pinnedPrefixes()
    .filter((p) => !known.has(p) && !isHelper(file.pinOf(p)))
    .map((prefix) => {
      const pin = file.pinOf(prefix) as Pin
      return {
        image: prefix,
        prefix,
        before: pin.value,
        after: pin.value,
        manual: pin.kind === 'manual',
        action: 'skip' as const,
        reason: `${prefix}_VER is set to ${describePin(pin)} but ${prefix} is not in the image list; stale pin left alone`
      }
    })
}
