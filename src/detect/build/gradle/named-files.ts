/**
 * Files the scripts of a Gradle build name as string literals, where the build reads them
 * (pure): resources of the builds that provide its plugins, or repository paths.
 */
import type { InputList } from '../collect.js'
import type { SourceTree } from '../types.js'
import { isDockerfile } from '../docker/names.js'
import { interpolations } from './lex.js'
import type { ScriptFacts } from './script.js'
import type { GradleProject } from './settings.js'
import { Wildcards } from '../../../util/glob/wildcards.js'

/** A literal as a path: `${rootDir}/x`, `/x`, `./x` -> `x`; interpolations become wildcards. */
function literalRegex(value: string): { test(path: string): boolean } | undefined {
  const v = value
    .replace(
      /^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir|rootProject\.rootDir)\}?\//,
      ''
    )
    .replace(/^\.?\//, '')
  const literal = (name: RegExp): string[] => {
    const parts: string[] = []
    let last = 0
    for (const x of interpolations(v, name)) {
      parts.push(v.slice(last, x.start))
      last = x.end
    }
    return [...parts, v.slice(last)]
  }
  if (v === '' || /\s/.test(v) || !/[\w]/.test(literal(/\w+/y).join(''))) return undefined
  // A literal names a file by its path, or by a path suffix on a segment boundary; matched
  // without backtracking (many interpolations are many wildcards).
  const w = new Wildcards(literal(/[A-Za-z_]\w*/y), (c) => c !== '/', true)
  return { test: (path) => w.test(path) }
}

/**
 * Adds the files that the scripts `read` name to `add`. `imageDirs`: the folders of the projects
 * that build the image; `builds`: the builds that provide its plugins; `pluginOf`: the plugin id
 * of each plugin script.
 */
export function addNamedFiles(
  read: readonly (readonly [string, ScriptFacts])[],
  project: GradleProject,
  imageDirs: readonly string[],
  builds: Iterable<string>,
  pluginOf: ReadonlyMap<string, string>,
  tree: SourceTree,
  add: InputList['put']
): void {
  const named = read.flatMap(([file, f]) =>
    f.literals.flatMap((l) => {
      const re = literalRegex(l.value)
      return re ? [{ re, file, line: l.line, value: l.value }] : []
    })
  )
  // A shared Dockerfile is a fallback when the scripts also name the project's own one, which exists.
  const ownDockerfile = imageDirs.every((dir) =>
    named.some((n) => {
      const own = `${dir}/${n.value.replace(/^\.?\//, '')}`
      return isDockerfile(own) && !n.value.includes('$') && tree.hasFile(own)
    })
  )
  const candidates = [...builds].flatMap((b) => tree.filesUnder(`${b}/src/main/resources`))
  for (const n of named) {
    const user = pluginOf.has(n.file) ? `plugin ${pluginOf.get(n.file)}` : project.path
    const why = `used by ${user} in ${n.file} line ${n.line}`
    const plain = n.value.replace(
      /^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?\//,
      ''
    )
    for (const f of candidates) {
      const rel = f.slice(f.indexOf('/src/main/resources/') + '/src/main/resources/'.length)
      if (n.re.test(rel) && !(ownDockerfile && isDockerfile(f))) add('file', f, why, n.file, n.line)
    }
    if (
      plain.includes('/') &&
      !plain.includes('$') &&
      !plain.startsWith('/') &&
      !(ownDockerfile && isDockerfile(plain))
    ) {
      if (tree.hasFile(plain)) add('file', plain, why, n.file, n.line)
      else if (tree.hasDir(plain) && plain !== project.dir) add('dir', plain, why, n.file, n.line)
    }
  }
}
