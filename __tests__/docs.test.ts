/**
 * Keeps the documentation honest. Each fact lives in one source of truth, and each page is
 * checked against it, so that none of them can drift:
 *   - README.md: the adopter's page, under a word budget; it holds the example workflows and the
 *     configuration file of examples/ verbatim, and links to every page of docs/.
 *   - docs/reference.md: exactly action.yml's inputs (with defaults) and outputs, and the CLI's
 *     --help text (USAGE in src/cli/args.ts).
 *   - docs/troubleshooting.md: every error message thrown in src/ (see the test for the rule).
 *   - docs/configuration.md: generated from the schema (docs-config.test.ts).
 *   - every YAML block of README.md and docs/ parses and uses only real inputs and outputs; every
 *     relative link and anchor resolves; .env.example names every input.
 * The examples themselves run end to end in e2e/examples.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import schema from '../schema/vro-image-version.schema.json' with { type: 'json' }
import { parseConfig } from '../src/plan/config-file.js'

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
const docPages = readdirSync(path.join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `docs/${f}`)
const markdownFiles = ['README.md', ...docPages]
const reference = read('docs/reference.md')
const troubleshooting = read('docs/troubleshooting.md')

const ymlFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`)

/** The shared configuration file; every other YAML file of examples/ is a workflow. */
const CONFIG_EXAMPLE = 'examples/vro-image-version.yml'
const examples = ymlFiles('examples').filter((f) => f !== CONFIG_EXAMPLE)
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

/** Markdown text without its fenced code blocks. */
const prose = (markdown: string): string =>
  markdown.replace(/^(\s*)(`{3,})[^\n]*\n[\s\S]*?^\1\2\s*$/gm, '')

/** The section under a heading, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.trim() === heading)
  if (start < 0) throw new Error(`No heading ${heading}`)
  const end = lines.findIndex(
    (l, i) => i > start && new RegExp(`^#{1,${level}} `).test(l) && !isInFence(lines, i)
  )
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

function isInFence(lines: readonly string[], at: number): boolean {
  let open = false
  for (let i = 0; i < at; i++) if (/^\s*`{3,}/.test(lines[i] as string)) open = !open
  return open
}

/** A YAML file of examples/ as it must appear in a page: a ```yaml fence, byte for byte. */
const asFence = (file: string): string => `\`\`\`yaml\n${read(file).replace(/\n+$/, '')}\n\`\`\``

/** GitHub's anchor for a heading: lower case, punctuation but - and _ dropped, spaces to -. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

const anchors = (markdown: string): Set<string> => {
  const lines = markdown.split('\n')
  return new Set(
    lines
      .map((l, i) =>
        /^#{1,6} (.*)$/.exec(l) && !isInFence(lines, i) ? slug(l.replace(/^#+ /, '')) : ''
      )
      .filter((s) => s !== '')
  )
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
  it('exist: release, push, manual and pull request, and the shared configuration file', () => {
    expect(examples).toEqual(
      expect.arrayContaining([
        'examples/manual.yml',
        'examples/pull-request.yml',
        'examples/push.yml',
        'examples/release.yml'
      ])
    )
    expect(existsSync(path.join(root, CONFIG_EXAMPLE))).toBe(true)
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

  it.each(examples)(
    '%s sets no setting of the configuration file: every workflow shares .github/vro-image-version.yml',
    (file) => {
      const steps = actionSteps(YAML.parse(read(file)))
      // `version` in the file is the file format's version, not the version input.
      const settings = new Set([
        ...Object.keys(schema.properties).filter((k) => k !== 'version'),
        'config-file'
      ])
      expect(
        steps.flatMap((s) => Object.keys(s.with ?? {}).filter((k) => settings.has(k)))
      ).toEqual([])
    }
  )

  it.each(examples)(
    '%s asks for least permissions: write only on the job that runs the action',
    (file) => {
      interface Job {
        permissions?: Record<string, string>
        steps?: { uses?: string }[]
      }
      const wf = YAML.parse(read(file)) as {
        permissions?: Record<string, string>
        jobs: Record<string, Job>
      }
      const jobs = Object.values(wf.jobs)
      const runsAction = (j: Job): boolean =>
        (j.steps ?? []).some((s) => isThisAction(s.uses ?? ''))
      const grants = [wf.permissions ?? {}, ...jobs.map((j) => j.permissions ?? {})]
      // Only contents and pull-requests, ever.
      for (const g of grants)
        expect(Object.keys(g).every((k) => ['contents', 'pull-requests'].includes(k))).toBe(true)
      // pull-requests: write only for the preview's comment.
      const prWrite = grants.some((g) => g['pull-requests'] === 'write')
      expect(prWrite).toBe(file === 'examples/pull-request.yml')
      // contents: write at the top only when every job runs the action; else on that job.
      if (wf.permissions?.contents === 'write') expect(jobs.every(runsAction)).toBe(true)
      for (const j of jobs)
        if (j.permissions?.contents === 'write') expect(runsAction(j)).toBe(true)
      // The preview never commits: it never asks to write contents.
      if (file === 'examples/pull-request.yml') {
        expect(grants.some((g) => g.contents === 'write')).toBe(false)
      }
    }
  )

  it.each(['examples/release.yml', 'examples/push.yml', 'examples/manual.yml'])(
    '%s runs the action in the shared concurrency group, never cancelled',
    (file) => {
      const wf = YAML.parse(read(file)) as {
        concurrency?: unknown
        jobs: Record<string, { concurrency?: unknown; steps?: { uses?: string }[] }>
      }
      const job = Object.values(wf.jobs).find((j) =>
        (j.steps ?? []).some((s) => isThisAction(s.uses ?? ''))
      )
      expect(job?.concurrency ?? wf.concurrency).toEqual({
        group: 'vro-image-version',
        'cancel-in-progress': false
      })
    }
  )

  it('the manual workflow offers the modes as choice inputs', () => {
    const wf = YAML.parse(read('examples/manual.yml')) as {
      on: { workflow_dispatch: { inputs: Record<string, { type: string; options?: string[] }> } }
    }
    const mode = wf.on.workflow_dispatch.inputs.mode
    expect(mode?.type).toBe('choice')
    expect(mode?.options).toEqual(expect.arrayContaining(['plan', 'pin', 'unpin']))
  })

  it(`${CONFIG_EXAMPLE} is a valid configuration file (the schema, through the action's own parser)`, () => {
    expect(() => parseConfig(read(CONFIG_EXAMPLE), '.github/vro-image-version.yml')).not.toThrow()
    expect(read(CONFIG_EXAMPLE)).toContain(`$schema=${schema.$id}`)
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
  it('is at most about 1,500 words, code blocks aside', () => {
    const words = prose(readme)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w))
    expect(words.length).toBeLessThanOrEqual(1500)
  })

  it('draws the pin/unpin model as a mermaid diagram', () => {
    expect(fences(readme).some((f) => f.lang === 'mermaid')).toBe(true)
  })

  it.each([
    'examples/vro-image-version.yml',
    'examples/release.yml',
    'examples/push.yml',
    'examples/pull-request.yml'
  ])('holds %s verbatim in its quick start', (file) => {
    expect(section(readme, '## Quick start')).toContain(asFence(file))
  })

  it('names every example, so the quick start covers each of them', () => {
    for (const file of [...examples, CONFIG_EXAMPLE]) expect(readme).toContain(`](${file})`)
  })

  it('keeps the two commands for working on this repository under "Development"', () => {
    const dev = section(readme, '## Development')
    expect(dev).toContain('npm run demo')
    expect(dev).toContain('npm test')
  })

  it.each(docPages)('links to %s', (page) => {
    expect(readme).toContain(`](${page}`)
  })
})

describe('docs/reference.md', () => {
  it('lists exactly the inputs of action.yml, with their defaults', () => {
    const rows = tableAfter(reference, '## Inputs')
    const listed = rows.map((r) => unquote(r[0] as string))
    expect([...listed].sort()).toEqual([...inputNames].sort())
    for (const row of rows) {
      const name = unquote(row[0] as string)
      expect([name, unquote(row[1] as string)]).toEqual([name, action.inputs[name]?.default])
      expect([name, (row[2] ?? '').length > 0]).toEqual([name, true])
    }
  })

  it('lists exactly the outputs of action.yml', () => {
    const rows = tableAfter(reference, '## Outputs')
    const listed = rows.map((r) => unquote(r[0] as string))
    expect([...listed].sort()).toEqual([...outputNames].sort())
    for (const row of rows) expect((row[1] ?? '').length).toBeGreaterThan(0)
  })

  it("holds the CLI's --help text exactly, so no flag or command goes undocumented", () => {
    const source = read('src/cli/args.ts')
    const usage = /export const USAGE = `([^`]*)`/.exec(source)?.[1]
    expect(usage).toBeDefined()
    expect(
      fences(reference).some((f) => f.lang === 'text' && f.body.trim() === usage?.trim())
    ).toBe(true)
  })

  it('holds examples/manual.yml verbatim', () => {
    expect(reference).toContain(asFence('examples/manual.yml'))
  })

  it('holds examples/pull-request.yml verbatim', () => {
    expect(reference).toContain(asFence('examples/pull-request.yml'))
  })
})

/**
 * The error messages of the code, as the troubleshooting page must quote them. The rule, kept
 * simple so that it is honest about what it checks: every `new <Something>Error(` in src/**\/*.ts
 * whose first argument is a string literal contributes the literal's first static piece of at
 * least 10 characters (the text between `${...}` interpolations), cut at 40 characters. That
 * piece must appear verbatim on the page. A message made only of interpolations (a wrapper of
 * another message) has no such piece and is not checked; a message built elsewhere and thrown
 * as a variable is not seen either. When src/github/errors.ts gets stable ids, check those instead.
 */
function errorFragments(): { where: string; fragment: string }[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const f of readdirSync(path.join(root, dir))) {
      const rel = `${dir}/${f}`
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel)
      else if (f.endsWith('.ts') && !f.endsWith('.d.ts')) files.push(rel)
    }
  }
  walk('src')
  const out: { where: string; fragment: string }[] = []
  for (const file of files.sort()) {
    const text = read(file)
    for (const m of text.matchAll(/new\s+\w*Error\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      const quote = m[1] as string
      const literal = m[2] as string
      const pieces = (quote === '`' ? literal.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/) : [literal]).map(
        (p) =>
          p
            .replace(/\\(.)/g, (_a, c: string) => (c === 'n' ? '\n' : c))
            .split('\n')[0]
            ?.replace(/^[\s:;,.)]+/, '') ?? ''
      )
      const piece = pieces.find((p) => p.trim().length >= 10)
      if (piece === undefined) continue
      const line = text.slice(0, m.index).split('\n').length
      out.push({ where: `${file}:${line}`, fragment: piece.slice(0, 40).trimEnd() })
    }
  }
  return out
}

describe('docs/troubleshooting.md', () => {
  const fragments = errorFragments()

  it('finds the error messages of the code (the extraction works)', () => {
    expect(fragments.length).toBeGreaterThan(80)
  })

  it.each(fragments.map((f) => [f.where, f.fragment] as const))(
    'quotes the error thrown at %s (%j)',
    (_where, fragment) => {
      expect(troubleshooting).toContain(fragment.replace(/\|/g, '\\|'))
    }
  )
})

describe("the ids of the run's failures (src/github/errors.ts)", () => {
  const source = read('src/github/errors.ts')
  const ids = [
    ...(/ERROR_IDS = \[([^\]]*)\]/.exec(source)?.[1] ?? '').matchAll(/'([a-z-]+)'/g)
  ].map((m) => m[1] as string)
  // Each `new ActionError('id', `...`)` with the first words of its message that are not a
  // `${...}` (none for a message made only of values).
  const thrown = [...source.matchAll(/new ActionError\(\s*'([a-z-]+)',\s*`([^`]*)`/g)].map((m) => {
    const words = (m[2] as string).split(/\$\{[^}]*\}/).find((p) => p.trim().length >= 10)
    return [m[1] as string, (words ?? '').trim().slice(0, 40).trimEnd()] as const
  })

  it('are found, and every id is thrown somewhere', () => {
    expect(ids.length).toBeGreaterThan(5)
    expect([...new Set(thrown.map(([id]) => id))].sort()).toEqual([...ids].sort())
  })

  it.each(ids)('[%s] has a row in docs/troubleshooting.md', (id) => {
    expect(troubleshooting.split('\n').some((l) => l.startsWith(`| \`[${id}]\``))).toBe(true)
  })

  it.each(thrown.filter(([, words]) => words !== ''))(
    'the row of [%s] quotes its message (%j)',
    (id, words) => {
      const rows = troubleshooting.split('\n').filter((l) => l.startsWith(`| \`[${id}]\``))
      expect(rows.some((r) => r.includes(words))).toBe(true)
    }
  )
})

describe.each(markdownFiles)('%s', (file) => {
  const text = read(file)
  const yamlBlocks = fences(text).filter((f) => f.lang === 'yaml' || f.lang === 'yml')

  // A page without YAML blocks has nothing to check here (it.each refuses an empty table).
  if (yamlBlocks.length > 0)
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

  it('has only relative links and anchors that resolve', () => {
    const bad: string[] = []
    const body = prose(text).replace(/`[^`\n]*`/g, '')
    for (const m of body.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] as string
      if (/^[a-z]+:/.test(target)) continue
      const [rel = '', anchor] = target.split('#')
      const abs =
        rel === '' ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), rel)
      if (!existsSync(abs)) {
        bad.push(target)
        continue
      }
      if (
        anchor !== undefined &&
        abs.endsWith('.md') &&
        !anchors(readFileSync(abs, 'utf8')).has(anchor)
      ) {
        bad.push(target)
      }
    }
    expect(bad).toEqual([])
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
      'GITHUB_STEP_SUMMARY',
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
