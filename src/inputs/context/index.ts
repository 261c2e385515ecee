/** The build-context readers (placeholder until the readers land). */
import type { SourceTree } from '../types.js'
import type { ContextReader, DeclaredBuild } from './types.js'

export const CONTEXT_READERS: readonly ContextReader[] = []

export function wantsContext(path: string): boolean {
  return CONTEXT_READERS.some((r) => r.wants(path))
}

export function declaredBuilds(tree: SourceTree): { builds: DeclaredBuild[]; warnings: string[] } {
  const builds: DeclaredBuild[] = []
  const warnings: string[] = []
  for (const r of CONTEXT_READERS) {
    const found = r.builds(tree)
    builds.push(...found.builds)
    warnings.push(...found.warnings)
  }
  return { builds, warnings }
}
