// The Dockerfile reader at the edges: shell-form fallbacks, continuations that run into the end
// of the file, `<<-` heredocs, and which `$` is a variable.
import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../../../src/detect/build/docker/dockerfile.js'
import { sourcesOf } from '../../../../src/detect/build/docker/sources.js'

/** Each instruction as `KEYWORD@line arg|arg`. */
const brief = (text: string): string[] =>
  parseDockerfile(text).instructions.map((i) => `${i.keyword}@${i.line} ${i.args.join('|')}`)

describe('parseDockerfile at the edges', () => {
  it.each([
    [
      'a JSON array with a non-string, or followed by more words, is the shell form',
      'FROM x\nCMD ["serve", 1]\nCOPY ["a.txt", "/dst"] /x',
      ['FROM@1 x', 'CMD@2 ["serve",|1]', 'COPY@3 ["a.txt",|"/dst"]|/x']
    ],
    [
      'a continuation into comments at the end of the file ends the instruction',
      'FROM x\nCOPY a.txt /dst \\\n# the end\n\n',
      ['FROM@1 x', 'COPY@2 a.txt|/dst']
    ],
    [
      'a continuation on the last line ends the instruction',
      'FROM x\nCOPY a.txt /dst \\',
      ['FROM@1 x', 'COPY@2 a.txt|/dst']
    ],
    [
      'a line that is only the escape character, continued into nothing, is no instruction',
      'FROM x\n\\\n\n',
      ['FROM@1 x']
    ],
    [
      'a <<- heredoc ends at its tab-indented delimiter',
      'FROM x\nRUN <<-EOF\n\techo COPY\n\tEOF\nCOPY b.txt /dst',
      ['FROM@1 x', 'RUN@2 <<-EOF', 'COPY@5 b.txt|/dst']
    ],
    [
      'a << heredoc does not end at a tab-indented delimiter',
      'FROM x\nRUN <<EOF\n\tEOF\nCOPY b.txt /dst\nEOF\nCOPY c.txt /dst',
      ['FROM@1 x', 'RUN@2 <<EOF', 'COPY@6 c.txt|/dst']
    ]
  ])('%s', (_name, text, instructions) => {
    expect(brief(text)).toEqual(instructions)
  })
})

describe('COPY sources that use a variable', () => {
  const variable = (src: string, escape = '\\'): boolean[] =>
    parseDockerfile(`COPY ${src} /dst`).instructions.flatMap((i) =>
      sourcesOf(i, escape).map((s) => s.variable)
    )
  it.each([
    ['$JAR', '\\', true],
    ['${JAR}', '\\', true],
    ['app-$1.txt', '\\', false],
    ['cost$', '\\', false],
    ['\\$JAR', '\\', false],
    ['`$JAR', '`', false],
    ['\\$JAR', '`', true]
  ])('%s (escape %s): %s', (src, escape, expected) => {
    expect(variable(src, escape)).toEqual([expected])
  })
})
