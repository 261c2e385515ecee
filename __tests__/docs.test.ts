/**
 * Keeps the documentation honest: the example workflows, the README's YAML and tables, and
 * .env.example must agree with action.yml, so that none of them can drift.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8')

interface ActionSpec {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
}

const action = YAML.parse(read('action.yml')) as ActionSpec
const inputNames = Object.keys(action.inputs)
const outputNames = Object.keys(action.outputs)
const readme = read('README.md')

const ymlFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`)

const examples = ymlFiles('examples')
const ciWorkflows = ymlFiles('.github/workflows')

/** A step that runs this action: published (`org/vro-image-version@...`) or local (`./`). */
const isThisAction = (uses: string): boolean =>
  /^[^/\s]+\/vro-image-version@\S+$/.test(uses) || uses === './' || uses === '.'

interface Step {
  readonly id?: string
  readonly uses: string
  readonly with?: Record<string, unknown> | null
}

/** Every object with a `uses:` of this action, anywhere in a parsed YAML document. */
function actionSteps(doc: unknown): Step[] {
  const out: Step[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node !== null && typeof node === 'object') {
      const obj = node as Record<string, unknown>
      if (typeof obj.uses === 'string' && isThisAction(obj.uses)) out.push(obj as unknown as Step)
      Object.values(obj).forEach(walk)
    }
  }
  walk(doc)
  return out
}

const isWorkflow = (doc: unknown): doc is Record<string, unknown> =>
  doc !== null && typeof doc === 'object' && 'jobs' in doc && 'on' in doc

/** Top-level `permissions:`, or `permissions:` on every job. */
function declaresPermissions(wf: Record<string, unknown>): boolean {
  if ('permissions' in wf) return true
  const jobs = Object.values((wf.jobs ?? {}) as Record<string, Record<string, unknown>>)
  return jobs.length > 0 && jobs.every((j) => j !== null && 'permissions' in j)
}

/** `with:` keys that action.yml does not declare. */
const unknownKeys = (steps: readonly Step[]): string[] =>
  steps.flatMap((s) => Object.keys(s.with ?? {}).filter((k) => !(k in action.inputs)))

/** `steps.<id>.outputs.<name>` references to a step of this action whose output does not exist. */
function unknownOutputs(text: string, steps: readonly Step[]): string[] {
  const ids = new Set(steps.map((s) => s.id).filter((id): id is string => !!id))
  return [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    .filter((m) => ids.has(m[1] as string) && !outputNames.includes(m[2] as string))
    .map((m) => m[0])
}

interface Fence {
  readonly lang: string
  readonly body: string
  readonly line: number
}

/** The fenced code blocks of a Markdown text, indentation (list items) removed. */
function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n')
  const out: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)\s*$/.exec(lines[i] as string)
    if (!open) continue
    const [, indent = '', ticks = '```', lang = ''] = open
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !new RegExp(`^\\s*${ticks}\\s*$`).test(lines[j] as string)) {
      body.push(
        (lines[j] as string).startsWith(indent)
          ? (lines[j] as string).slice(indent.length)
          : (lines[j] as string)
      )
      j++
    }
    out.push({ lang, body: body.join('\n'), line: i + 1 })
    i = j
  }
  return out
}

/** The rows of the first Markdown table after a heading, as trimmed cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.trim() === heading)
  if (start < 0) throw new Error(`README has no heading ${heading}`)
  let i = start + 1
  while (i < lines.length && !(lines[i] as string).trim().startsWith('|')) {
    if (/^#{1,6} /.test(lines[i] as string)) throw new Error(`No table under ${heading}`)
    i++
  }
  const rows: string[][] = []
  for (; i < lines.length && (lines[i] as string).trim().startsWith('|'); i++) {
    const cells = (lines[i] as string)
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim())
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue
    rows.push(cells)
  }
  return rows.slice(1) // without the header row
}

/** `` `name` `` -> name; `_empty_` -> ''. */
const unquote = (cell: string): string => {
  if (cell === '_empty_') return ''
  const m = /^`(.*)`$/.exec(cell)
  if (!m) throw new Error(`Expected a code span or _empty_, got ${JSON.stringify(cell)}`)
  return m[1] as string
}

describe('action.yml', () => {
  it('gives every input a description and a default, and every output a description', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect([name, typeof spec.description]).toEqual([name, 'string'])
      expect([name, typeof spec.default]).toEqual([name, 'string'])
    }
    for (const [name, spec] of Object.entries(action.outputs)) {
      expect([name, typeof spec.description]).toEqual([name, 'string'])
    }
  })
})

describe('example workflows', () => {
  it('exist: release, push and manual', () => {
    expect(examples).toEqual(
      expect.arrayContaining(['examples/manual.yml', 'examples/push.yml', 'examples/release.yml'])
    )
  })

  it.each(examples)('%s parses, declares permissions and uses only real inputs', (file) => {
    const text = read(file)
    const doc: unknown = YAML.parse(text)
    expect(isWorkflow(doc)).toBe(true)
    expect(declaresPermissions(doc as Record<string, unknown>)).toBe(true)
    const steps = actionSteps(doc)
    expect(steps.length).toBeGreaterThan(0)
    expect(unknownKeys(steps)).toEqual([])
    expect(unknownOutputs(text, steps)).toEqual([])
  })

  it.each(examples)('%s is in the README verbatim', (file) => {
    expect(readme).toContain(`\`\`\`yaml\n${read(file).replace(/\n+$/, '')}\n\`\`\``)
  })

  it('the manual workflow offers the modes as choice inputs', () => {
    const wf = YAML.parse(read('examples/manual.yml')) as {
      on: { workflow_dispatch: { inputs: Record<string, { type: string; options?: string[] }> } }
    }
    const mode = wf.on.workflow_dispatch.inputs.mode
    expect(mode?.type).toBe('choice')
    expect(mode?.options).toEqual(expect.arrayContaining(['plan', 'pin', 'unpin']))
  })
})

describe('the project workflows under .github/workflows', () => {
  it('exist', () => {
    expect(ciWorkflows.length).toBeGreaterThan(0)
  })

  it.each(ciWorkflows)('%s parses and declares permissions', (file) => {
    const doc: unknown = YAML.parse(read(file))
    expect(isWorkflow(doc)).toBe(true)
    expect(declaresPermissions(doc as Record<string, unknown>)).toBe(true)
    expect(unknownKeys(actionSteps(doc))).toEqual([])
  })
})

describe('README', () => {
  const yamlBlocks = fences(readme).filter((f) => f.lang === 'yaml' || f.lang === 'yml')

  it('has YAML examples', () => {
    expect(yamlBlocks.length).toBeGreaterThan(5)
  })

  it.each(yamlBlocks.map((b) => [b.line, b] as const))(
    'the YAML block at line %i parses and uses only real inputs and outputs',
    (_line, block) => {
      const doc: unknown = YAML.parse(block.body)
      const steps = actionSteps(doc)
      expect(unknownKeys(steps)).toEqual([])
      expect(unknownOutputs(block.body, steps)).toEqual([])
      if (isWorkflow(doc)) {
        expect(declaresPermissions(doc)).toBe(true)
        expect(steps.length).toBeGreaterThan(0)
      }
    }
  )

  it('shows at least the three workflows and the quick-start ones as complete workflows', () => {
    const workflows = yamlBlocks.filter((b) => isWorkflow(YAML.parse(b.body)))
    expect(workflows.length).toBeGreaterThanOrEqual(5)
  })

  it('lists exactly the inputs of action.yml, with their defaults', () => {
    const rows = tableAfter(readme, '### Inputs')
    const listed = rows.map((r) => unquote(r[0] as string))
    expect([...listed].sort()).toEqual([...inputNames].sort())
    for (const row of rows) {
      const name = unquote(row[0] as string)
      expect([name, unquote(row[1] as string)]).toEqual([name, action.inputs[name]?.default])
      expect([name, (row[2] ?? '').length > 0]).toEqual([name, true])
    }
  })

  it('lists exactly the outputs of action.yml', () => {
    const rows = tableAfter(readme, '### Outputs')
    const listed = rows.map((r) => unquote(r[0] as string))
    expect([...listed].sort()).toEqual([...outputNames].sort())
    for (const row of rows) expect((row[1] ?? '').length).toBeGreaterThan(0)
  })

  it('draws the pin/unpin model as a mermaid diagram', () => {
    expect(fences(readme).some((f) => f.lang === 'mermaid')).toBe(true)
  })

  it("holds the CLI's --help text exactly, so no flag or command goes undocumented", () => {
    const source = readFileSync(path.join(root, 'src/cli-args.ts'), 'utf8')
    const usage = /export const USAGE = `([^`]*)`/.exec(source)?.[1]
    expect(usage).toBeDefined()
    expect(fences(readme).some((f) => f.lang === 'text' && f.body.trim() === usage?.trim())).toBe(
      true
    )
  })
})

describe('.env.example', () => {
  const env = read('.env.example')
  const names = new Set(
    env
      .split('\n')
      .map((l) => /^([A-Za-z_][A-Za-z0-9_-]*)=/.exec(l.trim())?.[1])
      .filter((n): n is string => n !== undefined)
  )

  it.each(inputNames)('names the input %s as @actions/core reads it', (name) => {
    expect(names.has(`INPUT_${name.replace(/ /g, '_').toUpperCase()}`)).toBe(true)
  })

  it('names no input that action.yml lacks', () => {
    const expected = new Set(inputNames.map((n) => `INPUT_${n.toUpperCase()}`))
    expect([...names].filter((n) => n.startsWith('INPUT_') && !expected.has(n))).toEqual([])
  })

  it('sets the runner variables a local run needs', () => {
    for (const v of [
      'GITHUB_EVENT_NAME',
      'GITHUB_EVENT_PATH',
      'GITHUB_REPOSITORY',
      'GITHUB_WORKSPACE',
      'GITHUB_SHA',
      'GITHUB_REF',
      'ACTIONS_STEP_DEBUG'
    ]) {
      expect([v, names.has(v)]).toEqual([v, true])
    }
  })

  it('points at an event file that exists and is a push to a branch', () => {
    const eventPath = /^GITHUB_EVENT_PATH=(\S+)/m.exec(env)?.[1] as string
    const payload = JSON.parse(read(eventPath)) as { ref: string }
    expect(payload.ref).toMatch(/^refs\/heads\//)
  })
})
