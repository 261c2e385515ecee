/**
 * GitHub Actions workflows (`.github/workflows/*.yml|yaml`): steps that use
 * `docker/build-push-action` (`context`, `file`, `tags`), and `run` scripts that call
 * `docker build`, `docker buildx build`, `docker image build`, `podman build` or `buildah bud`.
 * Paths of a `run` step are relative to its working directory (the step's, the job's or the
 * workflow's `defaults.run.working-directory`, else the repository root); those of the action
 * to the repository root, its default being the Git context (the repository at the ref).
 * `${{ matrix.x }}` is expanded over a literal job matrix; `${{ env.X }}` and `$X` come from
 * literal `env` values; other expressions leave what uses them unresolved.
 */
import type { SourceTree } from '../../types.js'
import { dirOf } from '../../../../util/paths.js'
import { readable } from '../common.js'
import type { ContextReader, DeclaredBuild } from '../types.js'
import { parseYaml, Yaml } from '../yaml.js'
import { buildPushAction, metadataImages, usesAction } from './build-push-action.js'
import type { Env, JobScope } from './expressions.js'
import { expandMatrix } from './matrix.js'
import { runStep } from './run-step.js'

export function isWorkflowFile(path: string): boolean {
  return dirOf(path) === '.github/workflows' && /\.ya?ml$/.test(path)
}

/** The literal values of an `env` mapping (those that use an expression are left out). */
function envOf(y: Yaml, node: unknown, base: Env): Env {
  const out = new Map(base)
  for (const e of y.entries(node)) {
    const v = y.str(e.value)
    if (v === undefined || v.includes('${{')) out.delete(e.key)
    else out.set(e.key, v)
  }
  return out
}

function readWorkflow(y: Yaml, file: string, tree: SourceTree): DeclaredBuild[] {
  const root = y.root
  const wfEnv = envOf(y, y.get(root, 'env'), new Map())
  const wfWd = y.str(y.get(y.get(y.get(root, 'defaults'), 'run'), 'working-directory'))
  const builds: DeclaredBuild[] = []
  for (const job of y.entries(y.get(root, 'jobs'))) {
    const jobEnv = envOf(y, y.get(job.value, 'env'), wfEnv)
    const matrixNode = y.get(y.get(job.value, 'strategy'), 'matrix')
    const combos = matrixNode === undefined ? undefined : expandMatrix(y.js(matrixNode))
    const steps = y.items(y.get(job.value, 'steps'))
    const metadata = new Map<string, string[]>()
    for (const step of steps) {
      const id = y.str(y.get(step, 'id'))
      const images = y.str(y.get(y.get(step, 'with'), 'images'))
      if (id && images && usesAction(y.str(y.get(step, 'uses')), 'docker/metadata-action')) {
        metadata.set(id, metadataImages(images))
      }
    }
    const scope: JobScope = {
      job: job.key,
      env: jobEnv,
      workingDirectory:
        y.str(y.get(y.get(y.get(job.value, 'defaults'), 'run'), 'working-directory')) ?? wfWd,
      combos: combos === undefined ? undefined : 'why' in combos ? combos : combos.combos,
      metadata
    }
    for (const step of steps) {
      const env = envOf(y, y.get(step, 'env'), jobEnv)
      const uses = y.str(y.get(step, 'uses'))
      if (usesAction(uses, 'docker/build-push-action')) {
        builds.push(...buildPushAction(y, step, file, scope, env))
      }
      const run = y.get(step, 'run')
      if (run !== undefined) builds.push(...runStep(y, step, run, file, scope, env, tree))
    }
  }
  return builds
}

export const workflowsReader: ContextReader = {
  name: 'workflows',
  wants: isWorkflowFile,
  builds(tree) {
    const builds: DeclaredBuild[] = []
    const warnings: string[] = []
    for (const file of tree.filesUnder('.github/workflows')) {
      if (!isWorkflowFile(file)) continue
      const text = tree.read(file)
      if (!readable(text, file, warnings)) continue
      const p = parseYaml(text)
      if ('errorLine' in p) {
        warnings.push(`${file}: not valid YAML (line ${p.errorLine}); its builds are not read`)
        continue
      }
      const doc = p.docs[0]
      if (!doc) continue
      try {
        builds.push(...readWorkflow(new Yaml(doc, p.lines), file, tree))
      } catch (e) {
        warnings.push(`${file}: not read (${(e as Error).message}); its builds are not known`)
      }
    }
    return { builds, warnings }
  }
}
