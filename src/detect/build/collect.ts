/** The inputs a provider gathers for one image: each path once, the first provenance wins. */
import type { Part } from './parts.js'
import type { Input } from './types.js'

export class InputList {
  private readonly byKey = new Map<string, Input>()

  constructor(private readonly provider: string) {}

  /** Adds an input unless the same kind and path is already there (a part comes with `refine`). */
  add(
    kind: Input['kind'],
    path: string,
    from: { readonly why: string; readonly file?: string; readonly line?: number },
    excludes?: readonly string[]
  ): void {
    const key = `${kind}:${path}`
    if (this.byKey.has(key)) return
    this.byKey.set(key, {
      kind,
      path,
      ...(excludes && excludes.length > 0 ? { excludes } : {}),
      from: { provider: this.provider, ...from }
    })
  }

  /** `add` with the provenance as arguments: the why, then the file and line that declare it. */
  readonly put = (
    kind: Input['kind'],
    path: string,
    why: string,
    file?: string,
    line?: number,
    excludes?: readonly string[]
  ): void =>
    this.add(
      kind,
      path,
      { why, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}) },
      excludes
    )

  /** Attaches `part` to the file input at `path`, if there is one without a part. */
  refine(path: string, part: Part): void {
    const key = `file:${path}`
    const input = this.byKey.get(key)
    if (input !== undefined && input.part === undefined) this.byKey.set(key, { ...input, part })
  }

  /** The inputs in the order they were added. */
  get all(): Input[] {
    return [...this.byKey.values()]
  }
}
