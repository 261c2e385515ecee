/**
 * Turns a manual intent as people write it (image names, maybe no version) into one the engine
 * takes (prefixes, explicit versions), and checks every version names an existing tag. All of it
 * happens before anything is written.
 */
import type { Intent } from './decide.js'
import { resolveImages, type Image } from './image-vars.js'
import { PlanError } from './plan.js'
import { compareReleases, parseRelease, tryParseRelease, type ReleaseVersion } from './version.js'

export interface ResolveDeps {
  /** The text of versions.txt, if the repository has one. */
  readonly versionsTxt: string | undefined
  /**
   * Lists the tags a version must be one of; called at most once, and only when a tag must be
   * checked. Absent (the CLI's offline pin): versions are checked for their form only.
   */
  readonly remoteTags?: () => Promise<readonly string[]>
}

/** The newest release among some names (invalid names are ignored). */
export function newestRelease(
  names: readonly string[],
  includePrereleases = false
): string | undefined {
  const releases = names
    .map((n) => tryParseRelease(n.trim()))
    .filter((v): v is ReleaseVersion => v !== undefined && (includePrereleases || !v.prerelease))
  releases.sort(compareReleases)
  return releases[releases.length - 1]?.raw
}

export async function resolveIntent(
  intent: Intent,
  images: readonly Image[],
  deps: ResolveDeps
): Promise<Intent> {
  let tags: readonly string[] | undefined
  const remote = async (): Promise<readonly string[]> =>
    (tags ??= deps.remoteTags ? await deps.remoteTags() : [])
  const mustExist = async (version: string): Promise<void> => {
    parseRelease(version)
    if (deps.remoteTags && !(await remote()).includes(version)) {
      throw new PlanError(
        `Tag ${version} does not exist on the remote. Pick an existing release tag, or create the release first.`
      )
    }
  }
  switch (intent.kind) {
    case 'pin': {
      let targets: Map<string, string> | undefined
      for (const [ref, v] of intent.targets ?? []) {
        const image = resolveImages(images, [ref])[0] as Image
        targets ??= new Map()
        if (targets.has(image.prefix)) {
          throw new PlanError(`Input images names ${image.name} twice (by name and by prefix)`)
        }
        targets.set(image.prefix, v)
      }
      const only = intent.only ? resolveImages(images, intent.only).map((i) => i.prefix) : undefined
      let version = intent.version
      if (!targets && version === undefined) {
        version =
          newestRelease((deps.versionsTxt ?? '').split(/\r?\n/)) ?? newestRelease(await remote())
        if (version === undefined) {
          throw new PlanError(
            'No version to pin to: set the version input (no release in versions.txt and no v*/release-* tag)'
          )
        }
      }
      for (const v of new Set([...(version ? [version] : []), ...(targets?.values() ?? [])]))
        await mustExist(v)
      return {
        kind: 'pin',
        ...(version !== undefined ? { version } : {}),
        ...(only ? { only } : {}),
        ...(targets ? { targets } : {}),
        manual: intent.manual === true
      }
    }
    case 'unpin':
      return intent.prefixes === 'all'
        ? intent
        : { kind: 'unpin', prefixes: resolveImages(images, intent.prefixes).map((i) => i.prefix) }
    case 'release':
      await mustExist(intent.version)
      return intent
    default:
      return intent
  }
}
