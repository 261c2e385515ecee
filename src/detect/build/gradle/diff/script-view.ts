/**
 * A shared script as the readers of what an image's build uses see it (pure): the statements
 * that script-diff.ts counts for no image blanked out, so that a property, catalog alias or file
 * named only there is not read by an image's build.
 */
import { MAX_DEPTH, type ScriptRole } from './script-diff.js'
import {
  type Statement,
  VERIFICATION_PLUGINS,
  pluginEntry,
  scriptStatements
} from './statements.js'

/**
 * A script's text with what no image build reads blanked out (same length and line breaks):
 * verification, publishing, release and versioning statements; in an ancestor's script, the
 * tasks it registers for itself and the `apply false` plugin entries, unless `keep` says the
 * build names them.
 */
export function scriptView(
  text: string,
  role: ScriptRole,
  keep: (kind: 'plugin' | 'alias' | 'task', name: string) => boolean
): string {
  const st = scriptStatements(text)
  const cut: [number, number][] = []
  // Inside the blocks that configure projects (`subprojects {}`, `afterEvaluate {}`), the
  // verification and release statements too.
  const inner = (list: readonly Statement[], depth: number): void => {
    for (const s of list) {
      if (s.kind === 'verification' || s.kind === 'release') cut.push([s.start, s.end])
      else if ((s.kind === 'children' || s.kind === 'wrapper') && depth < MAX_DEPTH)
        inner(st.inside(s), depth + 1)
    }
  }
  for (const s of st.statements) {
    if (s.kind === 'children' || s.kind === 'wrapper') inner(st.inside(s), 1)
    if (s.kind === 'verification' || s.kind === 'release') cut.push([s.start, s.end])
    else if (
      role === 'ancestor' &&
      s.kind === 'task' &&
      s.task !== undefined &&
      !keep('task', s.task)
    )
      cut.push([s.start, s.end])
    else if (role === 'ancestor' && s.kind === 'plugins')
      for (const x of st.inside(s)) {
        const e = pluginEntry(x.code)
        if (e === undefined) continue
        const used = keep(e.alias ? 'alias' : 'plugin', e.id)
        if (VERIFICATION_PLUGINS.has(e.id) || (e.applyFalse && !used)) cut.push([x.start, x.end])
      }
  }
  if (cut.length === 0) return text
  const out: string[] = []
  let last = 0
  for (const [start, end] of cut) {
    out.push(text.slice(last, start), text.slice(start, end).replace(/[^\n]/g, ' '))
    last = end
  }
  out.push(text.slice(last))
  return out.join('')
}
