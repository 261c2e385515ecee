/**
 * An image's inputs, derived from how it is built (pure: a tree listing and build-file texts in,
 * inputs with provenance out).
 *
 * 1. The build root: the folder of a `# --- x in folder ./y` comment that is in the tree; else
 *    the Gradle project that builds the image; else the unique folder named like the image that
 *    holds a build file (Helm charts and source packages hold none); else the only folder of
 *    that name. Several candidates are all counted, with a warning naming the `paths` line that
 *    settles it. No folder at all: any change counts, with a warning.
 * 2. What the build reads at each root: every provider that recognises the build adds its
 *    inputs (Gradle, Dockerfile); the folder provider covers a root that none recognises. A
 *    docker build the repository declares for the image (compose, bake, skaffold, a workflow
 *    step) adds its Dockerfile's inputs read against the declared context; with no Gradle
 *    project, its Dockerfile's folder is the build root.
 * 3. The soundness rule (sound.ts): what a provider could not resolve widens the inputs, with a
 *    warning; the targets of symbolic links among the inputs count too.
 * 4. A `paths` entry replaces the derived inputs (with `+`, adds to them); `shared-paths` count
 *    for every image. `ignore-paths` are applied when changed files are matched.
 */
import type { Image } from '../../files/image-vars.js'
import { foldersNamedIn, within } from '../../util/paths.js'
import { readPathsEntry, type PathsEntry } from '../path-globs.js'
import type { DeclaredBuild } from './context/types.js'
import { declaredBuildInputs } from './declared.js'
import { linkTargets, widen } from './sound.js'
import type {
  BuildRoot,
  DockerBuild,
  Input,
  Provider,
  ProviderResult,
  SourceTree,
  Unresolved
} from './types.js'

/** Finds the Gradle project(s) that build an image: none, one, or several on a name clash. */
export type GradleRootFinder = (
  image: Image,
  tree: SourceTree
) => { readonly roots: readonly BuildRoot[]; readonly warnings: readonly string[] }

export interface InputSettings {
  /** The `paths` input: image name or prefix -> globs (additions keep their leading `+`). */
  readonly paths?: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths?: readonly string[]
  readonly providers: readonly Provider[]
  /** The provider used when no other recognises a root. */
  readonly fallback: Provider
  readonly gradleRoots: GradleRootFinder
  /** Is this folder a build root candidate (it holds a build file)? */
  readonly isBuildRoot: (dir: string, tree: SourceTree) => boolean
  /**
   * Build systems' own ways to name the project that builds an image (a Maven module's
   * artifactId or image plugin, a workspace package's name), asked after Gradle and the
   * declared builds, beside the folders named like the image.
   */
  readonly nameRoots?: readonly ((image: Image, tree: SourceTree) => BuildRoot[])[]
  /** The docker builds the repository declares (compose, bake...), and which are an image's. */
  readonly contexts?: {
    readonly declared: (tree: SourceTree) => {
      readonly builds: readonly DeclaredBuild[]
      readonly warnings: readonly string[]
    }
    readonly match: (image: Image, builds: readonly DeclaredBuild[]) => DeclaredBuild[]
  }
}

export interface ImageInputs {
  readonly image: Image
  /** Where the image is built: none (any change counts, or paths only), one, or several. */
  readonly roots: readonly BuildRoot[]
  readonly inputs: readonly Input[]
  /** Set when any change outside ignore-paths counts for the image: why. */
  readonly any?: string
  /** No folder in the tree is named like the image (was it deleted since its tag?). */
  readonly noFolder: boolean
  readonly warnings: readonly string[]
  readonly baseImages: readonly {
    readonly image: string
    readonly file: string
    readonly line: number
  }[]
  /** The docker builds read for it: Dockerfile, context and how the context was found. */
  readonly builds?: readonly DockerBuild[]
}

/** Folders of the tree whose last name is in `names`: name -> folders, in tree order. */
export function foldersNamed(tree: SourceTree, names: ReadonlySet<string>): Map<string, string[]> {
  const found = foldersNamedIn(tree.files, names)
  return new Map([...found].map(([name, dirs]) => [name, [...dirs].sort()]))
}

const list = (dirs: readonly string[]): string => dirs.map((d) => `${d}/`).join(', ')

interface Roots {
  readonly roots: BuildRoot[]
  readonly warnings: string[]
  readonly noFolder: boolean
}

/** Step 1: where the image is built, each choice stated. */
export function buildRoots(
  image: Image,
  tree: SourceTree,
  named: readonly string[],
  settings: Pick<InputSettings, 'gradleRoots' | 'isBuildRoot' | 'nameRoots'>,
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
  for (const find of settings.nameRoots ?? [])
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

/** The `paths` entry of an image: the globs keyed by its name and by its prefix, merged. */
export function pathsEntryOf(
  image: Image,
  paths: ReadonlyMap<string, readonly string[]> | undefined
): PathsEntry | undefined {
  const globs = [
    ...(paths?.get(image.name) ?? []),
    ...(image.prefix !== image.name ? (paths?.get(image.prefix) ?? []) : [])
  ]
  return globs.length > 0 ? readPathsEntry(image.name, globs) : undefined
}

const globInput = (glob: string, provider: string, why: string): Input => ({
  kind: 'glob',
  path: glob,
  from: { provider, why }
})

/** Step 2: what the build reads at each root; providers that recognise it, else the fallback. */
function derivedInputs(
  image: Image,
  roots: readonly BuildRoot[],
  tree: SourceTree,
  settings: InputSettings,
  declared: readonly DeclaredBuild[]
): Required<Pick<ProviderResult, 'inputs' | 'warnings' | 'baseImages' | 'unresolved' | 'builds'>> {
  const inputs: Input[] = []
  const warnings: string[] = []
  const baseImages: ImageInputs['baseImages'][number][] = []
  const unresolved: Unresolved[] = []
  const builds: DockerBuild[] = []
  const take = (r: ProviderResult): void => {
    inputs.push(...r.inputs)
    warnings.push(...r.warnings)
    baseImages.push(...(r.baseImages ?? []))
    unresolved.push(...(r.unresolved ?? []))
    builds.push(...(r.builds ?? []))
  }
  // The builds the repository declares come first: their contexts are known.
  const fallbackScope = roots[0]?.folder ?? ''
  for (const b of declared) take(declaredBuildInputs(b, tree, fallbackScope))
  const dockerfiles = new Set(builds.map((b) => b.dockerfile))
  /** Build roots a build system (not a Dockerfile) claims: it models what their outputs are made of. */
  const built: string[] = []
  for (const root of roots) {
    let claimed = false
    for (const provider of settings.providers) {
      const r = provider.inputsOf(image, root, tree, dockerfiles)
      if (!r.claimed) continue
      claimed = true
      if (provider.name !== 'docker') built.push(root.folder)
      take(r)
    }
    if (!claimed) inputs.push(...settings.fallback.inputsOf(image, root, tree).inputs)
  }
  const settled = (u: Unresolved): boolean =>
    u.output !== undefined && built.some((d) => within(u.output as string, d))
  return { inputs, warnings, baseImages, unresolved: unresolved.filter((u) => !settled(u)), builds }
}

/** Inputs without repeats: the first provenance of a path wins. */
function dedupe(inputs: readonly Input[]): Input[] {
  const seen = new Set<string>()
  return inputs.filter((i) => {
    const key = `${i.kind}\0${i.path}\0${(i.excludes ?? []).join('\0')}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Every image's inputs over one tree (see the module comment for the rules). */
export function resolveInputs(
  images: readonly Image[],
  tree: SourceTree,
  settings: InputSettings
): ImageInputs[] {
  return images.map(inputResolver(images, tree, settings))
}

/**
 * The inputs of one image at a time, over one tree: what resolveInputs answers for it, so that a
 * caller can start on some images before the others are resolved. `images` are all the images
 * that may be asked about (their folders are looked up in one pass).
 */
export function inputResolver(
  images: readonly Image[],
  tree: SourceTree,
  settings: InputSettings
): (image: Image) => ImageInputs {
  const named = foldersNamed(tree, new Set(images.map((i) => i.name)))
  const contexts = settings.contexts
  const declared = contexts ? contexts.declared(tree) : { builds: [], warnings: [] }
  const shared = (settings.sharedPaths ?? []).map((g) =>
    globInput(g, 'shared-paths', 'shared-paths')
  )
  return (image) => {
    const entry = pathsEntryOf(image, settings.paths)
    const own = (entry?.globs ?? []).map((g) =>
      globInput(g, 'paths', `paths entry for ${image.name}`)
    )
    if (entry && !entry.extend) {
      return {
        image,
        roots: [],
        inputs: dedupe([...own, ...shared]),
        noFolder: false,
        warnings: [],
        baseImages: [],
        builds: []
      }
    }
    const mine = contexts ? contexts.match(image, declared.builds) : []
    const found = buildRoots(image, tree, named.get(image.name) ?? [], settings, mine)
    const derived = derivedInputs(image, found.roots, tree, settings, mine)
    const scope = found.roots[0]?.folder ?? ''
    const linked = linkTargets(derived.inputs, tree, scope)
    const sound = widen(
      image.name,
      [...derived.inputs, ...linked.inputs],
      [...derived.unresolved, ...linked.unresolved]
    )
    // A reader's warnings (a compose file that is not valid YAML) concern every image.
    const warnings = [
      ...found.warnings,
      ...derived.warnings,
      ...sound.warnings,
      ...declared.warnings
    ]
    // A declared folder that is gone still counts: its deletion is a change.
    const gone: Input[] =
      image.folder !== undefined && !tree.hasDir(image.folder)
        ? [
            {
              kind: 'dir',
              path: image.folder,
              from: { provider: 'image-vars', why: 'folder of image_vars.src' }
            }
          ]
        : []
    const inputs = dedupe([...sound.inputs, ...gone, ...own, ...shared])
    let any: string | undefined
    if (found.roots.length === 0 && own.length === 0) {
      any = `no build root: no folder named ${image.name} and no paths entry`
      warnings.push(
        `${image.name}: ${any}; any change outside ignore-paths counts for it. ` +
          `Add a paths entry (e.g. "${image.name}: path/to/${image.name}/**") to name its inputs.`
      )
    } else if (found.roots.length === 0) {
      warnings.push(
        `${image.name}: no folder named ${image.name} in the head tree; only its paths globs count`
      )
    }
    return {
      image,
      roots: found.roots,
      inputs,
      ...(any !== undefined ? { any } : {}),
      noFolder: found.noFolder,
      warnings,
      baseImages: derived.baseImages,
      builds: derived.builds
    }
  }
}
