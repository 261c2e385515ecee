/**
 * Turns a manual intent as people write it (image names, maybe no version) into one the engine
 * takes (prefixes, explicit versions), and checks every version names an existing tag. All of it
 * happens before anything is written.
 */
import type { Intent } from './intent.js'
import { resolveImages, type Image } from '../files/image-vars.js'
import { PlanError } from './decision.js'
import {
  compareReleases,
  parseRelease,
  tryParseRelease,
  type ReleaseVersion
} from '../util/version.js'

export interface ResolveDeps {
  /** The text of versions.txt, if the repository has one. */
  readonly versionsTxt: string | undefined
  /**
   * Lists the tags a version must be one of; called at most once, and only when a tag must be
   * checked. Absent (the CLI's offline pin): versions are checked for their form only.
   */
  readonly remoteTags?: () => Promise<readonly string[]>
  /** The tag of the repository's latest GitHub release, undefined when there is none. */
  readonly latestRelease?: () => Promise<string | undefined>
}

/** Where a defaulted pin version came from, for the summary. */
export type VersionSource = 'versions.txt' | 'latest release' | 'newest v* tag'

/** A resolved intent, and where its version came from when none was given. */
export interface Resolution {
  readonly intent: Intent
  readonly versionSource?: VersionSource
}

/**
 * A version numbered by date (`v2024.10.24`, `release-2024.10.24`, `v20241024.0.0`): a major of
 * 1900 or more. Such tags are often a second, unrelated series, never the project's version.
 */
export function isDateShaped(version: ReleaseVersion): boolean {
  return version.semver.major >= 1900
}

/**
 * The newest release of one series (`v` or `release-`: the two are never compared) among some
 * names, by semver; invalid names and, unless asked for, prereleases are ignored. Date-shaped
 * versions count only when the series has no other. A name is taken exactly as it is, never
 * trimmed: a tag `v1.2.3` followed by a no-break space is not a release, and must not stand for
 * the tag `v1.2.3`.
 */
export function newestRelease(
  names: readonly string[],
  series: ReleaseVersion['form'],
  includePrereleases = false
): string | undefined {
  const releases = names
    .map((n) => tryParseRelease(n))
    .filter(
      (v): v is ReleaseVersion =>
        v !== undefined && v.form === series && (includePrereleases || !v.prerelease)
    )
  const plain = releases.filter((v) => !isDateShaped(v))
  const pool = plain.length > 0 ? plain : releases
  pool.sort(compareReleases)
  return pool[pool.length - 1]?.raw
}

/**
 * versions.txt's last release: the newest of the series of its last (non-prerelease) line. A
 * line loses its ASCII blanks (spaces, tabs, CR) at either end, as `tail -1` and bash would
 * split them off; no other character (a no-break or ideographic space) is ever trimmed.
 */
function fromVersionsTxt(text: string | undefined): string | undefined {
  const lines = (text ?? '').split('\n').map((l) => l.replace(/^[ \t\r]+|[ \t\r]+$/g, ''))
  const last = lines
    .map((l) => tryParseRelease(l))
    .filter((v): v is ReleaseVersion => v !== undefined && !v.prerelease)
    .pop()
  return last && newestRelease(lines, last.form)
}

/** The repository's latest GitHub release, when it is a plain (not date-shaped) release. */
async function fromLatestRelease(deps: ResolveDeps): Promise<string | undefined> {
  const tag = await deps.latestRelease?.()
  const v = tag === undefined ? undefined : tryParseRelease(tag)
  return v && !v.prerelease && !isDateShaped(v) ? v.raw : undefined
}

/** The version to pin to when none is given, and where it came from. */
async function defaultVersion(
  deps: ResolveDeps,
  remote: () => Promise<readonly string[]>
): Promise<{ version: string; source: VersionSource }> {
  const txt = fromVersionsTxt(deps.versionsTxt)
  if (txt) return { version: txt, source: 'versions.txt' }
  const latest = await fromLatestRelease(deps)
  if (latest) return { version: latest, source: 'latest release' }
  const tag = newestRelease(await remote(), 'v')
  if (tag) return { version: tag, source: 'newest v* tag' }
  throw new PlanError(
    'No version to pin to: set the version input (versions.txt has no release, the repository has no latest release, and there is no v* tag)'
  )
}

/**
 * Resolves image names to prefixes and, for a pin without a version, picks one: versions.txt's
 * last release, else the latest GitHub release, else the newest v* tag. Every version must be
 * an existing tag. Says where a picked version came from.
 */
export async function resolveWithSource(
  intent: Intent,
  images: readonly Image[],
  deps: ResolveDeps
): Promise<Resolution> {
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
      let versionSource: VersionSource | undefined
      if (!targets && version === undefined) {
        ;({ version, source: versionSource } = await defaultVersion(deps, remote))
      }
      for (const v of new Set([...(version ? [version] : []), ...(targets?.values() ?? [])]))
        await mustExist(v)
      const resolved: Intent = {
        kind: 'pin',
        ...(version !== undefined ? { version } : {}),
        ...(only ? { only } : {}),
        ...(targets ? { targets } : {}),
        manual: intent.manual === true
      }
      return versionSource ? { intent: resolved, versionSource } : { intent: resolved }
    }
    case 'unpin':
      return {
        intent:
          intent.prefixes === 'all'
            ? intent
            : {
                kind: 'unpin',
                prefixes: resolveImages(images, intent.prefixes).map((i) => i.prefix)
              }
      }
    case 'release':
      await mustExist(intent.version)
      return { intent }
    default:
      return { intent }
  }
}
