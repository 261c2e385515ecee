/** Builds to images (placeholder until the matcher lands). */
import type { DeclaredBuild } from './types.js'

export function buildsFor(
  image: { name: string; prefix: string; registryImage?: string; gradleImage?: string },
  builds: readonly DeclaredBuild[]
): DeclaredBuild[] {
  const names = new Set([image.name, image.prefix].map((n) => n.toLowerCase()))
  return builds.filter((b) => b.names.some((n) => names.has(n.toLowerCase())))
}
