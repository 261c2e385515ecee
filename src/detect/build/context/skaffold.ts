/**
 * Skaffold files (`skaffold.yaml|yml`, in any folder, every YAML document): each artifact of
 * `build.artifacts` and of `profiles[].build.artifacts` is a build. `context` (default `.`) is
 * relative to the skaffold file's folder, `docker.dockerfile` (default `Dockerfile`) to the
 * context. Artifacts built without a Dockerfile (jib, buildpacks, bazel, ko, custom) are listed
 * with their context and no Dockerfile, unresolved.
 */
import { dirOf } from '../../../util/paths.js'
import { baseOf, finish, readable, setContext, setDockerfile, shown, type Draft } from './common.js'
import type { ContextReader, DeclaredBuild } from './types.js'
import { parseYaml, Yaml } from './yaml.js'

export function isSkaffoldFile(path: string): boolean {
  if (!path.endsWith('.yml') && !path.endsWith('.yaml')) return false
  return /^skaffold\.ya?ml$/.test(baseOf(path))
}

/** Builders that do not read a Dockerfile, in the words of the reason. */
const OTHER_BUILDERS: readonly [string, string][] = [
  ['jib', 'jib'],
  ['buildpacks', 'Cloud Native Buildpacks'],
  ['buildpack', 'Cloud Native Buildpacks'],
  ['bazel', 'Bazel'],
  ['ko', 'ko'],
  ['custom', 'a custom script']
]

function artifact(y: Yaml, node: unknown, file: string, where: string): DeclaredBuild | undefined {
  if (!y.map(node)) return undefined
  const image = y.str(y.get(node, 'image'))
  const line = y.line(node)
  const d: Draft = {
    names: image !== undefined ? [image] : [],
    context: undefined,
    file,
    line,
    what: `skaffold artifact ${image ?? '(no image)'}${where} (${file} line ${line})`,
    extraFiles: [],
    unresolved: []
  }
  const dir = dirOf(file)
  const cw = y.str(y.get(node, 'context')) ?? '.'
  if (cw.includes('{{')) d.unresolved.push(`context ${shown(cw)} is a template`)
  else setContext(d, dir, cw)
  const other = OTHER_BUILDERS.find(([key]) => y.get(node, key) !== undefined)
  if (other) {
    d.unresolved.push(`built by ${other[1]}, not a Dockerfile`)
    return finish(d)
  }
  // docker (the default) and kaniko read a Dockerfile relative to the context.
  const builder = y.get(node, 'docker') ?? y.get(node, 'kaniko')
  const dw = y.str(y.get(builder, 'dockerfile'))
  if (dw !== undefined) {
    if (dw.includes('{{')) d.unresolved.push(`dockerfile ${shown(dw)} is a template`)
    else setDockerfile(d, d.context, dw)
  }
  return finish(d)
}

export const skaffoldReader: ContextReader = {
  name: 'skaffold',
  wants: isSkaffoldFile,
  builds(tree) {
    const builds: DeclaredBuild[] = []
    const warnings: string[] = []
    for (const file of tree.files) {
      if (!isSkaffoldFile(file)) continue
      const text = tree.read(file)
      if (!readable(text, file, warnings)) continue
      const p = parseYaml(text)
      if ('errorLine' in p) {
        warnings.push(`${file}: not valid YAML (line ${p.errorLine}); its builds are not read`)
        continue
      }
      for (const doc of p.docs) {
        const y = new Yaml(doc, p.lines)
        const root = y.root
        const sections: [unknown, string][] = [[y.get(root, 'build'), '']]
        for (const prof of y.items(y.get(root, 'profiles'))) {
          const name = y.str(y.get(prof, 'name'))
          sections.push([
            y.get(prof, 'build'),
            name !== undefined ? ` of profile ${name}` : ' of a profile'
          ])
        }
        for (const [build, where] of sections) {
          for (const a of y.items(y.get(build, 'artifacts'))) {
            const b = artifact(y, a, file, where)
            if (b) builds.push(b)
          }
        }
      }
    }
    return { builds, warnings }
  }
}
