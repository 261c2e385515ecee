// Only the parts of semver used here: the whole package builds every range parser at load, which
// the action's fast skip path (early-skip.ts) would pay for.
import compare from 'semver/functions/compare.js'
import parse from 'semver/functions/parse.js'
import type { SemVer } from 'semver'
import { escapeForMessage } from './escape.js'
import { KnownError } from './errors.js'

/** A release version: `vX.Y.Z` (test releases) or `release-X.Y.Z` (manual prod releases). */
export interface ReleaseVersion {
  readonly raw: string
  readonly form: 'v' | 'release'
  readonly semver: SemVer
  readonly prerelease: boolean
}

export const ACCEPTED_FORMS = 'vX.Y.Z or release-X.Y.Z (semver, optional -prerelease and +build)'

/** The 7-hex short sha that an unpinned image is tagged with. */
export const SHORT_SHA = /^[0-9a-f]{7}$/

// A strict subset of semver: no leading "=" or spaces, no loose parsing.
// Every character it admits is inert inside bash double quotes.
const RELEASE =
  /^(v|release-)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)$/

const MAX_LENGTH = 128

export class VersionError extends KnownError {
  override name = 'VersionError'
  get id(): string {
    return 'version'
  }
}

/** Parses a release version, or returns undefined. */
export function tryParseRelease(value: string): ReleaseVersion | undefined {
  if (value.length > MAX_LENGTH) return undefined
  const m = RELEASE.exec(value)
  if (!m) return undefined
  const parsed = parse(m[2])
  if (!parsed) return undefined
  return {
    raw: value,
    form: m[1] === 'v' ? 'v' : 'release',
    semver: parsed,
    prerelease: parsed.prerelease.length > 0
  }
}

/** Parses a release version or throws an error that shows the value and the accepted forms. */
export function parseRelease(value: string, what = 'version'): ReleaseVersion {
  const v = tryParseRelease(value)
  if (!v) {
    throw new VersionError(
      `Invalid ${what} ${escapeForMessage(value)}: expected ${ACCEPTED_FORMS}, e.g. v1.2.3 or release-1.2.3`
    )
  }
  return v
}

/** True for a value that may stand as an image version: a release or a 7-hex sha. */
export function isImageVersion(value: string): boolean {
  return SHORT_SHA.test(value) || tryParseRelease(value) !== undefined
}

/** Orders release versions by semver precedence; `release-` after `v` on a tie. */
export function compareReleases(a: ReleaseVersion, b: ReleaseVersion): number {
  return compare(a.semver, b.semver) || (a.form === b.form ? 0 : a.form === 'v' ? -1 : 1)
}
