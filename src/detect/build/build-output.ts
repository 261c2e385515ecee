/**
 * Whether the docker builds of an image read a build output, for the build-system providers
 * (Maven, Go) that model a build run outside Docker: they matter only when a Dockerfile copies
 * what that build made. A build whose every Dockerfile copies only files of the repository (it
 * compiles inside Docker, or copies sources) is counted exactly by the Dockerfile provider, so
 * the build-system provider leaves it alone rather than widening it to a whole module.
 */
import { dockerfileInputs, dockerfileOf } from './docker/provider.js'
import type { SourceTree } from './types.js'

/**
 * True when some Dockerfile of the build at `folder` (its own, or one a declared build reads)
 * copies something that is not in the tree (a build output); false when it has Dockerfiles and
 * none does; undefined when it has none (jib, ko, buildpacks: the build makes the image).
 */
export function copiesBuildOutput(
  folder: string,
  tree: SourceTree,
  declared: ReadonlySet<string> = new Set()
): boolean | undefined {
  const files = new Set(declared)
  const own = dockerfileOf(folder, tree)
  if (own !== undefined) files.add(own)
  if (files.size === 0) return undefined
  return [...files].some((f) =>
    dockerfileInputs(f, tree, { root: folder }).unresolved.some((u) => u.output !== undefined)
  )
}
