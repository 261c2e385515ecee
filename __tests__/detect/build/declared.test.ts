import { describe, expect, it } from '@jest/globals'
import type { DeclaredBuild } from '../../../src/detect/build/context/types.js'
import { declaredBuildInputs } from '../../../src/detect/build/declared.js'
import { treeOf } from '../../../test-support/tree.js'

const build = (extra: Partial<DeclaredBuild>): DeclaredBuild => ({
  names: ['api'],
  context: 'api',
  file: 'docker-compose.yml',
  line: 3,
  what: 'compose service api (docker-compose.yml line 3)',
  extraFiles: [],
  unresolved: [],
  ...extra
})

const TREE = treeOf({
  'docker-compose.yml': 'services:\n  api:\n    build: ./api\n',
  '.env': 'X=1\n',
  'api/Dockerfile': 'FROM scratch\nCOPY src /src\n',
  'api/src/main.go': '',
  Dockerfile: 'FROM scratch\nCOPY root.txt /\n',
  'root.txt': ''
})

const paths = (r: { inputs: readonly { kind: string; path: string }[] }): string[] =>
  r.inputs.map((i) => `${i.kind}:${i.path}`)

describe('declaredBuildInputs', () => {
  it('reads the Dockerfile against the declared context, after the declaring file and its extra files', () => {
    const r = declaredBuildInputs(build({ extraFiles: ['.env'] }), TREE, 'fallback')
    expect(paths(r).slice(0, 3)).toEqual([
      'file:docker-compose.yml',
      'file:.env',
      'file:api/Dockerfile'
    ])
    expect(paths(r)).toContain('dir:api/src')
    expect(r.inputs[0]?.from).toEqual({
      provider: 'docker',
      why: 'declares the build: compose service api (docker-compose.yml line 3)',
      file: 'docker-compose.yml',
      line: 3
    })
    expect(r.inputs[1]?.from.why).toBe('read by compose service api (docker-compose.yml line 3)')
    expect(r.unresolved ?? []).toEqual([])
  })

  it('reads Dockerfile at the repository root for the root context', () => {
    const r = declaredBuildInputs(build({ context: '' }), TREE, 'fallback')
    expect(paths(r)).toContain('file:Dockerfile')
    expect(paths(r)).toContain('file:root.txt')
    expect(paths(r)).not.toContain('file:api/Dockerfile')
  })

  it('an unresolved context: only the declaring files, widened to the fallback scope', () => {
    const r = declaredBuildInputs(
      build({ context: undefined, unresolved: ['context ${APP_DIR} uses a variable'] }),
      TREE,
      'api'
    )
    expect(paths(r)).toEqual(['file:docker-compose.yml'])
    expect(r.claimed).toBe(true)
    expect(r.unresolved).toEqual([
      {
        what: 'compose service api (docker-compose.yml line 3): context ${APP_DIR} uses a variable',
        scope: 'api',
        file: 'docker-compose.yml',
        line: 3
      }
    ])
  })

  it('an inline Dockerfile is not read: its context is the scope, said once', () => {
    const r = declaredBuildInputs(build({ inline: true }), TREE, 'fallback')
    // The context's Dockerfile is not the one the build uses.
    expect(paths(r)).toEqual(['file:docker-compose.yml'])
    expect(r.unresolved).toEqual([
      {
        what: 'compose service api (docker-compose.yml line 3): an inline Dockerfile is not read',
        scope: 'api',
        file: 'docker-compose.yml',
        line: 3
      }
    ])
  })

  it('an inline Dockerfile with another unresolved part keeps that reason only', () => {
    const r = declaredBuildInputs(
      build({ inline: true, unresolved: ['named context deps is not read'] }),
      TREE,
      'fallback'
    )
    expect(r.unresolved?.map((u) => u.what)).toEqual([
      'compose service api (docker-compose.yml line 3): named context deps is not read'
    ])
    expect(r.unresolved?.[0]?.scope).toBe('api')
  })

  it('an unresolved Dockerfile name: the default one is not read when it is absent', () => {
    const r = declaredBuildInputs(
      build({ context: 'api/src', unresolved: ['dockerfile ${DF} uses a variable'] }),
      TREE,
      'fallback'
    )
    expect(paths(r)).toEqual(['file:docker-compose.yml'])
    expect(r.unresolved?.map((u) => u.scope)).toEqual(['api/src'])
  })

  it('an unresolved Dockerfile name: the default one is read when it is there', () => {
    const r = declaredBuildInputs(
      build({ unresolved: ['dockerfile ${DF} uses a variable'] }),
      TREE,
      'fallback'
    )
    expect(paths(r)).toContain('file:api/Dockerfile')
    expect(r.unresolved?.[0]?.what).toBe(
      'compose service api (docker-compose.yml line 3): dockerfile ${DF} uses a variable'
    )
  })

  it('a named Dockerfile is read even with an unresolved part', () => {
    const r = declaredBuildInputs(
      build({ dockerfile: 'Dockerfile', unresolved: ['args ${X} use a variable'] }),
      TREE,
      'fallback'
    )
    expect(paths(r)).toContain('file:Dockerfile')
  })
})
