/**
 * The build providers in use, and the head tree they read: one `git ls-tree -r` for the listing
 * and one `git cat-file --batch` for every build file any provider wants, read by blob id.
 */
import type { Git } from '../git.js'
import { isBuildRootCandidate } from './build-files.js'
import { dockerProvider } from './docker.js'
import { folderProvider } from './folder.js'
import { gradleProvider } from './gradle.js'
import { findBuildRootByGradle } from './gradle-settings.js'
import type { InputSettings } from './resolve.js'
import { makeTree } from './tree.js'
import type { Provider, SourceTree } from './types.js'

/** The providers, in the order their inputs are listed. A new build system is one more here. */
export const PROVIDERS: readonly Provider[] = [gradleProvider, dockerProvider]

/** The settings of resolveInputs with the default providers. */
export function inputSettings(
  paths: InputSettings['paths'],
  sharedPaths: InputSettings['sharedPaths']
): InputSettings {
  return {
    ...(paths ? { paths } : {}),
    ...(sharedPaths ? { sharedPaths } : {}),
    providers: PROVIDERS,
    fallback: folderProvider,
    gradleRoots: findBuildRootByGradle,
    isBuildRoot: isBuildRootCandidate
  }
}

/** The head tree with the texts of the build files that the providers want. */
export async function loadTree(
  git: Git,
  commit: string,
  providers: readonly Provider[] = PROVIDERS
): Promise<SourceTree> {
  // Paths that cannot be written on one line were never read by path; they still are not.
  const { files, blobs } = await git.listFilesAndBlobs(
    commit,
    (f) => providers.some((p) => p.wants(f)) && !/[\n\r]/.test(f)
  )
  const byOid = await git.readBlobs([...new Set(blobs.values())])
  const texts = new Map<string, string>()
  for (const [path, oid] of blobs) {
    const text = byOid.get(oid)
    if (text !== undefined) texts.set(path, text)
  }
  return makeTree(files, texts)
}
