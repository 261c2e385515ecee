// Properties of the script differ on generated Gradle scripts (Groovy and Kotlin DSL): a script
// compared with itself has no change, comments and layout make no part and never count for all,
// statements are ordered and disjoint, the view keeps every offset; and the readers take linear
// time on large and hostile inputs (see test-support/growth.js).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dynamicPropertyRead, mentions } from '../../../../../src/detect/build/gradle/diff/reads.js'
import {
  type ScriptRole,
  scriptChange
} from '../../../../../src/detect/build/gradle/diff/script-diff.js'
import { scriptView } from '../../../../../src/detect/build/gradle/diff/script-view.js'
import {
  type ScriptStatements,
  type Statement,
  scriptStatements
} from '../../../../../src/detect/build/gradle/diff/statements.js'
import { LINEAR, growth } from '../../../../../test-support/growth.js'

const LEAVES = [
  `apply plugin: 'java'`,
  `apply(plugin = "java")`,
  `id 'org.springframework.boot' version '3.2.0' apply false`,
  `id("com.diffplug.spotless") version "6.0" apply false`,
  `alias(libs.plugins.flyway) apply false`,
  `implementation 'a:b:1'`,
  `testImplementation(libs.junit)`,
  `ext.bom_version = '1.0'`,
  `version = "\${app_version}"`,
  `group = 'org.shop' +\n    '.x'`,
  `useJUnitPlatform()`,
  `def devloop = tasks.register('devloop')`,
  `val copy by tasks.registering(Copy::class)`,
  `from("src") { include("**/*.sql") }`,
  `a = [1, 2,\n  3]`,
  `println "{ not a block }"`,
  `println '}'`,
  `x = findProperty('k')\n    ?.toString()`,
  `tasks.named('bootJar')\n    .configure { enabled = true }`
]
const HEADS = [
  'subprojects',
  'allprojects',
  'afterEvaluate',
  "pluginManager.withPlugin('java')",
  'plugins',
  'dependencies',
  'ext',
  'test',
  'spotless',
  'scmVersion',
  'java',
  'tasks.withType(Test)',
  'tasks.withType<Test>()\n    .configureEach',
  "tasks.register('x')",
  'tasks.named<Test>("test")',
  'task copyImages(type: Copy)'
]

/** A statement: a leaf, or a block holding statements. */
type Gen = { leaf: string } | { head: string; body: Gen[] }
const { stmt } = fc.letrec<{ stmt: Gen }>((tie) => ({
  stmt: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...LEAVES).map((leaf) => ({ leaf })),
    fc.record({
      head: fc.constantFrom(...HEADS),
      body: fc.array(tie('stmt'), { maxLength: 4 })
    })
  )
}))
const script = fc.array(stmt, { maxLength: 8 })

/** Renders statements; `noise(k)` picks the layout and comments at each place. */
function render(list: readonly Gen[], noise: (k: number) => number, indent = ''): string {
  let k = 0
  const out: string[] = []
  const lead = (): string => {
    const n = noise(k++)
    return ['', '\n', '// a comment\n', '/* a\n block */\n', '\n\n'][n % 5] as string
  }
  const end = (): string => [' ', ' // why {', ' /* } */', '  '][noise(k++) % 4] as string
  for (const s of list) {
    const pad = noise(k++) % 3 === 0 ? `${indent}  ` : indent
    if ('leaf' in s) out.push(`${lead()}${pad}${s.leaf}${end()}`)
    else {
      const open = noise(k++) % 4 === 0 ? '\n{' : ' {'
      const body = render(s.body, (j) => noise(k + 100 * j), `${indent}    `)
      k += 1
      out.push(`${lead()}${pad}${s.head}${open}${end()}\n${body}\n${indent}}${end()}`)
    }
  }
  return out.join('\n')
}

const noises = fc.array(fc.nat(40), { minLength: 1, maxLength: 30 })
const noiseOf =
  (ns: readonly number[]) =>
  (k: number): number =>
    ns[k % ns.length] ?? 0
const plain = (): number => 1

describe('scriptChange on generated scripts', () => {
  it('a script compared with itself has no change', () => {
    fc.assert(
      fc.property(script, noises, (s, ns) => {
        const text = render(s, noiseOf(ns))
        for (const role of ['ancestor', 'convention'] as const)
          expect(scriptChange(text, text, role)).toEqual({ parts: [], none: [] })
      })
    )
  })

  it('comments, blank lines, indentation and line breaks change nothing but layout', () => {
    fc.assert(
      fc.property(script, noises, noises, fc.boolean(), (s, a, b, crlf) => {
        const before = render(s, noiseOf(a))
        let after = render(s, noiseOf(b))
        if (crlf) after = after.replace(/\n/g, '\r\n')
        for (const role of ['ancestor', 'convention'] as const) {
          const c = scriptChange(before, after, role)
          expect(c.all).toBeUndefined()
          expect(c.parts).toEqual([])
          if (before !== after) expect(c.none).toEqual(['only comments or layout changed'])
        }
      })
    )
  })

  it('never throws on any text, and says something whenever the texts differ', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        const c = scriptChange(x, y, 'ancestor')
        expect(c.all !== undefined || c.parts.length > 0 || c.none.length > 0).toBe(x !== y)
        scriptChange(x, y, 'convention')
      })
    )
  })
})

/** Every statement, at every depth, with the statements they were split from. */
function check(st: ScriptStatements, list: readonly Statement[], from: number, to: number): void {
  let last = from
  for (const s of list) {
    expect(s.start).toBeGreaterThanOrEqual(last)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.end).toBeLessThanOrEqual(to)
    expect(st.code.slice(s.start, s.start + 1)).toMatch(/\S/)
    if (s.body !== undefined) {
      expect(s.body.start).toBeGreaterThan(s.start)
      expect(s.body.end).toBeLessThanOrEqual(s.end)
      expect(s.body.start).toBeLessThanOrEqual(s.body.end)
      check(st, st.inside(s), s.body.start, s.body.end)
    }
    last = s.end
  }
}

const WORDS = [
  'test',
  'subprojects',
  'plugins',
  'tasks',
  '.',
  'register',
  "('x')",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ';',
  '\n',
  '\r\n',
  ' ',
  '+',
  '?.',
  '"',
  "'",
  '"""',
  '${',
  '//',
  '/*',
  '*/',
  'id',
  'apply false',
  '=',
  'ext',
  'task',
  'def',
  'val',
  'by'
]
const soup = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(''))

describe('scriptStatements on generated scripts', () => {
  it('splits into ordered, disjoint statements, at every depth', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          script.map((s) => render(s, plain)),
          soup
        ),
        (text) => {
          const st = scriptStatements(text)
          expect(st.code.length).toBe(text.length)
          check(st, st.statements, 0, text.length)
        }
      )
    )
  })

  it('a generated script has one statement per generated statement', () => {
    fc.assert(
      fc.property(script, noises, (s, ns) => {
        expect(scriptStatements(render(s, noiseOf(ns))).statements).toHaveLength(s.length)
      })
    )
  })
})

describe('scriptView on generated scripts', () => {
  it('keeps the length and the line breaks of any text, and is the text when nothing is cut', () => {
    const roles = fc.constantFrom<ScriptRole>('ancestor', 'convention')
    fc.assert(
      fc.property(
        fc.oneof(
          script.map((s) => render(s, plain)),
          soup
        ),
        roles,
        fc.boolean(),
        (text, role, kept) => {
          const v = scriptView(text, role, () => kept)
          expect(v.length).toBe(text.length)
          for (let i = 0; i < text.length; i++)
            if (text[i] === '\n' || v[i] === '\n') expect(v[i]).toBe(text[i])
          for (let i = 0; i < text.length; i++) if (v[i] !== text[i]) expect(v[i]).toBe(' ')
        }
      )
    )
  })
})

describe('the readers never throw', () => {
  it('mentions and dynamicPropertyRead', () => {
    fc.assert(
      fc.property(soup, fc.string(), (text, name) => {
        mentions(text, name)
        dynamicPropertyRead(text)
      })
    )
  })
})

type Shape = [string, (n: number) => string, (text: string) => unknown, number]

const change = (t: string): unknown => scriptChange(t, t.replace(/1/g, '2'), 'ancestor')
const view = (t: string): unknown => scriptView(t, 'ancestor', () => false)
const many = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `tasks.register('t${i}') {\n  from 'a1'\n}\ntest { a = 1 }\next.k${i} = 1\nplugins {\n  id 'p${i}' version '1' apply false\n}\n`
  ).join('')
const chain = (n: number): string =>
  `tasks.named('bootJar')${'\n\n\n  .configure { a = 1 }'.repeat(n)}\n`
const nested = (n: number): string => `${'subprojects {\n'.repeat(n)}a = 1\n${'}\n'.repeat(n)}`
const longLine = (n: number): string => `a = 1${' + x'.repeat(n)}\ntest { ${'b = 1; '.repeat(n)}}\n`

const shapes: Shape[] = [
  ['statements: many statements', many, scriptStatements, 300],
  ['statements: a long method chain with blank lines', chain, scriptStatements, 3000],
  ['statements: deep nesting', nested, scriptStatements, 2000],
  ['statements: a very long line', longLine, scriptStatements, 3000],
  ['statements: a long line of blanks', (n) => `a${' '.repeat(n)}\n+b\n`, scriptStatements, 20000],
  [
    'statements: many lines ending with an operator',
    (n) => 'a +\n'.repeat(n),
    scriptStatements,
    5000
  ],
  ['change: many statements', many, change, 300],
  ['change: a long method chain with blank lines', chain, change, 3000],
  ['change: deep nesting', nested, change, 300],
  ['change: a very long line', longLine, change, 3000],
  ['change: many statements with one head', (n) => "apply plugin: 'a1'\n".repeat(n), change, 1000],
  [
    'change: a long dependencies {}',
    (n) =>
      `dependencies {\n${"  testImplementation 'a:b:1'\n  implementation 'c:d:0'\n".repeat(n)}}\n`,
    change,
    500
  ],
  ['view: many statements', many, view, 300],
  ['view: a long method chain with blank lines', chain, view, 3000],
  ['view: deep nesting', nested, view, 2000],
  ['view: a very long line', longLine, view, 3000]
]

describe('the script readers take linear time', () => {
  it.each(shapes)(
    '%s',
    (_name, make, run, n) => {
      expect(growth(make, run, n)).toBeLessThan(LINEAR)
    },
    60000
  )
})
