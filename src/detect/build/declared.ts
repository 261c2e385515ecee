/**
 * The inputs of a docker build the repository declares for an image (a compose service, a bake
 * target, a skaffold artifact, a workflow step; read by context/): the declaring file and the
 * files it reads besides (a compose `.env`), and the Dockerfile's inputs against the declared
 * context. What the declaration leaves unresolved (a variable context, a named extra context,
 * an inline Dockerfile) widens the inputs (sound.ts): to the context when it is known, else to
 * `fallbackScope`, the image's build root.
 */
import type { DeclaredBuild } from './context/types.js'
import { dockerfileInputs } from './docker/provider.js'
import { InputList } from './collect.js'
import type { ProviderResult, SourceTree, Unresolved } from './types.js'

/** The inputs of one declared build. */
export function declaredBuildInputs(
  b: DeclaredBuild,
  tree: SourceTree,
  fallbackScope: string
): ProviderResult {
  const list = new InputList('docker')
  list.add('file', b.file, { why: `declares the build: ${b.what}`, file: b.file, line: b.line })
  for (const f of b.extraFiles) list.add('file', f, { why: `read by ${b.what}`, file: b.file })
  const scope = b.context ?? fallbackScope
  const unresolved: Unresolved[] = b.unresolved.map((u) => ({
    what: `${b.what}: ${u}`,
    scope,
    file: b.file,
    line: b.line
  }))
  const own = { inputs: list.all, warnings: [], unresolved, claimed: true }
  if (b.context === undefined || b.inline) {
    if (b.inline && unresolved.length === 0)
      unresolved.push({
        what: `${b.what}: an inline Dockerfile is not read`,
        scope,
        file: b.file,
        line: b.line
      })
    return own
  }
  // An unresolved Dockerfile name leaves `dockerfile` undefined too (the reason is in
  // `unresolved`): the default one is read only when it is there.
  const file = b.dockerfile ?? (b.context === '' ? 'Dockerfile' : `${b.context}/Dockerfile`)
  if (b.dockerfile === undefined && b.unresolved.length > 0 && !tree.hasFile(file)) return own
  const r = dockerfileInputs(file, tree, { context: b.context, how: b.what, root: fallbackScope })
  return {
    ...r,
    inputs: [...own.inputs, ...r.inputs],
    unresolved: [...unresolved, ...r.unresolved]
  }
}
