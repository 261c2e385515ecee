/**
 * Step 1 of resolve-inputs.ts (pure): where an image is built. The folder of a
 * `# --- x in folder ./y` comment that is in the tree; else the Gradle project that builds the
 * image; else the folders of the docker builds declared for it; else the projects that build
 * systems name like it, with the folders named like it that hold a build file; else the unique
 * folder named like the image that holds a build file; else the only folder of that name.
 * Several candidates are all counted, with a warning naming the `paths` line that settles it.
 */
import type { Image } from '../../files/image-vars.js'
import { foldersNamedIn } from '../../util/paths.js'
import type { DeclaredBuild } from './context/types.js'
import type { BuildRoot, SourceTree } from './types.js'

/** Finds the Gradle project(s) that build an image: none, one, or several on a name clash. */
export type GradleRootFinder = (
  image: Image,
  tree: SourceTree
) => { readonly roots: readonly BuildRoot[]; readonly warnings: readonly string[] }

/** How build roots are found. */
export interface RootSettings {
  readonly gradleRoots: GradleRootFinder
  /** Is this folder a build root candidate (it holds a build file)? */
  readonly isBuildRoot: (dir: string, tree: SourceTree) => boolean
  /**
   * Build systems' own ways to name the project that builds an image (a Maven module's
   * artifactId or image plugin, a workspace package's name), asked after Gradle and the
   * declared builds, beside the folders named like the image.
   */
  readonly nameRoots: readonly ((image: Image, tree: SourceTree) => BuildRoot[])[]
}

/** Folders of the tree whose last name is in `names`: name -> folders, sorted. */
export function foldersNamed(tree: SourceTree, names: ReadonlySet<string>): Map<string, string[]> {
  const found = foldersNamedIn(tree.files, names)
  return new Map([...found].map(([name, dirs]) => [name, [...dirs].sort()]))
}

const list = (dirs: readonly string[]): string => dirs.map((d) => `${d}/`).join(', ')

export interface Roots {
  readonly roots: BuildRoot[]
  readonly warnings: string[]
  readonly noFolder: boolean
}

/** Step 1: where the image is built, each choice stated. */
export function buildRoots(
  image: Image,
  tree: SourceTree,
  named: readonly string[],
  settings: RootSettings,
  declared: readonly DeclaredBuild[] = []
): Roots {
  const warnings: string[] = []
  if (image.folder !== undefined) {
    if (tree.hasDir(image.folder)) {
      return {
        roots: [
          {
            folder: image.folder,
            how: `# --- ${image.name} in folder ./${image.folder} of image_vars.src`
          }
        ],
        warnings,
        noFolder: false
      }
    }
    warnings.push(
      `${image.name}: folder ${image.folder}/ of image_vars.src is not in the head tree; ` +
        `its build root is looked up by name instead`
    )
  }
  const found = settings.gradleRoots(image, tree)
  const gradle = found.roots
  // On a clash the warning below names the paths line that settles it.
  if (gradle.length <= 1) warnings.push(...found.warnings)
  if (gradle.length === 1) return { roots: [...gradle], warnings, noFolder: false }
  const settle = (dirs: readonly string[]): string =>
    `add a paths line to choose, e.g. "${image.name}: ${dirs[0]}/**"`
  if (gradle.length > 1) {
    const dirs = gradle.map((r) => r.folder)
    warnings.push(
      `${image.name}: ${gradle.length} Gradle projects could build it (${list(dirs)}); counting all of them; ${settle(dirs)}`
    )
    return { roots: [...gradle], warnings, noFolder: false }
  }
  const fromDeclared = declaredRoots(declared, tree)
  if (fromDeclared.length > 0) return { roots: fromDeclared, warnings, noFolder: false }
  const withBuild = named.filter((d) => settings.isBuildRoot(d, tree))
  const byName = new Map<string, BuildRoot>()
  for (const find of settings.nameRoots)
    for (const r of find(image, tree)) if (!byName.has(r.folder)) byName.set(r.folder, r)
  if (byName.size > 0) {
    // A folder named like the image that holds a build file is a candidate too: all count.
    for (const d of withBuild)
      if (!byName.has(d))
        byName.set(d, { folder: d, how: `the folder named ${image.name} with a build file` })
    const roots = [...byName.values()]
    if (roots.length > 1) {
      const dirs = roots.map((r) => r.folder)
      warnings.push(
        `${image.name}: ${roots.length} projects could build it (${list(dirs)}); counting all of them; ${settle(dirs)}`
      )
    }
    return { roots, warnings, noFolder: false }
  }
  const pick = withBuild.length > 0 ? withBuild : named
  const what = withBuild.length > 0 ? ' with a build file' : ''
  if (pick.length === 1) {
    const only = withBuild.length > 0 ? 'folder' : 'only folder'
    return {
      roots: [{ folder: pick[0] as string, how: `the ${only} named ${image.name}${what}` }],
      warnings,
      noFolder: false
    }
  }
  if (pick.length > 1) {
    warnings.push(
      `${image.name}: ${pick.length} folders named ${image.name}${what} (${list(pick)}); counting all of them; ${settle(pick)}`
    )
    return {
      roots: pick.map((folder) => ({
        folder,
        how: `one of ${pick.length} folders named ${image.name}${what}`
      })),
      warnings,
      noFolder: false
    }
  }
  return { roots: [], warnings, noFolder: true }
}

/** The folders of the Dockerfiles of the builds declared for an image, each once. */
function declaredRoots(declared: readonly DeclaredBuild[], tree: SourceTree): BuildRoot[] {
  const roots = new Map<string, BuildRoot>()
  for (const b of declared) {
    if (b.context === undefined) continue
    const file = b.dockerfile ?? (b.context === '' ? 'Dockerfile' : `${b.context}/Dockerfile`)
    const folder = b.inline ? b.context : file.slice(0, Math.max(0, file.lastIndexOf('/')))
    if (roots.has(folder) || !tree.hasDir(folder)) continue
    roots.set(folder, {
      folder,
      how: b.inline ? `the build context of ${b.what}` : `the folder of the Dockerfile of ${b.what}`
    })
  }
  return [...roots.values()]
}
