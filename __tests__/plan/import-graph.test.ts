/**
 * What a module loads, read statically from the sources: the pure event rules stay free of the
 * decider and of detection, and the fast skip path (action/early-skip.ts) stays free of the glob
 * engine. Imports that only bring types (`import type`, or every name marked `type`) load
 * nothing at run time and count only where the test says so.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { importsOf, rel, SRC } from '../../test-support/import-graph.js'

/** Every src/ file `entry` reaches, each with the chain that reaches it. */
function graph(entry: string, withTypes: boolean): Map<string, readonly string[]> {
  const start = path.join(SRC, entry)
  const reached = new Map<string, readonly string[]>([[start, [start]]])
  const queue = [start]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = reached.get(file) as readonly string[]
    for (const edge of importsOf(file)) {
      if ((edge.typeOnly && !withTypes) || reached.has(edge.to)) continue
      reached.set(edge.to, [...chain, edge.to])
      queue.push(edge.to)
    }
  }
  return reached
}

const files = (g: Map<string, readonly string[]>): string[] => [...g.keys()].map(rel).sort()
const chainTo = (g: Map<string, readonly string[]>, file: string): string =>
  (g.get(path.join(SRC, file)) ?? []).map(rel).join(' -> ')

describe('the import graph read from the sources', () => {
  it('follows imports and leaves type-only imports out of what is loaded', () => {
    const loaded = files(graph('plan/prepare-run.ts', false))
    expect(loaded).toEqual(expect.arrayContaining(['plan/decide.ts', 'detect/changes.ts']))
    // event.ts imports Intent and Job as types only.
    expect(files(graph('plan/event.ts', true))).toContain('plan/intent.ts')
    expect(files(graph('plan/event.ts', false))).not.toContain('plan/intent.ts')
  })

  it('the event rules depend on the intent vocabulary, never on the decider', () => {
    const g = graph('plan/event.ts', true)
    expect(chainTo(g, 'plan/decide.ts')).toBe('')
    expect(chainTo(g, 'plan/pin-engine.ts')).toBe('')
  })

  it('the event rules load nothing of detection, git or the API', () => {
    const loaded = files(graph('plan/event.ts', false))
    expect(loaded.filter((f) => /^(detect|git|github)\//.test(f))).toEqual([])
  })

  // The paths input is read in detect/paths-input.ts, apart from the glob engine (path-globs.ts).
  it('the fast skip path does not load the glob engine', () => {
    const g = graph('action/early-skip.ts', false)
    expect(chainTo(g, 'util/glob/compile.ts')).toBe('')
  })
})
