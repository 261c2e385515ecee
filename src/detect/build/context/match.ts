/**
 * Which declared builds build an image (pure): a build matches when one of its names, with the
 * registry host, tag and digest dropped, is the image's name or prefix, or its registry or
 * Gradle image name from image_vars.src, compared whole or by the last path segment, ignoring case.
 */
import type { DeclaredBuild } from './types.js'

/** The image as image_vars.src names it. */
export interface NamedImage {
  readonly name: string
  readonly prefix: string
  readonly registryImage?: string
  readonly gradleImage?: string
}

/** The text with `${...}` groups blanked (same length), so their colons and slashes do not count. */
function blankGroups(s: string): string {
  let out = ''
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string
    if (c === '$' && s[i + 1] === '{') {
      depth++
      out += '  '
      i++
    } else if (depth > 0) {
      if (c === '}') depth--
      out += ' '
    } else out += c
  }
  return out
}

/**
 * A name without registry host, tag and digest, lower-cased: `ghcr.io/o/api:1.2@sha256:...` →
 * `o/api`. Undefined when nothing is left, or when the last segment still uses a variable.
 */
export function normaliseName(raw: string): string | undefined {
  let s = raw.trim()
  const at = s.indexOf('@')
  if (at >= 0) s = s.slice(0, at)
  const blank = blankGroups(s)
  const slash = blank.lastIndexOf('/')
  const colon = blank.indexOf(':', slash + 1)
  if (colon >= 0) s = s.slice(0, colon)
  const parts = s.split('/')
  // A first segment with a dot or a port, or `localhost`, is a registry host.
  const first = parts[0] ?? ''
  if (parts.length > 1 && (/[.:]/.test(first) || first === 'localhost')) parts.shift()
  const last = parts[parts.length - 1] ?? ''
  if (last === '' || last.includes('$')) return undefined
  return parts.join('/').toLowerCase()
}

/** The forms a name is compared in: whole, and its last path segment. */
function forms(name: string): string[] {
  const i = name.lastIndexOf('/')
  return i < 0 ? [name] : [name, name.slice(i + 1)]
}

/** The builds whose names name this image. */
export function buildsFor(image: NamedImage, builds: readonly DeclaredBuild[]): DeclaredBuild[] {
  const wanted = new Set<string>()
  for (const n of [image.name, image.prefix, image.registryImage, image.gradleImage]) {
    const norm = n === undefined ? undefined : normaliseName(n)
    if (norm !== undefined) for (const f of forms(norm)) wanted.add(f)
  }
  return builds.filter((b) =>
    b.names.some((raw) => {
      const norm = normaliseName(raw)
      return norm !== undefined && forms(norm).some((f) => wanted.has(f))
    })
  )
}
