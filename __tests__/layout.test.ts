/**
 * The layout of src/ (docs/development.md, "Layout"): no import cycle between its files, and
 * none between its top-level folders (action, cli, plan, files, detect, github, git, util;
 * everything below detect/, detect/build/ included, counts as detect). Imports are read from the
 * sources (test-support/import-graph.ts): import and export declarations and `import()` calls,
 * and type-only imports too, which load nothing but would still tie the modules together.
 */
import { describe, expect, it } from '@jest/globals'
import { importsOf, rel, srcFiles } from '../test-support/import-graph.js'

type Graph = ReadonlyMap<string, ReadonlySet<string>>

/** The graph of src/'s files (relative to src/), with or without the type-only imports. */
function fileGraph(withTypes: boolean): Graph {
  const graph = new Map<string, Set<string>>()
  for (const file of srcFiles()) {
    const to = importsOf(file)
      .filter((e) => withTypes || !e.typeOnly)
      .map((e) => rel(e.to))
    graph.set(rel(file), new Set(to))
  }
  return graph
}

/** The top-level folder of a file of src/; the entry points (index.ts, cli.ts) are their own. */
const folderOf = (file: string): string => file.split('/')[0] as string

/** The graph of src/'s top-level folders: an edge for every import from one to another. */
function folderGraph(files: Graph): Graph {
  const graph = new Map<string, Set<string>>()
  for (const [file, targets] of files) {
    const from = folderOf(file)
    const edges = graph.get(from) ?? new Set<string>()
    graph.set(from, edges)
    for (const t of targets) if (folderOf(t) !== from) edges.add(folderOf(t))
  }
  return graph
}

/**
 * The cycles of a graph, one per strongly connected component of more than one node (or of a
 * node importing itself), each as a path `a -> b -> ... -> a` (Tarjan's algorithm).
 */
function cycles(graph: Graph): string[] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[] = []
  const connect = (v: string): void => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number))
    }
    if (low.get(v) !== index.get(v)) return
    const component = new Set<string>()
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w)
      component.add(w)
    }
    if (component.size > 1 || graph.get(v)?.has(v)) found.push(cycleThrough(graph, v, component))
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v)
  return found
}

/** A shortest path from `start` back to itself inside `component`, for the message. */
function cycleThrough(graph: Graph, start: string, component: ReadonlySet<string>): string {
  const from = new Map<string, string>()
  const queue = [start]
  for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!component.has(w)) continue
      if (w === start) {
        const path: string[] = []
        for (let u: string | undefined = v; u !== undefined && u !== start; u = from.get(u)) {
          path.unshift(u)
        }
        return [start, ...path, start].join(' -> ')
      }
      if (!from.has(w)) {
        from.set(w, v)
        queue.push(w)
      }
    }
  }
  return start
}

describe('the layout of src/', () => {
  it('reads every file and its imports', () => {
    const files = fileGraph(true)
    expect(files.size).toBeGreaterThan(100)
    expect(files.get('index.ts')).toContain('action/run.ts')
    expect(files.get('detect/changes.ts')).toContain('detect/tag-commits.ts')
    expect(new Set([...files.keys()].map(folderOf))).toEqual(
      new Set([
        'action',
        'cli',
        'plan',
        'files',
        'detect',
        'github',
        'git',
        'util',
        'index.ts',
        'cli.ts'
      ])
    )
  })

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set(['d'])],
      ['e', new Set(['a'])]
    ])
    expect(cycles(graph)).toEqual(['d -> d', 'a -> b -> c -> a'])
    expect(cycles(new Map([['a', new Set(['b'])]]))).toEqual([])
  })

  it('has no import cycle between files, type-only imports included', () => {
    expect(cycles(fileGraph(true))).toEqual([])
  })

  it('has no import cycle between top-level folders, type-only imports included', () => {
    expect(cycles(folderGraph(fileGraph(true)))).toEqual([])
  })
})
