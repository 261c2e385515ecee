// The Dockerfile provider at the edges: files it cannot read, contexts it is given, folders that
// fit an inferred context as well, RUN --mount forms, and a FROM with no image.
import { describe, expect, it } from '@jest/globals'
import { dockerInputs, dockerfileInputs } from '../../../../src/detect/build/docker/provider.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { Input } from '../../../../src/detect/build/types.js'

const brief = (xs: readonly Input[]): string[] =>
  xs.map((i) => `${i.kind} ${i.path}${i.excludes ? ` -${i.excludes.join(',')}` : ''}`)

/** A tree listing every path, with text only for those in `texts` (the rest are too big to read). */
const treeWithout = (texts: Record<string, string>, unread: string[]) =>
  makeTree([...Object.keys(texts), ...unread], new Map(Object.entries(texts)), new Map())

describe('dockerfileInputs: what cannot be read', () => {
  it('widens to the declared context when the Dockerfile it names is not in the tree', () => {
    const r = dockerfileInputs('svc/Dockerfile.prod', treeOf({ 'svc/app.py': '' }), {
      context: 'svc',
      how: 'compose service svc (compose.yml line 3)',
      root: 'elsewhere'
    })
    expect(r.unresolved).toEqual([
      {
        what: 'svc/Dockerfile.prod could not be read (it is not in the tree)',
        scope: 'svc',
        file: 'svc/Dockerfile.prod'
      }
    ])
    expect(r.builds).toEqual([
      {
        dockerfile: 'svc/Dockerfile.prod',
        context: 'svc',
        how: 'compose service svc (compose.yml line 3)'
      }
    ])
    expect(brief(r.inputs)).toEqual(['file svc/Dockerfile.prod'])
  })

  it('widens to the context when its .dockerignore is in the tree but cannot be read', () => {
    const tree = treeWithout({ 'svc/Dockerfile': 'FROM x\nCOPY app.py /a', 'svc/app.py': '' }, [
      'svc/.dockerignore'
    ])
    const r = dockerInputs('svc', tree)
    expect(r.unresolved).toEqual([
      {
        what: 'svc/.dockerignore could not be read, so what it keeps out is unknown',
        scope: 'svc',
        file: 'svc/.dockerignore'
      }
    ])
    expect(brief(r.inputs)).toContain('file svc/app.py')
  })
})

describe('dockerInputs: a Dockerfile that cannot be read', () => {
  it('widens to the build root, which is then the context', () => {
    const r = dockerInputs('svc', treeWithout({ 'svc/app.py': '' }, ['svc/Dockerfile']))
    expect(r.unresolved).toEqual([
      { what: 'svc/Dockerfile could not be read', scope: 'svc', file: 'svc/Dockerfile' }
    ])
    expect(r.builds).toEqual([
      { dockerfile: 'svc/Dockerfile', context: 'svc', how: 'the build root' }
    ])
  })
})

describe('dockerfileInputs: a declared context', () => {
  it('says "declared" when the caller gives a context without saying how', () => {
    const tree = treeOf({ 'svc/Dockerfile': 'FROM x\nCOPY lib /lib', 'lib/a.py': '' })
    const r = dockerfileInputs('svc/Dockerfile', tree, { context: '', root: 'svc' })
    expect(r.builds).toEqual([{ dockerfile: 'svc/Dockerfile', context: '', how: 'declared' }])
    expect(brief(r.inputs).slice(3)).toEqual(['dir lib'])
    expect(r.unresolved).toEqual([])
  })
})

describe('dockerInputs: an inferred context that folders above fit too', () => {
  const tree = treeOf({
    'a/svc/Dockerfile': 'FROM x\nARG JAR\nCOPY lib /lib\nCOPY ${JAR} /app.jar\nCOPY ../up /up',
    'a/svc/lib/x.py': '',
    'a/lib/y.py': '',
    'up/z': ''
  })
  const r = dockerInputs('a/svc', tree)

  it('counts the sources read from each such folder, naming it, and only literal sources', () => {
    expect(r.builds).toEqual([
      {
        dockerfile: 'a/svc/Dockerfile',
        context: 'a/svc',
        how: "the Dockerfile's folder, where every COPY source is"
      }
    ])
    expect(r.unresolved).toEqual([
      {
        what: 'a/svc/Dockerfile line 4: COPY source ${JAR} uses a variable',
        scope: 'a/svc',
        excludes: [],
        file: 'a/svc/Dockerfile',
        line: 4
      },
      {
        what: 'a/svc/Dockerfile: its build context is not declared; every COPY source exists under a/svc/ and under a/ too (declare it, e.g. in a compose file)',
        scope: 'a/lib',
        file: 'a/svc/Dockerfile',
        line: 3
      }
    ])
    expect(r.warnings).toEqual([
      'a/svc/Dockerfile line 5: COPY source ../up is outside the build context; ignored'
    ])
  })
})

describe('dockerInputs: a context at the repository root', () => {
  it('counts a glob from the root, and says when the root fits the sources as well', () => {
    const tree = treeOf({
      'svc/Dockerfile': 'FROM x\nCOPY svc/*.py /app/',
      'svc/svc/main.py': '',
      'svc/main.py': ''
    })
    const r = dockerInputs('svc', tree)
    expect(brief(r.inputs.slice(3))).toEqual(['glob svc/svc/*.py/**'])
    expect(r.unresolved).toEqual([
      {
        what: 'svc/Dockerfile: its build context is not declared; every COPY source exists under svc/ and under the repository root too (declare it, e.g. in a compose file)',
        scope: 'svc',
        file: 'svc/Dockerfile',
        line: 2
      }
    ])
    const root = dockerInputs('', treeOf({ Dockerfile: 'FROM x\nCOPY *.py /app/', 'a.py': '' }))
    expect(brief(root.inputs.slice(3))).toEqual(['glob *.py/**'])
  })

  it('leaves a Dockerfile that a declared build reads to that build', () => {
    const tree = treeOf({ 'svc/Dockerfile': 'FROM x\nCOPY app.jar /' })
    expect(dockerInputs('svc', tree, new Set(['svc/Dockerfile']))).toEqual({
      inputs: [],
      warnings: [],
      claimed: true
    })
  })
})

describe('dockerInputs: sources behind symbolic links', () => {
  const tree = treeOf(
    {
      'svc/Dockerfile':
        'FROM x\nCOPY conf /conf\nCOPY conf/a.yml /a\nCOPY gone/x /x\nCOPY out/passwd /p',
      'shared/conf/a.yml': ''
    },
    { 'svc/conf': '../shared/conf', 'svc/gone': '../nowhere', 'svc/out': '../../etc' }
  )
  const r = dockerInputs('svc', tree)
  it('counts a link, and a source found through a linked folder (the links are followed later)', () => {
    expect(brief(r.inputs.slice(3))).toEqual(['file svc/conf', 'dir svc/conf/a.yml'])
  })
  it('leaves a source behind a link to nothing, or out of the repository, unresolved', () => {
    expect((r.unresolved ?? []).map((u) => u.what)).toEqual([
      'svc/Dockerfile line 4: COPY gone/x is not a file or folder of the build context svc/ (a build output?)',
      'svc/Dockerfile line 5: COPY out/passwd is not a file or folder of the build context svc/ (a build output?)'
    ])
  })
})

describe('dockerInputs: RUN --mount', () => {
  const sources = (run: string): string[] => {
    const tree = treeOf({
      'svc/Dockerfile': `FROM golang:1.23\n${run}`,
      'svc/go.sum': '',
      'svc/app.py': ''
    })
    const r = dockerInputs('svc', tree)
    expect(r.unresolved).toEqual([])
    return brief(r.inputs.slice(3))
  }
  it.each([
    [
      'a bind mount by default, with src=',
      'RUN --mount=src=go.sum,target=/x,ro go build',
      ['file svc/go.sum']
    ],
    ['no source is the whole context', 'RUN --mount=type=bind,target=/src make', ['dir svc']],
    [
      'a cache, a secret, a mount from a stage, other flags: no source',
      'RUN --network=none --mount --mount=type=cache,target=/c --mount=type=secret,id=t --mount=from=build,source=/out,target=/o make',
      []
    ]
  ])('%s', (_name, run, inputs) => {
    expect(sources(run)).toEqual(inputs)
  })
})

describe('dockerInputs: odd FROM lines and staged contexts', () => {
  it('names no base image for a FROM without one', () => {
    const r = dockerInputs('svc', treeOf({ 'svc/Dockerfile': 'FROM\nFROM alpine:3' }))
    expect(r.baseImages).toEqual([{ image: 'alpine:3', file: 'svc/Dockerfile', line: 2 }])
    expect(r.unresolved).toEqual([])
  })

  it('says "the root" for a Gradle-staged Dockerfile of the root project', () => {
    const r = dockerInputs('', treeOf({ 'src/docker/Dockerfile': 'FROM x\nCOPY app.jar /' }))
    expect(r.unresolved).toEqual([
      {
        what: 'the build context of src/docker/Dockerfile is staged by the build from the project folder (the root)',
        scope: '',
        output: '',
        file: 'src/docker/Dockerfile'
      }
    ])
  })
})
