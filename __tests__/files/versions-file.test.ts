import { describe, expect, it } from '@jest/globals'
import { VersionsFile } from '../../src/files/versions-file.js'
import type { Line } from '../../src/files/versions-lines.js'
import { warningText } from '../../src/util/warning.js'

/** The classification of a single line, as parse sees it. */
function line(text: string): Omit<Line, 'raw' | 'newline'> {
  const [first] = VersionsFile.parse(text).lines
  const { raw: _raw, newline: _newline, ...info } = first as Line
  return info
}

const auto = (prefix: string, value: string, literal = true): object => ({
  kind: 'auto',
  prefix,
  value,
  literal
})
const manual = (prefix: string, value: string, literal = true): object => ({
  kind: 'manual',
  prefix,
  value,
  literal
})
const OTHER = { kind: 'other' }
const COMMENT = { kind: 'comment' }

describe('line classification', () => {
  it.each([
    // auto pins: at the start of the line, quoted or not, alone but for a comment
    ['postgres_VER="v3.4.12"', auto('postgres', 'v3.4.12')],
    ["postgres_VER='v3.4.12'", auto('postgres', 'v3.4.12')],
    ['postgres_VER=v3.4.12', auto('postgres', 'v3.4.12')],
    ['postgres_VER="v3.4.12"   ', auto('postgres', 'v3.4.12')],
    ['postgres_VER="v3.4.12"\t# pinned at release', auto('postgres', 'v3.4.12')],
    ['postgres_VER=v3"."4\'.\'12', auto('postgres', 'v3.4.12')],
    ['postgres_VER=', auto('postgres', '')],
    ['postgres_VER=""', auto('postgres', '')],
    ['svc_bip_api_VER="v1.0.0"', auto('svc_bip_api', 'v1.0.0')],
    ['_VER_VER="v1"', auto('_VER', 'v1')],
    ['REDIS_VER="7.2.4"', auto('REDIS', '7.2.4')],
    ['app_VER=v1#2', auto('app', 'v1#2')],
    ['app_VER=#v1', auto('app', '#v1')],
    ['app_VER="a\\"b"', auto('app', 'a"b')],
    ['app_VER="a\\b"', auto('app', 'a\\b')],
    ['app_VER=a\\ b', auto('app', 'a b')],
    ['app_VER="$LAST_RELEASE_VERSION"', auto('app', '$LAST_RELEASE_VERSION', false)],
    ['app_VER=$LAST_RELEASE_VERSION', auto('app', '$LAST_RELEASE_VERSION', false)],
    ['app_VER="$(id)"', auto('app', '$(id)', false)],
    ['app_VER="`id`"', auto('app', '`id`', false)],
    ['app_VER=~/x', auto('app', '~/x', false)],
    ["app_VER=$'v1\\'x'", auto('app', "v1\\'x", false)],
    ["app_VER='$(id)'", auto('app', '$(id)')],
    ['app_VER=$(id)', auto('app', '$(id)', false)],
    ['app_VER=`id`', auto('app', '`id`', false)],
    ['app_VER=v$(cat x)-`date`', auto('app', 'v$(cat x)-`date`', false)],
    ['app_VER=$(echo ")" \'(\' $(id)) # x', auto('app', '$(echo ")" \'(\' $(id))', false)],
    ["app_VER=`echo '`'`", auto('app', "`echo '`'`", false)],
    ['export app_VER=$(id)', manual('app', '$(id)', false)],
    // manual pins
    ['export console_VER="v3.2.5"', manual('console', 'v3.2.5')],
    ['export   console_VER=v3.2.5 # by hand', manual('console', 'v3.2.5')],
    ['  export console_VER="v3.2.5"', manual('console', 'v3.2.5')],
    ['declare -x console_VER="v3.2.5"', manual('console', 'v3.2.5')],
    ['declare -g -x console_VER=v3.2.5', manual('console', 'v3.2.5')],
    ['typeset -x console_VER=v3.2.5', manual('console', 'v3.2.5')],
    ['readonly console_VER=v3.2.5', manual('console', 'v3.2.5')],
    ['local console_VER=v3.2.5', manual('console', 'v3.2.5')],
    ['export console_VER="v3.2.5"; echo hi', manual('console', 'v3.2.5')],
    [': ${console_VER:="v3.2.5"}', manual('console', 'v3.2.5')],
    [': ${console_VER:=v3.2.5}', manual('console', 'v3.2.5')],
    [': ${console_VER="v3.2.5"}', manual('console', 'v3.2.5')],
    [': "${console_VER:=v3.2.5}"', manual('console', 'v3.2.5')],
    ['  : ${console_VER:=v3.2.5}  # default', manual('console', 'v3.2.5')],
    ['  console_VER="v3.2.5"', manual('console', 'v3.2.5')],
    ['\tconsole_VER=v3.2.5 # indented', manual('console', 'v3.2.5')],
    // comments and history comments
    ['# app_VER="v1.0.0"', COMMENT],
    ['#app_VER="v1.0.0"', COMMENT],
    ['   # export app_VER="v1.0.0"', COMMENT],
    ['#', COMMENT],
    ['# Fri Sep  1 21:08:58 UTC 2023 -- v3.4.12', { kind: 'history', historyVersion: 'v3.4.12' }],
    ['# Mon Jul 31 17:42:17 UTC 2023 -- v3.4.0', { kind: 'history', historyVersion: 'v3.4.0' }],
    [
      '#Tue Feb 20 22:15:30 UTC 2024 -- release-3.6.12  ',
      { kind: 'history', historyVersion: 'release-3.6.12' }
    ],
    ['# Fri Sep 1 21:08:58 UTC 2023 -- v3.4.12', COMMENT],
    ['# Fri Sep  1 21:08:58 UTC 2023 - v3.4.12', COMMENT],
    ['  # Fri Sep  1 21:08:58 UTC 2023 -- v3.4.12', COMMENT],
    // anything else
    ['   ', OTHER],
    ['echo hello', OTHER],
    ['app_VER', OTHER],
    ['export app_VER', OTHER],
    ['app_VER =v1', OTHER],
    ['app-x_VER=v1', OTHER],
    ['1app_VER=v1', OTHER],
    ['app_VERSION=v1', OTHER],
    ['app_ver=v1', OTHER],
    ['app_VER=v1;', manual('app', 'v1')],
    ['app_VER=v1; rm -rf /', manual('app', 'v1')],
    ['app_VER="v0.1.0"; echo hi', manual('app', 'v0.1.0')],
    ['app_VER=v1 || true', manual('app', 'v1')],
    ['app_VER=v1 >/dev/null', manual('app', 'v1')],
    ['app_VER=v1 x=2 # two', manual('app', 'v1')],
    ['app_VER=v1 x=2 cmd', OTHER],
    ['app_VER=v1 x="2', OTHER],
    ['app_VER=v1;;', OTHER],
    ['app_VER=v1 & wait', OTHER],
    ['app_VER=v1 && echo', manual('app', 'v1')],
    ['app_VER=v1 echo', OTHER],
    ['app_VER=v1 other_VER=v2', manual('app', 'v1')],
    ['app_VER=$(', OTHER],
    ["app_VER=$'abc", OTHER],
    ["app_VER=$(echo 'x", OTHER],
    ['app_VER=$(echo "x', OTHER],
    ['app_VER=$(echo \\', OTHER],
    ['app_VER=$(echo \\) )', auto('app', '$(echo \\) )', false)],
    ['app_VER=$(echo "a\\")")', auto('app', '$(echo "a\\")")', false)],
    ['app_VER=`id', OTHER],
    ['app_VER=v1 | cat', OTHER],
    ['app_VER="v1', OTHER],
    ["app_VER='v1", OTHER],
    ['app_VER=v1\\', OTHER],
    ["app_VER=v1#'", OTHER],
    ['\vapp_VER=v1', OTHER],
    ['\v# comment', OTHER],
    ['\uFEFFapp_VER=v1', auto('app', 'v1')],
    ['app_VER=v1\0', OTHER],
    ['exported app_VER=v1', OTHER],
    ['export -9 app_VER=v1', OTHER],
    [': ${app_VER:-v1}', OTHER],
    [': ${app_VER:=v1', OTHER],
    ['unset app_VER', OTHER],
    ['if true; then app_VER=v1; fi', OTHER]
  ])('%j', (text, expected) => {
    expect(line(text)).toEqual(expected)
  })

  it('drops the \\r of a CRLF line from the value but keeps it in raw', () => {
    const [first] = VersionsFile.parse('app_VER="v1.2.3"\r\n').lines
    expect(first).toEqual({ raw: 'app_VER="v1.2.3"\r', newline: true, ...auto('app', 'v1.2.3') })
  })
})

describe('lines that continue a construct are never pins', () => {
  it.each([
    [
      'a double-quoted string',
      'x="start\napp_VER=v1\nend"\npostgres_VER=v2\n',
      ['other', 'other', 'other', 'auto']
    ],
    [
      'a single-quoted string',
      "x='\napp_VER=v1\n'\npostgres_VER=v2\n",
      ['other', 'other', 'other', 'auto']
    ],
    [
      "a $'...' string",
      "x=$'a\\'\napp_VER=v1\n'\npostgres_VER=v2\n",
      ['other', 'other', 'other', 'auto']
    ],
    [
      'a backslash continuation',
      'echo \\\napp_VER=v1\npostgres_VER=v2\n',
      ['other', 'other', 'auto']
    ],
    [
      'a here-document',
      'cat <<EOF >/dev/null\napp_VER=v1\nEOF\npostgres_VER=v2\n',
      ['other', 'other', 'other', 'auto']
    ],
    [
      'a quoted here-document delimiter',
      "cat <<'E O' >/dev/null\napp_VER=v1\nE O\npostgres_VER=v2\n",
      ['other', 'other', 'other', 'auto']
    ],
    [
      'a <<- here-document',
      'cat <<-EOF\n\tapp_VER=v1\n\t\tEOF\npostgres_VER=v2\n',
      ['other', 'other', 'other', 'auto']
    ],
    [
      'two here-documents',
      'cat <<A <<B\napp_VER=v1\nA\nB=1\nB\npostgres_VER=v2\n',
      ['other', 'other', 'other', 'other', 'other', 'auto']
    ],
    ['a here-string is not a here-document', 'cat <<<"x"\napp_VER=v1\n', ['other', 'auto']],
    ['an arithmetic shift is not a here-document', 'x=$((1<<2))\napp_VER=v1\n', ['other', 'auto']],
    ['a << with no delimiter', 'cat <<\napp_VER=v1\n', ['other', 'auto']],
    ['a quote inside a comment', "# it's\napp_VER=v1\n", ['comment', 'auto']],
    ['a quote after a comment', "echo a # it's\napp_VER=v1\n", ['other', 'auto']],
    ['a # inside a word', "echo a#'\napp_VER=v1\n'\n", ['other', 'other', 'other']],
    ['an escaped quote', "echo \\'\napp_VER=v1\n", ['other', 'auto']],
    ['a double quote inside single quotes', "echo '\"'\napp_VER=v1\n", ['other', 'auto']],
    [
      'an escaped double quote inside double quotes',
      'echo "\\"\napp_VER=v1\n"\n',
      ['other', 'other', 'other']
    ],
    [
      'a CRLF here-document',
      'cat <<EOF\r\napp_VER=v1\r\nEOF\r\napp_VER=v2\r\n',
      ['other', 'other', 'other', 'auto']
    ]
  ])('%s', (_what, text, kinds) => {
    expect(VersionsFile.parse(text).lines.map((l) => l.kind)).toEqual(kinds)
  })
})

describe('round trip', () => {
  it.each([
    [''],
    ['\n'],
    ['\n\n\n'],
    ['\r\n'],
    ['\r'],
    ['a'],
    ['a\n'],
    ['a\r\nb'],
    ['a\r\nb\r\n'],
    ['a\nb\r\nc\rd\n'],
    ['\uFEFF'],
    ['\uFEFFapp_VER=v1\n'],
    ['\uFEFF\uFEFF\n'],
    ['app_VER="v1"\tx\n\t\n'],
    ['x="unclosed\napp_VER=v1'],
    ['\0\n\0'],
    ['😀\ud800\n\udfff'],
    ['no final newline after a pin\napp_VER=v1']
  ])('%j', (text) => {
    expect(VersionsFile.parse(text).toString()).toBe(text)
  })

  it('keeps the BOM out of the first line', () => {
    const f = VersionsFile.parse('\uFEFF# c\n')
    expect(f.bom).toBe('\uFEFF')
    expect(f.lines).toEqual([{ raw: '# c', newline: true, kind: 'comment' }])
  })

  it.each([
    ['', []],
    ['a', [false]],
    ['a\n', [true]],
    ['a\nb', [true, false]],
    ['\n', [true]]
  ])('%j has line endings %j', (text, newlines) => {
    expect(VersionsFile.parse(text).lines.map((l) => l.newline)).toEqual(newlines)
  })
})

describe('problems and notices', () => {
  it.each([
    ['app_VER=v1\n', []],
    ['x="open\n\n', ['line 1 opens a double-quoted string that is never closed']],
    ["a=1\nx='open\nmore\n", ['line 2 opens a single-quoted string that is never closed']],
    ["x=$'open\\'\n", ["line 1 opens a $'...' string that is never closed"]],
    ['echo \\', ['the last line ends with a backslash continuation']],
    ['echo \\\n', ['the last line ends with a backslash continuation']],
    [
      'a=1\ncat <<EOF\nbody\n',
      ['line 2 opens a here-document that is never closed (delimiter "EOF")']
    ],
    ['cat <<A <<B\nA\n', ['line 1 opens a here-document that is never closed (delimiter "B")']],
    ['cat <<EOF\nbody\nEOF', []],
    ['a\0b\n', ['the file contains NUL bytes; it is not a text file']]
  ])('%j -> %j', (text, problems) => {
    expect(VersionsFile.parse(text).problems.map(warningText)).toEqual(problems)
  })

  it.each([
    ['app_VER=v1;\n', []],
    [
      'app_VER=v1 | cat\n',
      ['line 1 looks like a pin but is not a plain assignment; left as it is']
    ],
    [
      '# x\n  export app_VER=$(id\n',
      ['line 2 looks like a pin but is not a plain assignment; left as it is']
    ],
    [
      'app_VER=v1\nREDIS_VER=x y\n',
      ['line 2 looks like a pin but is not a plain assignment; left as it is']
    ],
    ['x="\napp_VER=v1;\n"\n', []],
    ['echo app_VER=v1\n', []]
  ])('%j -> %j', (text, notices) => {
    expect(VersionsFile.parse(text).notices.map(warningText)).toEqual(notices)
  })
})

describe('pinOf and pinnedPrefixes', () => {
  const text = [
    '# header', //                       1
    'export console_VER="v3.2.5"', //    2
    'app_VER="v1.0.0"', //               3
    '# Fri Sep  1 21:08:58 UTC 2023 -- v3.4.12', // 4
    'postgres_VER="v3.4.12"', //         5
    'app_VER="v1.1.0"', //               6
    'console_VER="v9.9.9"', //           7
    'api_VER="$X"', //                   8
    ': ${db_VER:=v1}', //                9
    'REDIS_VER=7' //                     10
  ].join('\n')
  const file = VersionsFile.parse(text)

  it.each([
    ['postgres', { kind: 'auto', value: 'v3.4.12', literal: true, lines: [5] }],
    ['app', { kind: 'auto', value: 'v1.1.0', literal: true, lines: [3, 6] }],
    ['console', { kind: 'manual', value: 'v3.2.5', literal: true, lines: [2, 7] }],
    ['api', { kind: 'auto', value: '$X', literal: false, lines: [8] }],
    ['db', { kind: 'manual', value: 'v1', literal: true, lines: [9] }],
    ['REDIS', { kind: 'auto', value: '7', literal: true, lines: [10] }],
    ['redis', undefined],
    ['missing', undefined]
  ])('%s -> %j', (prefix, pin) => {
    expect(file.pinOf(prefix)).toEqual(pin)
  })

  it('lists pinned prefixes in file order, once each', () => {
    expect(file.pinnedPrefixes()).toEqual(['console', 'app', 'postgres', 'api', 'db', 'REDIS'])
  })
})

describe('withoutAutoPins', () => {
  it.each([
    ['app_VER=v1\npostgres_VER=v2\n', ['app'], 'postgres_VER=v2\n'],
    ['app_VER=v1\npostgres_VER=v2\n', ['postgres'], 'app_VER=v1\n'],
    ['app_VER=v1\npostgres_VER=v2', ['postgres'], 'app_VER=v1'],
    ['app_VER=v1\r\npostgres_VER=v2', ['postgres'], 'app_VER=v1'],
    ['app_VER=v1\r\npostgres_VER=v2\r\n', ['postgres'], 'app_VER=v1\r\n'],
    ['app_VER=v1\npostgres_VER=v2', ['app', 'postgres'], ''],
    ['\uFEFFapp_VER=v1\n', ['app'], '\uFEFF'],
    ['\uFEFF# c\napp_VER=v1\n', ['app'], '\uFEFF# c\n'],
    ['app_VER=v1\n# c\napp_VER=v2\n', ['app'], '# c\n'],
    ['export app_VER=v1\napp_VER=v2\n', ['app'], 'export app_VER=v1\n'],
    ['# app_VER=v1\n  app_VER=v2\n', ['app'], '# app_VER=v1\n  app_VER=v2\n'],
    [
      '# Mon Jul 31 17:42:17 UTC 2023 -- v1\napp_VER=v1\n',
      ['app'],
      '# Mon Jul 31 17:42:17 UTC 2023 -- v1\n'
    ],
    ['x="\napp_VER=v1\n"\n', ['app'], 'x="\napp_VER=v1\n"\n'],
    ['app_VER=v1\nx="open\n', ['app'], 'x="open\n']
  ])('%j without %j -> %j', (text, prefixes, expected) => {
    expect(VersionsFile.parse(text).withoutAutoPins(new Set(prefixes)).toString()).toBe(expected)
  })

  it('returns the same object when nothing is removed', () => {
    const file = VersionsFile.parse('export app_VER=v1\n')
    expect(file.withoutAutoPins(new Set(['app', 'other']))).toBe(file)
  })
})

describe('append', () => {
  it.each([
    ['', ['a_VER="v1"'], 'a_VER="v1"\n'],
    ['\uFEFF', ['a_VER="v1"'], '\uFEFFa_VER="v1"\n'],
    ['# c\n', ['# h', 'a_VER="v1"'], '# c\n# h\na_VER="v1"\n'],
    ['# c', ['# h', 'a_VER="v1"'], '# c\n# h\na_VER="v1"'],
    ['# c\r\n', ['a_VER="v1"'], '# c\r\na_VER="v1"\r\n'],
    ['# c\r\n# d', ['a_VER="v1"'], '# c\r\n# d\r\na_VER="v1"'],
    ['# c\r\n# d\n# e\r\n', ['a_VER="v1"'], '# c\r\n# d\n# e\r\na_VER="v1"\r\n'],
    ['# c\r\n# d\n', ['a_VER="v1"'], '# c\r\n# d\na_VER="v1"\n'],
    ['# c\n\n\n', ['a_VER="v1"'], '# c\n\n\na_VER="v1"\n'],
    ['cat <<EOF\nx\nEOF\n', ['a_VER="v1"'], 'cat <<EOF\nx\nEOF\na_VER="v1"\n']
  ])('%j + %j -> %j', (text, add, expected) => {
    expect(VersionsFile.parse(text).append(add).toString()).toBe(expected)
  })

  it('classifies the appended lines', () => {
    const file = VersionsFile.parse('# c\n').append([
      '# Mon Jul 31 17:42:17 UTC 2023 -- v1.2.3',
      'app_VER="v1.2.3"'
    ])
    expect(file.lines.map((l) => l.kind)).toEqual(['comment', 'history', 'auto'])
    expect(file.pinOf('app')?.value).toBe('v1.2.3')
  })

  it('returns the same object when there is nothing to append', () => {
    const file = VersionsFile.parse('x="open\n')
    expect(file.append([])).toBe(file)
  })

  it.each([
    ['x="open\n', 'line 1 opens a double-quoted string that is never closed'],
    ['echo \\', 'the last line ends with a backslash continuation'],
    ['cat <<EOF\n', 'line 1 opens a here-document that is never closed'],
    ['a\0\n', 'the file contains NUL bytes']
  ])('refuses to append to %j', (text, problem) => {
    expect(() => VersionsFile.parse(text).append(['a_VER="v1"'])).toThrow(
      new RegExp(
        `^cannot append: .*${problem.replace(/[$()]/g, '\\$&')}.*Fix the file by hand first\\.$`
      )
    )
  })
})

describe('hostile input parses exactly (linear scanners, no regex over a long line)', () => {
  const MB10 = 10 * 1024 * 1024
  const x = 'a'.repeat(MB10)

  it.each([
    ['plain text', x, 'other'],
    ['an auto pin', `app_VER=${x}`, 'auto'],
    ['an auto pin with a trailer', `app_VER=${x};`, 'manual'],
    ['an auto pin with a command', `app_VER=${x} cmd`, 'other'],
    ['a quoted auto pin', `app_VER="${x}"`, 'auto'],
    ['an unclosed quoted pin', `app_VER="${x}`, 'other'],
    ['escapes', `app_VER=${'\\a'.repeat(MB10 / 2)}`, 'auto'],
    ['empty quotes', `app_VER=${'""'.repeat(MB10 / 2)}`, 'auto'],
    ['single quotes', `app_VER=${"''".repeat(MB10 / 2)}`, 'auto'],
    ['an export with many flags', `export ${'-a '.repeat(MB10 / 3)}app_VER=v1`, 'manual'],
    ['a default pin', `: \${app_VER:=${x}}`, 'manual'],
    ['an identifier', `${x}_VE=1`, 'other'],
    ['an identifier pin', `${x}_VER=1`, 'auto'],
    ['spaces', `${' '.repeat(MB10)}app_VER=v1`, 'manual'],
    ['hashes', '#'.repeat(MB10), 'comment'],
    ['a history-like comment', `# Mon Jul 31 17:42:17 UTC 2023 -- ${x} x`, 'comment'],
    ['command substitutions', `app_VER="${'$('.repeat(MB10 / 2)}"`, 'auto'],
    ['backticks', '`'.repeat(MB10), 'other'],
    ['here-document openers', '<<a '.repeat(MB10 / 4), 'other'],
    ['NUL bytes', '\0'.repeat(MB10), 'other']
  ])('a 10 MB line of %s', (_what, text, kind) => {
    // No time limit (the machine is shared); the parse must finish and be exact.
    const file = VersionsFile.parse(`${text}\n`)
    expect(file.lines[0]?.kind).toBe(kind)
    expect(file.toString()).toBe(`${text}\n`)
  })

  it('one million short lines', () => {
    const text = 'app_VER="v1.2.3"\n# Mon Jul 31 17:42:17 UTC 2023 -- v1.2.3\n'.repeat(500_000)
    const file = VersionsFile.parse(text)
    expect(file.lines).toHaveLength(1_000_000)
    expect(file.pinOf('app')?.lines).toHaveLength(500_000)
  })
})
