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
import { within } from '../../util/paths.js'
import { type RootSettings, buildRoots, foldersNamed } from './build-roots.js'
import { readPathsEntry, type PathsEntry } from '../paths-input.js'
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

export interface InputSettings extends RootSettings {
  /** The `paths` input: image name or prefix -> globs (additions keep their leading `+`). */
  readonly paths?: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths?: readonly string[]
  readonly providers: readonly Provider[]
  /** The provider used when no other recognises a root. */
  readonly fallback: Provider
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
