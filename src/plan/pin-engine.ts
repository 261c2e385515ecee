/**
 * The pin/unpin engine: pure functions from (file text, image list, request) to the edit
 * (new text, one decision per image): pinEdit and unpinEdit. Nothing here touches git, the disk or the network.
 */
import type { Image } from '../files/image-vars.js'
import { escapeForMessage } from '../util/escape.js'
import { parseRelease } from '../util/version.js'
import { VersionsFile } from '../files/versions-file.js'
import { fileWarning, type Warning } from '../util/warning.js'
import {
  PlanError,
  decisionBase,
  describePin,
  keptManual,
  manualPinError,
  stalePins,
  type Decision,
  type VersionsEdit
} from './decision.js'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad2 = (n: number): string => String(n).padStart(2, '0')

/** `date -u` in the C locale: `%a %b %e %H:%M:%S %Z %Y`, e.g. `Fri Sep  1 21:08:58 UTC 2023`. */
export function historyDate(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new PlanError('Invalid date for the history comment')
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
  )
}

/** The line that pins an image; the version is validated, so the line is bash-safe by construction. */
export function pinLine(prefix: string, version: string, manual = false): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) {
    throw new PlanError(`Invalid image prefix ${escapeForMessage(prefix)}`)
  }
  parseRelease(version)
  return `${manual ? 'export ' : ''}${prefix}_VER="${version}"`
}

function duplicateWarnings(file: VersionsFile, images: readonly Image[]): Warning[] {
  const out: Warning[] = []
  for (const image of images) {
    const pin = file.pinOf(image.prefix)
    if (pin && pin.lines.length > 1) {
      out.push(
        fileWarning(
          `${image.name}: ${image.prefix}_VER is assigned on lines ${pin.lines.join(', ')}; bash uses the last one`,
          undefined,
          pin.lines[0]
        )
      )
    }
  }
  return out
}

export interface PinRequest {
  /** The version for every unpinned image that is pinned. */
  readonly version?: string
  /** Per-image versions, written even over an auto pin (a rollback). Keys are prefixes. */
  readonly targets?: ReadonlyMap<string, string>
  /** Only these prefixes are considered for `version`; default all. */
  readonly only?: ReadonlySet<string>
  /** Prefixes that must not be pinned, with the reason (the release guard). */
  readonly blocked?: ReadonlyMap<string, string>
  /** Write `export <prefix>_VER=...` (a manual pin) instead of an auto pin. */
  readonly manual?: boolean
  /** The clock for the history comment. */
  readonly now: Date
}

/**
 * Pins images. Every unpinned image (in image-list order) gets `version`; `targets` pin named
 * images to their own versions. New lines go under one `# <date> -- <version>` history comment
 * per version. When nothing is to be pinned, the text is returned unchanged: no lone comment.
 */
export function pinEdit(text: string, images: readonly Image[], req: PinRequest): VersionsEdit {
  const file = VersionsFile.parse(text)
  if (req.version !== undefined) parseRelease(req.version)
  const known = new Set(images.map((i) => i.prefix))
  for (const [prefix, v] of req.targets ?? []) {
    if (!known.has(prefix)) throw new PlanError(`Unknown image prefix ${escapeForMessage(prefix)}`)
    parseRelease(v, `version for ${prefix}`)
  }
  const decisions: Decision[] = []
  const additions = new Map<string, string[]>()
  const rewrite = new Set<string>()
  for (const image of images) {
    const pin = file.pinOf(image.prefix)
    const target = req.targets?.get(image.prefix)
    const d = decisionBase(image, pin)
    if (pin?.kind === 'manual') {
      if (target !== undefined)
        throw manualPinError(image, pin, 'edits', 'Edit or remove that line, then run again.')
      decisions.push(keptManual(d, pin))
      continue
    }
    const version = target ?? (req.only && !req.only.has(image.prefix) ? undefined : req.version)
    if (version === undefined) {
      decisions.push({ ...d, after: d.before, action: 'skip', reason: 'not selected' })
      continue
    }
    if (pin && target === undefined) {
      decisions.push({
        ...d,
        after: pin.value,
        action: 'keep',
        reason: `already pinned to ${describePin(pin)}`
      })
      continue
    }
    if (pin && pin.value === version && pin.lines.length === 1 && !req.manual) {
      decisions.push({
        ...d,
        after: version,
        action: 'keep',
        reason: `already pinned to ${version}`
      })
      continue
    }
    const blocked = req.blocked?.get(image.prefix)
    if (blocked !== undefined && target === undefined) {
      decisions.push({ ...d, after: null, action: 'skip', reason: `not pinned: ${blocked}` })
      continue
    }
    if (pin) rewrite.add(image.prefix)
    additions.set(version, [
      ...(additions.get(version) ?? []),
      pinLine(image.prefix, version, req.manual)
    ])
    decisions.push({
      ...d,
      after: version,
      manual: req.manual === true,
      action: 'pin',
      reason: pin
        ? `re-pinned from ${describePin(pin)} to ${version}`
        : `pinned to ${version}${req.manual ? ' by hand (export)' : ''}`
    })
  }
  if (additions.size === 0) {
    return finish(text, file, file, images, decisions)
  }
  const date = historyDate(req.now)
  const lines = [...additions].flatMap(([version, pins]) => [`# ${date} -- ${version}`, ...pins])
  const updated = file.withoutAutoPins(rewrite).append(lines)
  return finish(text, file, updated, images, decisions)
}

export interface UnpinRequest {
  /** Prefixes to unpin, each with the reason in words. */
  readonly unpin: ReadonlyMap<string, string>
  /** Reasons for the auto pins that stay (from change detection). */
  readonly keep?: ReadonlyMap<string, string>
  /** When true, naming a manual pin or an unpinned image in `unpin` is an error (manual runs). */
  readonly strict?: boolean
}

/** Unpins images: removes exactly their auto-pin lines (all of them, if duplicated). */
export function unpinEdit(text: string, images: readonly Image[], req: UnpinRequest): VersionsEdit {
  const file = VersionsFile.parse(text)
  const decisions: Decision[] = []
  const remove = new Set<string>()
  for (const image of images) {
    const pin = file.pinOf(image.prefix)
    const d = decisionBase(image, pin)
    const reason = req.unpin.get(image.prefix)
    if (!pin) {
      decisions.push({
        ...d,
        after: null,
        action: 'keep',
        reason: 'not pinned; it tracks the head build'
      })
      continue
    }
    if (pin.kind === 'manual') {
      if (reason !== undefined && req.strict)
        throw manualPinError(image, pin, 'removes', 'Remove that line by hand.')
      decisions.push(keptManual(d, pin))
      continue
    }
    if (reason === undefined) {
      const why = req.keep?.get(image.prefix) ?? 'not selected'
      decisions.push({ ...d, after: pin.value, action: 'keep', reason: why })
      continue
    }
    remove.add(image.prefix)
    decisions.push({ ...d, after: null, action: 'unpin', reason })
  }
  return finish(text, file, file.withoutAutoPins(remove), images, decisions)
}

function finish(
  text: string,
  before: VersionsFile,
  after: VersionsFile,
  images: readonly Image[],
  decisions: Decision[]
): VersionsEdit {
  const out = after.toString()
  const crlf = before.lines.findIndex((l) => l.raw.endsWith('\r')) + 1
  const warnings = [
    ...duplicateWarnings(before, images),
    ...before.notices,
    ...before.problems,
    ...(crlf > 0
      ? [
          fileWarning(
            'the file has CRLF line endings, which are kept; bash reads x_VER="v1"<CR> as the value "v1<CR>": convert the file to LF',
            undefined,
            crlf
          )
        ]
      : [])
  ]
  return {
    text: out,
    changed: out !== text,
    decisions: [...decisions, ...stalePins(before, images)],
    warnings
  }
}
