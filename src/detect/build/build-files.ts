/** The files that make a folder a candidate build root. */
import { at } from '../../util/paths.js'
import type { SourceTree } from './types.js'

/** File names that make the folder holding them a build root candidate. */
export const BUILD_FILES: readonly string[] = [
  'Dockerfile',
  'Containerfile',
  'build.gradle',
  'build.gradle.kts',
  'package.json',
  'pyproject.toml',
  'go.mod',
  'pom.xml'
]

/** Whether `dir` ('' is the root) directly holds one of the BUILD_FILES. */
export function isBuildRootCandidate(dir: string, tree: SourceTree): boolean {
  return BUILD_FILES.some((f) => tree.hasFile(at(dir, f)))
}
