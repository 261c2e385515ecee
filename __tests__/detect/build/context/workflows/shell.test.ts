// The shell reader of workflow `run` scripts: words (quotes, escapes, continuations, `$(...)`
// kept whole), commands, redirections, GitHub expressions (replaced before the shell reads the
// script, so whole in any quotes), and the `docker build` command lines read from the words.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { buildCommand } from '../../../../../src/detect/build/context/workflows/build-command.js'
import {
  LITERAL_DOLLAR,
  shellCommands
} from '../../../../../src/detect/build/context/workflows/shell.js'
import { LINEAR, growth } from '../../../../../test-support/growth.js'

/** The words of each command, a literal `$` written `\$`. */
const texts = (script: string): string[][] =>
  shellCommands(script).map((c) => c.map((w) => w.text.split(LITERAL_DOLLAR).join('\\$')))
const build = (script: string) => buildCommand(shellCommands(script)[0] ?? [])

describe('shellCommands: words', () => {
  it.each([
    ['a \\\r\n b', [['a', 'b']]],
    ['a\\$b c\\ d \\x', [['a\\$b', 'c d', 'x']]],
    ["'a$b' '' x''y", [['a\\$b', '', 'xy']]],
    ['"a\\$b" "\\"\\\\\\`" "\\x" "a\\\nb"', [['a\\$b', '"\\`', '\\x', 'ab']]],
    ['"$(echo ")")" x', [['$(echo ")")', 'x']]],
    ['"a$(echo \')\')b" c', [["a$(echo ')')b", 'c']]],
    ["$(echo ')') x", [["$(echo ')')", 'x']]],
    ['$(echo \\)) x', [['$(echo \\))', 'x']]],
    ['$(echo "\\")") x', [['$(echo "\\")")', 'x']]],
    ['$(echo ")") x; y', [['$(echo ")")', 'x'], ['y']]],
    ['${a:-"}"} x', [['${a:-"}"}', 'x']]],
    ['`echo; x` y', [['`echo; x`', 'y']]]
  ])('%j -> %j', (script, words) => {
    expect(texts(script)).toEqual(words)
  })

  it.each([
    ["a 'b c", [['a', 'b c']]],
    ['a "b c\\', [['a', 'b c\\']]],
    ['a `b c', [['a', '`b c']]],
    ["a $(b 'c", [['a', "$(b 'c"]]],
    ['a $(b "c)', [['a', '$(b "c)']]],
    ['a ${b', [['a', '${b']]],
    ['a \\', [['a', '']]]
  ])('reads an unterminated construct to the end: %j', (script, words) => {
    expect(texts(script)).toEqual(words)
  })

  it('keeps a GitHub expression whole in any quotes, with its $, as GitHub replaces it first', () => {
    expect(
      texts(
        `'\${{ inputs.a }}' "\${{ inputs.b }}" \\\${{ inputs.c }} "\\\${{ inputs.d }}" '\${{ format('{0}', x) }}'`
      )
    ).toEqual([
      [
        '${{ inputs.a }}',
        '${{ inputs.b }}',
        '${{ inputs.c }}',
        '${{ inputs.d }}',
        "${{ format('{0}', x) }}"
      ]
    ])
    // An unclosed `${{` is no expression: its `$` stays what the quotes make it.
    expect(texts(`'\${{ a' "\\\${{ b" \\\${{`)).toEqual([['\\${{ a', '\\${{ b', '\\${{']])
  })

  it('gives each word its offset in the script', () => {
    expect(shellCommands(`a  'b c'\n  "d"e`).map((c) => c.map((w) => w.start))).toEqual([
      [0, 3],
      [11]
    ])
  })
})

describe('shellCommands: commands and redirections', () => {
  it.each([
    ['a; b & c | d && e || f\ng', [['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g']]],
    ['(a) # b; c\nd#e', [['a'], ['d#e']]],
    ['a # b; c', [['a']]],
    ['a &> log b', [['a', 'b']]],
    ['a &>> log b', [['a', 'b']]],
    ['a > log 2>> err b', [['a', 'b']]],
    ['a 2>&1 b >&2 c <&0 d 3>&- e', [['a', 'b', 'c', 'd', 'e']]],
    ['a <<< x b < in c', [['a', 'b', 'c']]],
    ['a > out; b', [['a'], ['b']]],
    ['x2>y', [['x2']]],
    // An escaped `>` is a word; the `&` after it still ends the command.
    [
      'echo \\>& docker build ctx',
      [
        ['echo', '>'],
        ['docker', 'build', 'ctx']
      ]
    ]
  ])('%j -> %j', (script, commands) => {
    expect(texts(script)).toEqual(commands)
  })

  it('finds the docker build after a command substitution that quotes a parenthesis', () => {
    expect(texts('x=$(echo ")"); docker build ctx')).toEqual([
      ['x=$(echo ")")'],
      ['docker', 'build', 'ctx']
    ])
  })
})

describe('buildCommand', () => {
  it.each([
    ['docker --debug build ctx', 'docker build', 'ctx'],
    ['docker -D --context x -H h build ctx', 'docker build', 'ctx'],
    ['docker buildx b ctx', 'docker buildx b', 'ctx'],
    ['docker builder build ctx', 'docker builder build', 'ctx'],
    ['podman image build ctx', 'podman image build', 'ctx'],
    ['buildah build-using-dockerfile ctx', 'buildah build-using-dockerfile', 'ctx'],
    ['env -i A=1 nohup docker build ctx', 'docker build', 'ctx'],
    ['if docker build ctx; then x; fi', 'docker build', 'ctx'],
    ['if ! docker build ctx; then x; fi', 'docker build', 'ctx'],
    ['while docker build ctx; do x; done', 'docker build', 'ctx'],
    ['{ docker build ctx; }', 'docker build', 'ctx'],
    // Wrappers, with their options that take a value and their operands.
    ['sudo -u ci -E docker build ctx', 'docker build', 'ctx'],
    ['sudo --user=ci docker build ctx', 'docker build', 'ctx'],
    ['timeout 30m docker build ctx', 'docker build', 'ctx'],
    ['timeout -k 5 -s KILL 600 docker buildx build ctx', 'docker buildx build', 'ctx'],
    ['nice -n 10 stdbuf -o L time -f %e docker build ctx', 'docker build', 'ctx'],
    ['exec -a builder podman build ctx', 'podman build', 'ctx'],
    ['command -- docker build ctx', 'docker build', 'ctx']
  ])('%s is %s of %s', (script, tool, context) => {
    expect(build(script)).toMatchObject({ tool, context })
    expect(build(script)?.movedBy).toBeUndefined()
  })

  it.each([
    ['env -C services docker build .', 'env -C services'],
    ['env --chdir=services docker build .', 'env --chdir=services'],
    ['sudo -D /srv docker build .', 'sudo -D /srv'],
    ['nice -n 5 sudo --chdir /srv -u ci docker build .', 'sudo --chdir /srv']
  ])('%s runs in another folder: %s', (script, movedBy) => {
    expect(build(script)).toMatchObject({ tool: 'docker build', context: '.', movedBy })
  })

  it('reads a build after then, else or do on the same line', () => {
    const found = shellCommands(
      'if x; then docker build a; else docker build b; fi\nfor d in c; do docker build c; done'
    )
      .map((c) => buildCommand(c)?.context)
      .filter((c) => c !== undefined)
    expect(found).toEqual(['a', 'b', 'c'])
  })

  it.each([
    'docker run build ctx',
    'docker --context build',
    'docker',
    'kubectl build ctx',
    'docker build -h ctx',
    'if [ -f x ]'
  ])('%s is no build', (script) => {
    expect(build(script)).toBeUndefined()
  })

  it('reads files, tags, named contexts and the last positional as the context', () => {
    expect(
      build(
        'docker buildx build --file=a.D -t t1 --tag t2 -tt3 -o out -m 1g --build-context x=y --build-context=z=w --pull one two'
      )
    ).toEqual({
      tool: 'docker buildx build',
      start: 0,
      context: 'two',
      file: 'a.D',
      tags: ['t1', 't2', 't3'],
      namedContexts: ['x=y', 'z=w']
    })
    expect(build('docker build - < Dockerfile')?.context).toBe('-')
    expect(build('docker build -t')).toMatchObject({ tags: [], context: undefined })
    expect(build('docker build -- -odd')?.context).toBe('-odd')
  })
})

/** Characters the shell gives meaning to, and some others. */
const unit = fc.oneof(
  fc.constantFrom(...' \t\n\r\'"\\$`(){}#;&|<>*~=-!'.split('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
)
/** A word; `${{` would be a GitHub expression, and LITERAL_DOLLAR is the reader's own. */
const word = fc
  .string({ unit, maxLength: 12 })
  .filter((w) => !w.includes('${{') && !w.includes(LITERAL_DOLLAR))
type Style = 'single' | 'double' | 'backslash'
const style = fc.constantFrom<Style>('single', 'double', 'backslash')

/** Quotes one piece of a word the way the shell reads it back as written. */
function quote(text: string, how: Style): string {
  if (how === 'single') return `'${text.split("'").join("'\\''")}'`
  if (how === 'double') return `"${text.replace(/["\\$`]/g, '\\$&')}"`
  // A backslash before a line break continues the line instead: those go in single quotes.
  return [...text].map((c) => (c === '\n' || c === '\r' ? `'${c}'` : `\\${c}`)).join('')
}

/** A word written as pieces, each quoted its own way. */
const quoted = fc
  .tuple(word, fc.array(fc.tuple(fc.nat(), style), { minLength: 1, maxLength: 4 }))
  .map(([w, cuts]) => {
    const at = [...new Set(cuts.map(([k]) => k % (w.length + 1)))].sort((a, b) => a - b)
    let out = ''
    let from = 0
    for (const [k, to] of [...at, w.length].entries()) {
      out += quote(w.slice(from, to), cuts[k]?.[1] ?? 'single')
      from = to
    }
    return { word: w, written: w === '' ? "''" : out }
  })

describe('properties', () => {
  it('a word quoted in any mix of quotes reads back as the word', () => {
    fc.assert(
      fc.property(
        fc.array(quoted, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(' ', '\t', ' \\\n  '),
        (words, gap) => {
          const script = words.map((w) => w.written).join(gap)
          const read = shellCommands(script)
          expect(read).toHaveLength(1)
          expect(read[0]?.map((w) => w.text.split(LITERAL_DOLLAR).join('$'))).toEqual(
            words.map((w) => w.word)
          )
          let offset = 0
          const starts = words.map((w) => {
            const s = offset
            offset += w.written.length + gap.length
            return s
          })
          expect(read[0]?.map((w) => w.start)).toEqual(starts)
        }
      ),
      { numRuns: 500 }
    )
  })

  it('commands joined by any operator read back one by one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(quoted, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('; ', ' && ', ' || ', ' | ', ' & ', '\n', '\r\n'),
        (commands, op) => {
          const script = commands.map((c) => c.map((w) => w.written).join(' ')).join(op)
          expect(
            shellCommands(script).map((c) => c.map((w) => w.text.split(LITERAL_DOLLAR).join('$')))
          ).toEqual(commands.map((c) => c.map((w) => w.word)))
        }
      ),
      { numRuns: 300 }
    )
  })

  it('a docker build line reads back its quoted file, tags and context', () => {
    fc.assert(
      fc.property(quoted, quoted, quoted, (file, tag, context) => {
        const b = build(
          `docker build -f ${file.written} --tag ${tag.written} -- ${context.written}`
        )
        const plain = (s: string | undefined) => s?.split(LITERAL_DOLLAR).join('$')
        expect(plain(b?.file)).toBe(file.word)
        expect(b?.tags.map(plain)).toEqual([tag.word])
        expect(plain(b?.context)).toBe(context.word)
      }),
      { numRuns: 300 }
    )
  })
})

describe('linear growth', () => {
  it.each([
    ['unclosed GitHub expressions in single quotes', (n: number) => `'${'${{'.repeat(n)}`],
    ['unclosed GitHub expressions in double quotes', (n: number) => `"${'\\${{'.repeat(n)}`],
    ['escaped unclosed GitHub expressions', (n: number) => '\\${{ '.repeat(n)],
    ['GitHub expressions closed at the end', (n: number) => `'${'${{ '.repeat(n)}}}'`],
    ['unclosed command substitutions', (n: number) => '$('.repeat(n)],
    ['command substitutions with quotes', (n: number) => `$(${'"\')'.repeat(n)}`],
    ['redirections', (n: number) => '1>&2 2>x '.repeat(n)],
    ['many commands', (n: number) => 'docker build -t a:1 -f D . && '.repeat(n / 5)]
  ])('%s', (_, make) => {
    const r = growth(make, (s) => shellCommands(s).map(buildCommand), 5000)
    expect(r).toBeLessThan(LINEAR)
  })
})
