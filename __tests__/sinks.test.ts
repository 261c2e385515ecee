/**
 * Every sink of untrusted text, fed arbitrary strings: none can end a line, start a workflow
 * command, render as a Markdown link, image or HTML, or add a git trailer to the commit message.
 * No CommonMark renderer is installed, so the summary is checked on its Markdown text: every
 * character that could open a construct is escaped, and unescaping gives the text back.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { forCliTable, forCommitBody, forLog, forSummaryCell } from '../src/util/escape.js'
import type { Decision } from '../src/plan/decision.js'
import { formatTable, logLine } from '../src/plan/decision-text.js'
import { commitBody, summaryMarkdown } from '../src/action/summary.js'

const HOSTILE_FILE = 'app/x\n::set-output name=versions::{"app":"evil"}\n'

const PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\x1b[31m',
  '::',
  '::set-output name=versions::{"app":"evil"}',
  '::add-mask::x',
  '::stop-commands::t',
  '::error file=a::forged',
  '##[set-output name=x;]y',
  '  ',
  '](',
  '![',
  '[x](https://evil.example)',
  '![i](https://evil.example/i.png)',
  '<img src=x>',
  '<a href="x">',
  '&lt;',
  '|',
  '\\|',
  '\\',
  '`',
  '```',
  '*',
  '_',
  '~~',
  'www.evil.example',
  'https://evil.example',
  'a@b.example',
  'Co-authored-by: x <y@z>',
  'Signed-off-by: x <y@z>',
  'Token:value',
  ':',
  'app/src/Main.java',
  'v1.2.3',
  ' '
]

/** Arbitrary text: full Unicode, raw UTF-16 code units (lone surrogates), and dangerous pieces. */
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), {
      maxLength: 8
    })
    .map((p) => p.join(''))
)

// Line breaks and characters that hide or reorder text.
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const INVISIBLE = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
/** What the runner would read as a workflow command: `::` after leading white space, or `##[`. */
const COMMAND = /^\s*::|##\[/

/** The lines the runner sees in a text it is given: it splits at CR, LF and CRLF. */
const runnerLines = (s: string): string[] => s.split(/\r\n|\r|\n/)

function expectOneSafeLine(out: string): void {
  expect(out).not.toMatch(INVISIBLE)
  expect(out).not.toMatch(LONE_SURROGATE)
  expect(out).not.toMatch(COMMAND)
}

const decisionOf = fc
  .record({
    image: text,
    prefix: text,
    before: fc.option(text),
    after: fc.option(text),
    manual: fc.boolean(),
    action: fc.constantFrom<Decision['action']>('pin', 'unpin', 'keep', 'skip'),
    reason: text
  })
  .map((d): Decision => d)

const RUNS = { numRuns: 300 }

describe('forLog (stdout, stderr, annotations)', () => {
  it('gives one line that is no workflow command, and is idempotent', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = forLog(s)
        expectOneSafeLine(out)
        expect(forLog(out)).toBe(out)
      }),
      RUNS
    )
  })

  it('leaves text already escaped by escapeForMessage readable', () => {
    expect(forLog('app: "a\\nb" is not a valid image name')).toBe(
      'app: "a\\nb" is not a valid image name'
    )
  })

  it.each([
    [HOSTILE_FILE, 'app/x\\n::set-output name=versions::{"app":"evil"}\\n'],
    ['::add-mask::x', '\\u{3a}:add-mask::x'],
    ['  ::error::forged', '  \\u{3a}:error::forged'],
    ['a\rb', 'a\\rb'],
    ['x ##[set-output name=a;]b', 'x ##\\u{5b}set-output name=a;]b'],
    ['\u202egnp.exe', '\\u{202e}gnp.exe']
  ])('%j is shown as %j', (input, shown) => {
    expect(forLog(input)).toBe(shown)
  })

  it('logLine with the hostile file name of issue 9 starts no line with ::set-output', () => {
    const line = logLine({
      image: 'app',
      prefix: 'app',
      before: 'v1.0.0',
      after: null,
      manual: false,
      action: 'unpin',
      reason: `${HOSTILE_FILE} changed since v1.0.0`
    })
    expect(runnerLines(line)).toHaveLength(1)
    expect(line).toBe(
      'app: unpinned v1.0.0 -> (unpinned) (app/x\\n::set-output name=versions::{"app":"evil"}\\n changed since v1.0.0)'
    )
  })

  it('logLine of any decision is one safe line', () => {
    fc.assert(
      fc.property(decisionOf, (d) => expectOneSafeLine(logLine(d))),
      RUNS
    )
  })
})

describe('forCliTable and formatTable', () => {
  it('a cell is one safe line', () => {
    fc.assert(
      fc.property(text, (s) => expectOneSafeLine(forCliTable(s))),
      RUNS
    )
  })

  it('the table has one line per decision, none of them a command', () => {
    fc.assert(
      fc.property(fc.array(decisionOf, { maxLength: 4 }), (ds) => {
        const lines = runnerLines(formatTable(ds))
        expect(lines).toHaveLength(ds.length + 1)
        for (const line of lines) expectOneSafeLine(line)
      }),
      RUNS
    )
  })
})

// In a cell, GFM reads `\` + ASCII punctuation as the character itself and the entities below as
// theirs; everything else is literal text.
const ESCAPE = /\\([!-/:-@[-`{-~])|&(amp|lt|gt);/g
const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' }
const unescapeMarkdown = (s: string): string =>
  s.replace(ESCAPE, (_m, ch: string | undefined, name: string | undefined) =>
    ch !== undefined ? ch : (ENTITY[name as string] as string)
  )
/** Characters that, unescaped, could open a link, an image, HTML, code, emphasis or an autolink. */
const ACTIVE = /[\\`*_[\]!~@|<>&]|www\.|:\/\//i

describe('forSummaryCell and summaryMarkdown', () => {
  it('a cell renders as its text and can open no construct', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = forSummaryCell(s)
        expect(out).not.toMatch(INVISIBLE)
        expect(out.replace(ESCAPE, '')).not.toMatch(ACTIVE)
        // The text comes back, with invisible characters shown as forLog shows them.
        expect(unescapeMarkdown(out)).toBe(
          forLog(s)
            .replace(/^(\s*)\\u\{3a\}/, '$1:')
            .replace(/##\\u\{5b\}/g, '##[')
        )
      }),
      RUNS
    )
  })

  it('`|` is the table escape \\|, not an entity (shown literally in code spans)', () => {
    expect(forSummaryCell('a|b')).toBe('a\\|b')
  })

  it('the summary keeps its shape: one table row per decision, five cells each', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(decisionOf, { maxLength: 4 }),
        text,
        fc.array(text, { maxLength: 2 }),
        (title, decisions, result, warnings) => {
          const md = summaryMarkdown({ title, decisions, result, warnings })
          const lines = md.split(/\r\n|\r|\n/)
          // Heading, blank, 2 header lines, rows, blank, result, blank, 3 lines per warning.
          expect(lines).toHaveLength(4 + decisions.length + 3 + 3 * warnings.length)
          const rows = lines.slice(4, 4 + decisions.length)
          for (const row of rows) {
            expect(row.split(/(?<!\\)\|/)).toHaveLength(7)
            // Outside code spans (validated versions only), nothing active is left unescaped.
            const plain = row.replace(/`[A-Za-z0-9.+-]+`/g, '').replace(ESCAPE, '')
            expect(plain.replace(/(?<!\\)\|/g, '').replace(/_unpinned_/g, '')).not.toMatch(ACTIVE)
          }
          for (const line of [lines[0], lines[4 + decisions.length + 1]] as string[]) {
            expect(line.replace(ESCAPE, '')).not.toMatch(ACTIVE)
          }
        }
      ),
      RUNS
    )
  })

  it('links only a plain http(s) URL', () => {
    const md = (url: string): string =>
      summaryMarkdown({
        title: 't',
        decisions: [],
        result: 'Committed abc1234',
        link: { text: 'abc1234', url },
        warnings: []
      })
    expect(md('https://github.com/o/r/commit/abc')).toContain(
      'Committed abc1234 ([abc1234](https://github.com/o/r/commit/abc))'
    )
    expect(md('javascript:alert(1)')).not.toContain('](')
    expect(md('https://x/a)(b')).not.toContain('](')
  })
})

/** The trailers git itself finds in a commit message. */
function trailers(message: string): string {
  return execFileSync('git', ['interpret-trailers', '--parse'], {
    input: message,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  })
}

describe('forCommitBody and commitBody', () => {
  it('data is one line and cannot begin like a trailer', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = forCommitBody(s)
        expect(out).not.toMatch(INVISIBLE)
        expect(out).not.toMatch(/^\s*[A-Za-z0-9-]+\s*:/)
      }),
      RUNS
    )
  })

  it('git finds no trailer in the message but the run link', () => {
    fc.assert(
      fc.property(fc.array(decisionOf, { minLength: 1, maxLength: 3 }), fc.boolean(), (ds, run) => {
        const changed = ds.map((d) => ({ ...d, action: 'unpin' as const }))
        const url = 'https://github.com/o/r/actions/runs/1'
        const body = commitBody(changed, run ? url : undefined)
        const message = `Automated commit: Unpin versions of updated images\n\n${body}\n`
        expect(trailers(message)).toBe(run ? `Run: ${url}\n` : '')
      }),
      { numRuns: 60 }
    )
  })

  it('a file name holding Co-authored-by adds no trailer', () => {
    // Raw, the name would end the body with its own paragraph: a trailer block to git.
    const reason = 'app/x\n\nCo-authored-by: Eve <eve@example.com>'
    const body = commitBody(
      [
        {
          image: 'app',
          prefix: 'app',
          before: 'v1.0.0',
          after: null,
          manual: false,
          action: 'unpin',
          reason
        }
      ],
      undefined
    )
    expect(trailers(`Automated commit: x\n\n${body}\n`)).toBe('')
  })
})
