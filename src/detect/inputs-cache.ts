/**
 * Images' inputs over one head tree, each resolved on first use: change detection resolves a
 * tag's images when it takes the tag up, so the first diffs run while the others are resolved
 * (changes.ts).
 */
import type { Image } from '../files/image-vars.js'
import type { ImageInputs } from './build/resolve-inputs.js'

/** Images' inputs, each resolved once, on first use; a failure is kept and thrown on `of`. */
export class InputCache {
  readonly all = new Map<string, ImageInputs>()
  private readonly failed = new Map<string, unknown>()

  constructor(private readonly resolve: (image: Image) => ImageInputs) {}

  of(image: Image): ImageInputs {
    const known = this.all.get(image.prefix)
    if (known) return known
    if (this.failed.has(image.prefix)) throw this.failed.get(image.prefix)
    try {
      const r = this.resolve(image)
      this.all.set(image.prefix, r)
      return r
    } catch (e) {
      this.failed.set(image.prefix, e)
      throw e
    }
  }

  /** The inputs of these images, or undefined when one of them cannot be resolved. */
  some(images: readonly Image[]): ImageInputs[] | undefined {
    try {
      return images.map((i) => this.of(i))
    } catch {
      return undefined
    }
  }
}
