import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import picomatch from 'picomatch'
import {
  dockerInputs,
  dockerProvider,
  wantsDocker
} from '../../../../src/detect/build/docker/provider.js'
import { parseDockerfile } from '../../../../src/detect/build/docker/dockerfile.js'
import {
  ignoreExcludes,
  isIgnored,
  parseDockerignore
} from '../../../../src/detect/build/docker/dockerignore.js'
import { BUILD_FILES, isBuildRootCandidate } from '../../../../src/detect/build/build-files.js'
import { folderProvider } from '../../../../src/detect/build/folder.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { Input } from '../../../../src/detect/build/types.js'

const brief = (xs: readonly Input[]): string[] =>
  xs.map((i) => `${i.kind} ${i.path}${i.excludes ? ` -${i.excludes.join(',')}` : ''}`)

/** The non-boilerplate inputs (not the Dockerfile and ignore files) of `svc/Dockerfile`. */
function sources(
  dockerfile: string,
  extra: Record<string, string> = {}
): { inputs: string[]; warnings: string[]; unresolved?: string[] } {
  const tree = treeOf({
    'svc/Dockerfile': dockerfile,
    'svc/app.py': '',
    'svc/lib/x.py': '',
    'svc/a.jar': '',
    'svc/b.jar': '',
    ...extra
  })
  const r = dockerInputs('svc', tree)
  const unresolved = (r.unresolved ?? []).map((u) => `${u.scope}: ${u.what}`)
  return {
    inputs: brief(r.inputs.slice(3)),
    warnings: [...r.warnings],
    ...(unresolved.length > 0 ? { unresolved } : {})
  }
}

describe('parseDockerfile', () => {
  it('joins continuations, drops comments inside them, reads flags, JSON form and heredocs', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      '# escape=\\',
      'FROM --platform=$BUILDPLATFORM python:3.12 AS build',
      'COPY --chown=app:app --link \\',
      '  # a comment inside',
      '  app.py \\',
      '',
      '  /app/',
      'COPY ["lib", "/app/lib/"]',
      'RUN <<EOF',
      'COPY not-an-instruction /x',
      'EOF',
      'copy a.jar /x'
    ].join('\n')
    expect(parseDockerfile(text).instructions).toEqual([
      {
        keyword: 'FROM',
        line: 3,
        flags: [['platform', '$BUILDPLATFORM']],
        args: ['python:3.12', 'AS', 'build'],
        json: false,
        heredocs: []
      },
      {
        keyword: 'COPY',
        line: 4,
        flags: [
          ['chown', 'app:app'],
          ['link', undefined]
        ],
        args: ['app.py', '/app/'],
        json: false,
        heredocs: []
      },
      { keyword: 'COPY', line: 9, flags: [], args: ['lib', '/app/lib/'], json: true, heredocs: [] },
      { keyword: 'RUN', line: 10, flags: [], args: ['<<EOF'], json: false, heredocs: ['EOF'] },
      { keyword: 'COPY', line: 13, flags: [], args: ['a.jar', '/x'], json: false, heredocs: [] }
    ])
  })

  it('honours the backtick escape directive', () => {
    const text = '# escape=`\nFROM windows\nCOPY a.jar `\n  C:\\app\\'
    const p = parseDockerfile(text)
    expect(p.escape).toBe('`')
    expect(p.instructions[1]?.args).toEqual(['a.jar', 'C:\\app\\'])
  })
})

describe('dockerInputs: sources', () => {
  const cases: [string, string, string[]][] = [
    ['plain file', 'FROM python:3.12\nCOPY app.py /app/', ['file svc/app.py']],
    ['folder', 'FROM python:3.12\nADD lib /app/lib', ['dir svc/lib']],
    [
      'several sources',
      'FROM python:3.12\nCOPY app.py lib/ /app/',
      ['file svc/app.py', 'dir svc/lib']
    ],
    ['JSON form', 'FROM python:3.12\nCOPY ["app.py", "/app/"]', ['file svc/app.py']],
    ['glob', 'FROM python:3.12\nCOPY *.jar /app/', ['glob svc/*.jar/**']],
    ['whole context', 'FROM python:3.12\nCOPY . .', ['dir svc']],
    ['./ is the whole context', 'FROM python:3.12\nCOPY ./ /app', ['dir svc']],
    ['leading / is the context root', 'FROM python:3.12\nCOPY /app.py /x', ['file svc/app.py']],
    [
      '--from= is a stage, not the context',
      'FROM python:3.12 AS b\nFROM b\nCOPY --from=b /out /x\nCOPY --from=nginx:1 /etc/nginx /x',
      []
    ],
    ['heredoc has no context source', 'FROM python:3.12\nCOPY <<EOF /app/config\nx=1\nEOF', []],
    [
      'ADD of a URL is not a context source',
      'FROM python:3.12\nADD https://example.com/a.tgz /x\nADD git@github.com:o/r.git /r',
      []
    ],
    [
      'RUN bind mount reads the context',
      'FROM python:3.12\nRUN --mount=type=bind,source=app.py,target=/a python /a\nRUN --mount=type=cache,target=/c x',
      ['file svc/app.py']
    ],
    [
      '--parents keeps sources',
      'FROM python:3.12\nCOPY --parents lib/x.py /app/',
      ['file svc/lib/x.py']
    ]
  ]
  it.each(cases)('%s', (_name, text, inputs) => {
    expect(sources(text)).toEqual({ inputs, warnings: [] })
  })

  it('leaves a variable source unresolved, to be widened to the context, naming the line', () => {
    expect(sources('FROM python:3.12\nARG JAR\nCOPY ${JAR} /app.jar')).toEqual({
      inputs: [],
      warnings: [],
      unresolved: ['svc: svc/Dockerfile line 3: COPY source ${JAR} uses a variable']
    })
  })

  it('ignores a source outside the context, with a warning', () => {
    expect(sources('FROM python:3.12\nCOPY ../shared /x')).toEqual({
      inputs: [],
      warnings: [
        'svc/Dockerfile line 2: COPY source ../shared is outside the build context; ignored'
      ]
    })
  })

  it('lists the Dockerfile and both ignore files first', () => {
    const r = dockerInputs('svc', treeOf({ 'svc/Dockerfile': 'FROM x' }))
    expect(r.inputs.slice(0, 3).map((i) => [i.path, i.from.why])).toEqual([
      ['svc/Dockerfile', 'Dockerfile of the image'],
      ['svc/Dockerfile.dockerignore', 'ignore file of the build context'],
      ['svc/.dockerignore', 'ignore file of the build context']
    ])
  })

  it('leaves a Gradle-staged src/docker/Dockerfile to the build that stages its context', () => {
    const r = dockerInputs(
      'app',
      treeOf({ 'app/src/docker/Dockerfile': 'FROM eclipse-temurin:17\nCOPY ${JAR} x' })
    )
    expect(brief(r.inputs)).toEqual(['file app/src/docker/Dockerfile'])
    // Settled when Gradle claims app/ (its inputs make the staged folder); else app/ counts.
    expect(r.unresolved).toEqual([
      {
        what: 'the build context of app/src/docker/Dockerfile is staged by the build from the project folder app/',
        scope: 'app',
        output: 'app',
        file: 'app/src/docker/Dockerfile'
      }
    ])
    expect(r.warnings).toEqual([])
    expect(r.baseImages).toEqual([
      { image: 'eclipse-temurin:17', file: 'app/src/docker/Dockerfile', line: 1 }
    ])
  })

  it('does not claim a folder without a Dockerfile; finds a Containerfile', () => {
    expect(dockerInputs('svc', treeOf({ 'svc/app.py': '' })).claimed).toBe(false)
    const r = dockerProvider.inputsOf(
      { name: 'x', prefix: 'x' },
      { folder: 'svc', how: '' },
      treeOf({ 'svc/Containerfile': 'FROM x' })
    )
    expect(r.inputs[0]?.path).toBe('svc/Containerfile')
  })
})

describe('dockerInputs: base images', () => {
  it('reports FROM images, not stages nor scratch, with global ARG defaults', () => {
    const text = [
      'ARG PY=3.12',
      'ARG BASE',
      'FROM python:${PY}-slim AS build',
      'FROM --platform=linux/amd64 build AS test',
      'FROM scratch',
      'FROM $BASE',
      'FROM BUILD'
    ].join('\n')
    const r = dockerInputs('svc', treeOf({ 'svc/Dockerfile': text }))
    expect(r.baseImages).toEqual([
      { image: 'python:3.12-slim', file: 'svc/Dockerfile', line: 3 },
      { image: '$BASE', file: 'svc/Dockerfile', line: 6 }
    ])
    expect(r.warnings).toEqual([
      'svc/Dockerfile line 6: FROM $BASE uses a build argument without a default'
    ])
  })
})

describe('.dockerignore', () => {
  it('reads rules: comments, blank lines, leading / and ./, cleaned', () => {
    expect(parseDockerignore('# c\n\n/tmp/\n./a/../b\n! keep.md\n**/*.log')).toEqual([
      { pattern: 'tmp', negate: false, line: 3 },
      { pattern: 'b', negate: false, line: 4 },
      { pattern: 'keep.md', negate: true, line: 5 },
      { pattern: '**/*.log', negate: false, line: 6 }
    ])
  })

  const rules = parseDockerignore('*.md\n!README.md\n**/*.log\ntests\ndocs/*/draft')
  it.each([
    ['CHANGES.md', true],
    ['README.md', false],
    ['sub/CHANGES.md', false],
    ['a.log', true],
    ['x/y/a.log', true],
    ['tests/t.py', true],
    ['tests', true],
    ['docs/a/draft/x', true],
    ['docs/draft', false],
    ['app.py', false]
  ])('%s ignored: %s', (path, ignored) => {
    expect(isIgnored(path, rules)).toBe(ignored)
  })

  it('becomes excludes globs without ! rules', () => {
    const tree = treeOf({
      'svc/Dockerfile': 'FROM x\nCOPY . .',
      'svc/.dockerignore': '*.md\n**/__pycache__\n',
      'svc/README.md': '',
      'svc/app.py': '',
      'svc/lib/__pycache__/a.pyc': ''
    })
    const whole = dockerInputs('svc', tree).inputs.find((i) => i.kind === 'dir')
    expect(whole?.excludes).toEqual(['svc/*.md/**', 'svc/**/__pycache__/**'])
    const isOut = picomatch(whole?.excludes as string[], { dot: true, windows: false })
    expect(tree.filesUnder('svc').filter((f) => !isOut(f))).toEqual([
      'svc/.dockerignore',
      'svc/Dockerfile',
      'svc/app.py'
    ])
  })

  it('becomes the exact ignored files with ! rules; <Dockerfile>.dockerignore wins', () => {
    const tree = treeOf({
      'svc/Dockerfile': 'FROM x\nCOPY . .',
      'svc/Dockerfile.dockerignore': '*.md\n!README.md',
      'svc/.dockerignore': '*',
      'svc/README.md': '',
      'svc/[draft] notes.md': ''
    })
    expect(dockerInputs('svc', tree).inputs.find((i) => i.kind === 'dir')?.excludes).toEqual([
      'svc/\\[draft\\] notes.md'
    ])
    expect(
      ignoreExcludes('', parseDockerignore('a\n!a/b'), (d) =>
        treeOf({ 'a/b': '', 'a/c': '' }).filesUnder(d)
      )
    ).toEqual(['a/c'])
  })
})

describe('properties', () => {
  const piece = fc.constantFrom(
    'FROM x AS y\n',
    'COPY ',
    'ADD ',
    'RUN --mount=type=bind,source=',
    ' . ',
    ' ../a ',
    ' /b ',
    ' *.c ',
    '$X ',
    '${Y} ',
    ' \\\n',
    '["a", "../b", "c"]',
    '<<EOF\n',
    'EOF\n',
    '# escape=`\n',
    '`\n',
    '--from=y ',
    '--chown=a ',
    '\n',
    '#',
    '[',
    ']',
    '"',
    '**/',
    'a/../../b '
  )
  it('never throws, and every input stays inside the context', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }),
        (parts) => {
          const tree = makeTree(
            ['ctx/Dockerfile', 'ctx/a', 'other/b'],
            new Map([['ctx/Dockerfile', parts.join('')]])
          )
          const r = dockerInputs('ctx', tree)
          for (const i of r.inputs) expect(i.path === 'ctx' || i.path.startsWith('ctx/')).toBe(true)
        }
      )
    )
  })
})

describe('folder provider and build files', () => {
  it('claims the root folder', () => {
    expect(
      folderProvider.inputsOf(
        { name: 'a', prefix: 'a' },
        { folder: 'a', how: 'folder named a' },
        treeOf({})
      )
    ).toEqual({
      inputs: [{ kind: 'dir', path: 'a', from: { provider: 'folder', why: 'build root a/' } }],
      warnings: [],
      claimed: true
    })
  })

  it('knows build root candidates', () => {
    expect(BUILD_FILES).toContain('pyproject.toml')
    const tree = treeOf({ 'a/go.mod': '', 'b/README.md': '', 'pom.xml': '' })
    expect([
      isBuildRootCandidate('a', tree),
      isBuildRootCandidate('b', tree),
      isBuildRootCandidate('', tree)
    ]).toEqual([true, false, true])
  })

  it.each([
    ['a/Dockerfile', true],
    ['a/Dockerfile.prod', true],
    ['a/Dockerfile-prod', true],
    ['a/api.Dockerfile', true],
    ['a/.dockerignore', true],
    ['a/Dockerfile.dockerignore', true],
    ['a/Containerfile', true],
    ['a/docker-compose.yml', false]
  ])('wantsDocker %s -> %s', (path, want) => {
    expect(wantsDocker(path)).toBe(want)
  })
})
