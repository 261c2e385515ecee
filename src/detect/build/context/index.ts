/** The build-context readers, and every build the repository declares through them. */
import type { SourceTree } from '../types.js'
import { bakeReader } from './bake/bake.js'
import { composeReader } from './compose.js'
import { skaffoldReader } from './skaffold.js'
import type { ContextReader, DeclaredBuild } from './types.js'
import { workflowsReader } from './workflows/workflows.js'

export const CONTEXT_READERS: readonly ContextReader[] = [
  composeReader,
  bakeReader,
  skaffoldReader,
  workflowsReader
]

/** True when some reader reads this file (decided from the path alone). */
export function wantsContext(path: string): boolean {
  return CONTEXT_READERS.some((r) => r.wants(path))
}

/** Every build every reader finds, with their warnings; a reader that throws is a warning. */
export function declaredBuilds(tree: SourceTree): {
  readonly builds: DeclaredBuild[]
  readonly warnings: string[]
} {
  const builds: DeclaredBuild[] = []
  const warnings: string[] = []
  for (const r of CONTEXT_READERS) {
    try {
      const found = r.builds(tree)
      builds.push(...found.builds)
      warnings.push(...found.warnings)
    } catch (e) {
      warnings.push(
        `${r.name} files: not read (${(e as Error).message}); their builds are not known`
      )
    }
  }
  return { builds, warnings }
}
