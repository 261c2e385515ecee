/**
 * From an intent (release, push, manual pin/unpin) and the current file text to the decisions and
 * the edit of the versions file (pin-engine.ts writes the edit).
 * Detection results are cached by (image, tag, head): a retry on the same head re-applies them
 * without running git again, and a retry on a new head measures that head, so a release guard or
 * an unpin computed against one head is never applied to another.
 */
import { detectChanges } from '../detect/changes.js'
import type { DetectOptions } from '../detect/options.js'
import type { ImageChange } from '../detect/explain.js'
import type { Image } from '../files/image-vars.js'
import type { Intent } from './intent.js'
import { pinEdit, unpinEdit } from './pin-engine.js'
import { PlanError, type VersionsEdit } from './decision.js'
import { tryParseRelease } from '../util/version.js'
import { VersionsFile } from '../files/versions-file.js'

export type DetectSettings = Omit<DetectOptions, 'images' | 'pins' | 'head'>

export interface Decided extends VersionsEdit {
  readonly stats: { gitProcesses: number; fetches: number }
}

export class Decider {
  private readonly cache = new Map<string, ImageChange>()
  readonly stats = { gitProcesses: 0, fetches: 0 }
  private readonly detectWarnings: string[] = []

  constructor(
    private readonly images: readonly Image[],
    private readonly detect: DetectSettings,
    private readonly now: Date
  ) {}

  private async changes(
    pins: Map<string, string>,
    head: string
  ): Promise<Map<string, ImageChange>> {
    const key = (prefix: string, tag: string): string => `${prefix}\0${tag}\0${head}`
    const missing = new Map([...pins].filter(([p, t]) => !this.cache.has(key(p, t))))
    if (missing.size > 0) {
      const r = await detectChanges({ ...this.detect, images: this.images, pins: missing, head })
      this.stats.gitProcesses += r.stats.gitProcesses
      this.stats.fetches += r.stats.fetches
      this.detectWarnings.push(...r.warnings.filter((w) => !this.detectWarnings.includes(w)))
      for (const [p, c] of r.results) this.cache.set(key(p, missing.get(p) as string), c)
    }
    return new Map([...pins].map(([p, t]) => [p, this.cache.get(key(p, t)) as ImageChange]))
  }

  /**
   * Decides an intent on the given text: the edit, with detection's warnings and stats. Changes
   * are measured against `head`, the commit that text was read at (the one the compare-and-swap
   * expects).
   */
  async decide(text: string, intent: Intent, head: string): Promise<Decided> {
    const result = await this.edit(text, intent, head)
    return {
      ...result,
      warnings: [...this.detectWarnings, ...result.warnings],
      stats: { ...this.stats }
    }
  }

  /** The edit of the versions file the intent makes: pins, unpins, and a decision per image. */
  private async edit(text: string, intent: Intent, head: string): Promise<VersionsEdit> {
    const file = VersionsFile.parse(text)
    switch (intent.kind) {
      case 'status':
        return unpinEdit(text, this.images, { unpin: new Map(), keep: this.pinReasons(file) })
      case 'push':
        return this.push(text, file, head)
      case 'release': {
        const unpinned = new Map(
          this.images.filter((i) => !file.pinOf(i.prefix)).map((i) => [i.prefix, intent.version])
        )
        const changes = await this.changes(unpinned, head)
        const blocked = new Map<string, string>()
        for (const [prefix, c] of changes) {
          if (c.changed !== false) {
            blocked.set(prefix, `${c.reason}, so the head of the branch is not the released image`)
          }
        }
        return pinEdit(text, this.images, { version: intent.version, blocked, now: this.now })
      }
      case 'pin':
        return pinEdit(text, this.images, {
          ...(intent.version !== undefined ? { version: intent.version } : {}),
          ...(intent.only ? { only: new Set(intent.only) } : {}),
          ...(intent.targets ? { targets: intent.targets } : {}),
          manual: intent.manual === true,
          now: this.now
        })
      case 'unpin': {
        const all = intent.prefixes === 'all'
        const chosen = all ? this.images.map((i) => i.prefix) : intent.prefixes
        const reason = all ? 'unpinned by hand (all images)' : 'unpinned by hand'
        if (!all) {
          const names = new Map(this.images.map((i) => [i.prefix, i.name]))
          for (const p of chosen) {
            const pin = file.pinOf(p)
            const name = names.get(p) ?? p
            if (!pin) throw new PlanError(`${name} is not pinned; there is nothing to unpin`)
          }
        }
        return unpinEdit(text, this.images, {
          unpin: new Map(chosen.map((p) => [p, reason])),
          strict: !all
        })
      }
    }
  }

  private pinReasons(file: VersionsFile): Map<string, string> {
    return new Map(
      this.images.flatMap((i) => {
        const pin = file.pinOf(i.prefix)
        return pin?.kind === 'auto' ? [[i.prefix, `pinned to ${pin.value}`] as const] : []
      })
    )
  }

  private async push(text: string, file: VersionsFile, head: string): Promise<VersionsEdit> {
    const pins = new Map<string, string>()
    const keep = new Map<string, string>()
    for (const image of this.images) {
      const pin = file.pinOf(image.prefix)
      if (pin?.kind !== 'auto') continue
      if (pin.literal && tryParseRelease(pin.value)) pins.set(image.prefix, pin.value)
      else
        keep.set(
          image.prefix,
          `pinned to a value that is not a release tag; left alone, cannot compare`
        )
    }
    const unpin = new Map<string, string>()
    for (const [prefix, c] of await this.changes(pins, head)) {
      if (c.changed === true) unpin.set(prefix, c.reason)
      else keep.set(prefix, c.changed === false ? c.reason : `kept: ${c.reason}`)
    }
    return unpinEdit(text, this.images, { unpin, keep })
  }
}
