// Matching declared builds to an image of image_vars.src by name: registry host, tag and
// digest dropped, compared whole or by last path segment, ignoring case.
import { describe, expect, it } from '@jest/globals'
import { composeReader } from '../../../../src/detect/build/context/compose.js'
import {
  buildsFor,
  normaliseName,
  type NamedImage
} from '../../../../src/detect/build/context/match.js'
import type { DeclaredBuild } from '../../../../src/detect/build/context/types.js'
import { treeOf } from '../../../../test-support/tree.js'

const build = (...names: string[]): DeclaredBuild => ({
  names,
  context: '',
  file: 'f',
  line: 1,
  what: 'w',
  extraFiles: [],
  unresolved: []
})
const image = (name: string, extra: Partial<NamedImage> = {}): NamedImage => ({
  name,
  prefix: name.replace(/-/g, ''),
  ...extra
})
const matches = (img: NamedImage, ...names: string[]): boolean =>
  buildsFor(img, [build(...names)]).length === 1

describe('normaliseName', () => {
  it.each([
    ['api', 'api'],
    ['API', 'api'],
    ['api:1.2', 'api'],
    ['api@sha256:abc', 'api'],
    ['api:1@sha256:abc', 'api'],
    ['ghcr.io/o/api:latest', 'o/api'],
    ['localhost:5000/api:1', 'api'],
    ['localhost/api', 'api'],
    ['docker.io/library/postgres:15', 'library/postgres'],
    ['o/api', 'o/api'],
    ['${REGISTRY}/api:${TAG:-latest}', '${registry}/api'],
    ['${REG:-ghcr.io}/api:${TAG:-1}', 'api'],
    ['api:${TAG:-latest}', 'api'],
    ['o/app-${ENV}', undefined],
    ['$IMAGE', undefined],
    ['o/api:${{ github.sha }}', 'o/api'],
    ['', undefined],
    ['ghcr.io/', undefined],
    [' api ', 'api']
  ])('%j -> %j', (raw, want) => {
    expect(normaliseName(raw)).toBe(want)
  })
})

describe('buildsFor', () => {
  it.each([
    // [image, build names, matches]
    [image('api'), ['api'], true],
    [image('api'), ['API'], true],
    [image('api'), ['ghcr.io/o/api:1.0'], true],
    [image('api'), ['o/api@sha256:0123'], true],
    [image('api'), ['${REGISTRY}/api:${TAG:-latest}'], true],
    [image('api-gateway'), ['apigateway'], true],
    [image('api-gateway'), ['o/api-gateway:1'], true],
    [image('app'), ['app-worker'], false],
    [image('app'), ['o/app-worker:1'], false],
    [image('app'), ['myapp'], false],
    [image('app'), ['app/worker'], false],
    [image('app'), ['o/app-${ENV}'], false],
    [image('app'), ['$APP'], false],
    [image('app'), ['application'], false],
    [image('svc', { registryImage: 'va/abd_vro-svc' }), ['abd_vro-svc'], true],
    [image('svc', { registryImage: 'va/abd_vro-svc' }), ['ghcr.io/va/abd_vro-svc:1'], true],
    [image('svc', { gradleImage: 'va/abd_vro-svc-local' }), ['va/abd_vro-svc-local:latest'], true],
    [image('svc', { gradleImage: 'va/abd_vro-svc-local' }), ['abd_vro-svc'], false],
    [image('svc'), [], false],
    [image('svc'), ['other', 'o/svc'], true]
  ])('%j with names %j -> %s', (img, names, want) => {
    expect(matches(img, ...names)).toBe(want)
  })

  it('returns every matching build, in order', () => {
    const a = build('api')
    const b = build('web')
    const c = build('ghcr.io/o/api')
    expect(buildsFor(image('api'), [a, b, c])).toEqual([a, c])
  })

  it('does not make a service with only an image a build (postgres trap)', () => {
    const { builds } = composeReader.builds(
      treeOf({
        'docker-compose.yml':
          'services:\n  postgres:\n    image: postgres:15\n  app:\n    build: .\n  app-worker:\n    build: ./worker\n'
      })
    )
    expect(buildsFor(image('postgres'), builds)).toEqual([])
    expect(buildsFor(image('app'), builds).map((b) => b.context)).toEqual([''])
    expect(buildsFor(image('app-worker'), builds).map((b) => b.context)).toEqual(['worker'])
  })
})
