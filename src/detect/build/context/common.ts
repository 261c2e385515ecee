/**
 * What the build-context readers share: repository paths, remote contexts, and the shape of a
 * reader's result. Pure; nothing here throws.
 */
import { joinPath } from '../../../util/paths.js'
import type { DeclaredBuild } from './types.js'

/** The basename of a path. */
export function baseOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? path : path.slice(i + 1)
}

/**
 * Where a relative path written in a file leads: resolved from the repository folder `base`,
 * `.`, `..`, `./x`, `x/` and doubled slashes normalised. `leaves` when it climbs above the
 * repository root, `absolute` when it is an absolute path of the machine.
 */
export type Resolved =
  { readonly path: string } | { readonly leaves: true } | { readonly absolute: true }

export function resolvePath(base: string, rel: string): Resolved {
  if (rel.startsWith('/') || rel.startsWith('~') || /^[A-Za-z]:[\\/]/.test(rel)) {
    return { absolute: true }
  }
  const path = joinPath(base, rel.replace(/\\/g, '/'))
  return path === undefined ? { leaves: true } : { path }
}

/**
 * True when a build context is not a folder of the repository: a URL (`https://`, `git://`,
 * `ssh://`, any `scheme://`), an scp-style git remote (`git@host:repo`), or a remote Docker
 * recognises without a scheme (`github.com/...`).
 */
export function isRemote(context: string): boolean {
  return (
    /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(context) ||
    /^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+:/.test(context) ||
    /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(context)
  )
}

/** A build being put together by a reader. */
export interface Draft {
  names: string[]
  context: string | undefined
  dockerfile?: string
  inline?: boolean
  file: string
  line: number
  what: string
  extraFiles: string[]
  unresolved: string[]
}

/** Freezes a draft into a DeclaredBuild: names and extra files once each, optional fields only when set. */
export function finish(d: Draft): DeclaredBuild {
  const names = [...new Set(d.names.filter((n) => n !== ''))]
  const extraFiles = [...new Set(d.extraFiles)].filter((f) => f !== d.file)
  return {
    names,
    context: d.context,
    ...(d.dockerfile !== undefined ? { dockerfile: d.dockerfile } : {}),
    ...(d.inline ? { inline: true } : {}),
    file: d.file,
    line: d.line,
    what: d.what,
    extraFiles,
    unresolved: [...new Set(d.unresolved)]
  }
}

/**
 * Sets the context of a draft from a path written in `file` and resolved from `base`:
 * a remote, an absolute path or a path above the root leaves it unresolved, with the reason.
 * `label` names the value in the reason (`context`, `build`).
 */
export function setContext(d: Draft, base: string, written: string, label = 'context'): void {
  if (written === '-') {
    d.context = undefined
    d.unresolved.push(`${label} - is read from standard input`)
    return
  }
  if (isRemote(written)) {
    d.context = undefined
    d.unresolved.push(`${label} ${written} is a remote (URL or git) context`)
    return
  }
  const r = resolvePath(base, written)
  if ('path' in r) d.context = r.path
  else {
    d.context = undefined
    d.unresolved.push(
      'leaves' in r
        ? `${label} ${written} leaves the repository`
        : `${label} ${written} is an absolute path`
    )
  }
}

/**
 * Sets the Dockerfile of a draft from a path written relative to `base` (the context, or the
 * working folder for `docker build -f`). Undefined base (an unresolved context) leaves it unresolved.
 */
export function setDockerfile(
  d: Draft,
  base: string | undefined,
  written: string,
  label = 'dockerfile'
): void {
  if (written === '-') {
    d.unresolved.push(`${label} - is read from standard input`)
    return
  }
  if (isRemote(written)) {
    d.unresolved.push(`${label} ${written} is a URL`)
    return
  }
  const r = resolvePath(base ?? '', written)
  if ('absolute' in r) d.unresolved.push(`${label} ${written} is an absolute path`)
  else if ('leaves' in r) d.unresolved.push(`${label} ${written} leaves the repository`)
  else if (base === undefined) {
    // The context is unresolved already; a Dockerfile relative to it is too.
    if (!d.unresolved.some((u) => u.startsWith(`${label} `))) {
      d.unresolved.push(`${label} ${written} is relative to a context that is not known`)
    }
  } else d.dockerfile = r.path
}

/** A file's text, or a warning that it could not be read (it was wanted, so this is rare). */
export function readable(
  text: string | undefined,
  file: string,
  warnings: string[]
): text is string {
  if (text !== undefined) return true
  warnings.push(`${file}: not read; its builds are not known`)
  return false
}

/** The 1-based line of an offset, through the offsets where lines start. */
export function lineStarts(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

/** A short form of a value for a message (long values cut, line breaks shown as spaces). */
export function shown(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
