/**
 * pip requirements files, as text: the files they include (`-r`, `-c`, with or without `=`),
 * and the local paths they install (`-e ../lib`, `../lib`, `./dist/x.whl`, `file:../lib`,
 * `name @ file:///abs`, `-f ./wheels`). Registry requirements and VCS URLs name nothing of the
 * repository. Continuation lines are joined; comments dropped. Linear.
 */

/** Something a requirements line names in the repository. */
export interface RequirementRef {
  readonly kind: 'include' | 'path'
  /** As written, extras and markers removed (`../lib`, `file:../lib`, `other.txt`). */
  readonly value: string
  readonly line: number
  /** e.g. `-e ../lib`, `-r base.txt`. */
  readonly written: string
}

/** A path a requirement names, or undefined when it names a package of the registry or a VCS URL. */
export function localPath(spec: string): string | undefined {
  let s = spec.trim()
  const at = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\s*\[[^\]]*\])?\s*@\s*(\S.*)$/.exec(s)
  if (at) s = (at[1] as string).trim()
  // Markers and pip options after the requirement.
  const semi = s.indexOf(';')
  if (semi >= 0) s = s.slice(0, semi)
  const option = s.search(/\s-/)
  if (option >= 0) s = s.slice(0, option)
  s = s.trim().replace(/#egg=.*$/, '')
  // Extras: `./lib[dev]`.
  if (s.endsWith(']') && s.includes('[')) s = s.slice(0, s.lastIndexOf('['))
  if (/^file:/i.test(s)) return s
  if (/^(?:\.{1,2}(?:\/|$)|\/|~|\$\{|\{root)/.test(s)) return s
  // pip takes a requirement with a path separator that is no URL for a path (`libs/shared`).
  if (!at && s.includes('/') && !s.includes('://') && !/^[a-z]+\+/i.test(s)) return s
  // A bare archive name in the current folder.
  if (/^[^\s:@/]+\.(?:whl|tar\.gz|zip)$/.test(s)) return s
  return undefined
}

const OPTION =
  /^(-r|--requirement|-c|--constraint|-e|--editable|-f|--find-links)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/

/** The files and local paths a requirements file names. */
export function readRequirements(text: string): RequirementRef[] {
  const out: RequirementRef[] = []
  const lines = text.split(/\r?\n/)
  let joined = ''
  let first = 0
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    if (joined === '') first = i + 1
    if (raw.endsWith('\\')) {
      joined += `${raw.slice(0, -1)} `
      continue
    }
    const line = `${joined}${raw}`.replace(/(?:^|\s)#.*$/, '').trim()
    joined = ''
    if (line === '') continue
    const o = OPTION.exec(line)
    if (o) {
      const flag = o[1] as string
      const value = o[2] as string
      const written = `${flag} ${value}`
      if (/^(?:-r|--requirement|-c|--constraint)$/.test(flag))
        out.push({ kind: 'include', value, line: first, written })
      else {
        // `-e` takes a path or a VCS URL; `-f` a path or an index URL.
        const p = localPath(value) ?? (/:\/\/|^[a-z]+\+/i.test(value) ? undefined : value)
        if (p !== undefined) out.push({ kind: 'path', value: p, line: first, written })
      }
      continue
    }
    if (line.startsWith('-')) continue
    const p = localPath(line)
    if (p !== undefined) out.push({ kind: 'path', value: p, line: first, written: line })
  }
  return out
}

/** Whether `path` is a requirements or constraints file, by its name or folder. */
export function isRequirementsFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (!/\.(?:txt|in)$/.test(base)) return false
  return (
    /(?:requirements|constraints|reqs)/i.test(base) || /(?:^|\/)requirements\/[^/]+$/.test(path)
  )
}

/**
 * A local path as a repository path: relative to `base`, with `${PROJECT_ROOT}` and hatch's
 * `{root}`/`{root:uri}` standing for the project's folder; an error for a path outside the
 * repository (absolute, above its root) or one that uses another variable.
 */
export function localRepoPath(
  value: string,
  base: string,
  project: string
): { readonly path: string } | { readonly error: string } {
  let v = value.replace(/^file:(?:\/\/(?:localhost)?(?=\/))?/i, '')
  const root = /^\/*(?:\$\{PROJECT_ROOT\}|\{root(?::uri|:parent:uri)?\})/.exec(v)
  let from = base
  if (root) {
    v = `.${v.slice(root[0].length)}`
    from = project
  }
  if (/\$|\{|%|^~/.test(v)) return { error: 'uses a variable' }
  if (v.startsWith('/')) return { error: 'is an absolute path, outside the repository' }
  const parts = from.split('/').filter((p) => p !== '')
  for (const seg of v.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg !== '..') parts.push(seg)
    else if (parts.length === 0) return { error: 'leaves the repository' }
    else parts.pop()
  }
  return { path: parts.join('/') }
}
