/**
 * The build providers in use, and the head tree they read: one `git ls-tree -r` for the listing
 * and one `git cat-file --batch` for every build file any provider wants.
 */
import type { Git } from '../git.js'
import type { InputSettings } from './resolve.js'
import { makeTree } from './tree.js'
import type { Provider, SourceTree } from './types.js'

/** The folder provider: the build root itself, for a build no other provider recognises. */
export const folderProvider: Provider = {
  name: 'folder',
  wants: () => false,
  inputsOf: (_image, root) => ({
    claimed: true,
    warnings: [],
    inputs: [
      {
        kind: 'dir',
        path: root.folder,
        from: { provider: 'folder', why: `build root ${root.folder}/` }
      }
    ]
  })
}

const BUILD_FILES = new Set([
  'Dockerfile',
  'Containerfile',
  'build.gradle',
  'build.gradle.kts',
  'package.json',
  'pyproject.toml',
  'go.mod',
  'pom.xml'
])

/** The providers, in the order their inputs are listed. */
export const PROVIDERS: readonly Provider[] = []

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
    gradleRoots: () => [],
    isBuildRoot: (dir, tree) => [...BUILD_FILES].some((f) => tree.hasFile(`${dir}/${f}`))
  }
}

/** The head tree with the texts of the build files that the providers want. */
export async function loadTree(
  git: Git,
  commit: string,
  providers: readonly Provider[] = PROVIDERS
): Promise<SourceTree> {
  const files = await git.listFiles(commit)
  const wanted = files.filter((f) => providers.some((p) => p.wants(f)))
  const texts = wanted.length > 0 ? await git.readFiles(commit, wanted) : new Map<string, string>()
  return makeTree(files, texts)
}
