// Compose files: the build section of each service, as the Compose Build Specification says:
// `build` is a context path or a mapping, paths are relative to the compose file's folder,
// `dockerfile` to the context, and `${VAR}` comes from the project's `.env`.
import { describe, expect, it } from '@jest/globals'
import { composeReader, isComposeFile } from '../../../../src/detect/build/context/compose.js'
import type { DeclaredBuild } from '../../../../src/detect/build/context/types.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'

const read = (files: Record<string, string>) => composeReader.builds(treeOf(files))
const builds = (files: Record<string, string>): DeclaredBuild[] => read(files).builds
const one = (files: Record<string, string>): DeclaredBuild => {
  const b = builds(files)
  expect(b).toHaveLength(1)
  return b[0] as DeclaredBuild
}
const svc = (build: string, extra = ''): string =>
  `services:\n  api:\n${extra}    build:${build.startsWith('\n') ? build : ` ${build}`}\n`

describe('isComposeFile and wants', () => {
  it.each([
    ['docker-compose.yml', true],
    ['deploy/docker-compose.yaml', true],
    ['a/b/docker-compose.override.yml', true],
    ['compose.yaml', true],
    ['x/compose.prod.yml', true],
    ['docker-compose.json', false],
    ['mycompose.yml', false],
    ['compose/values.yml', false]
  ])('%s -> %s', (path, yes) => {
    expect(isComposeFile(path)).toBe(yes)
    expect(composeReader.wants(path)).toBe(yes)
  })

  it('wants .env files too (for interpolation)', () => {
    expect(composeReader.wants('deploy/.env')).toBe(true)
    expect(composeReader.wants('deploy/.env.local')).toBe(false)
  })
})

describe('the build section', () => {
  it('reads the string form as the context, from the compose file folder', () => {
    const b = one({ 'deploy/docker-compose.yml': svc('../services/api') })
    expect(b).toEqual({
      names: ['api'],
      context: 'services/api',
      file: 'deploy/docker-compose.yml',
      line: 3,
      what: 'compose service api (deploy/docker-compose.yml line 3)',
      extraFiles: [],
      unresolved: []
    })
  })

  it.each([
    ['.', 'deploy'],
    ['./', 'deploy'],
    ['..', ''],
    ['../', ''],
    ['./a/../b/', 'deploy/b'],
    ['sub//x', 'deploy/sub/x']
  ])('normalises context %j -> %j', (ctx, want) => {
    expect(one({ 'deploy/compose.yaml': svc(ctx) }).context).toBe(want)
  })

  it('reads the mapping form: context, dockerfile relative to the context', () => {
    const b = one({
      'docker-compose.yml': svc('\n      context: .\n      dockerfile: services/api/Dockerfile')
    })
    expect(b.context).toBe('')
    expect(b.dockerfile).toBe('services/api/Dockerfile')
  })

  it('defaults the context to the compose folder, and leaves dockerfile out by default', () => {
    const b = one({ 'x/docker-compose.yml': svc('\n      target: prod') })
    expect(b.context).toBe('x')
    expect(b.dockerfile).toBeUndefined()
  })

  it('marks dockerfile_inline as inline', () => {
    const b = one({
      'docker-compose.yml': svc(
        '\n      context: app\n      dockerfile_inline: |\n        FROM alpine'
      )
    })
    expect(b).toMatchObject({ context: 'app', inline: true })
    expect(b.dockerfile).toBeUndefined()
  })

  it('names the service, its image and its build tags', () => {
    const b = one({
      'docker-compose.yml': svc(
        '\n      context: .\n      tags:\n        - o/api:extra',
        '    image: ghcr.io/o/api:1.0\n'
      )
    })
    expect(b.names).toEqual(['api', 'ghcr.io/o/api:1.0', 'o/api:extra'])
  })

  it('gives the line of the build key', () => {
    const text = '# c\nservices:\n\n  api:\n    image: x\n    build: .\n'
    expect(one({ 'docker-compose.yml': text }).line).toBe(6)
  })

  it('is no build at all for a service with only an image', () => {
    expect(builds({ 'docker-compose.yml': 'services:\n  db:\n    image: postgres:15\n' })).toEqual(
      []
    )
  })

  it('skips a null build, a file without services, and an empty file', () => {
    expect(builds({ 'docker-compose.yml': 'services:\n  a:\n    build:\n' })).toEqual([])
    expect(builds({ 'docker-compose.yml': 'volumes: {}\n' })).toEqual([])
    expect(read({ 'docker-compose.yml': '' })).toEqual({ builds: [], warnings: [] })
  })

  it('follows merge keys and anchors', () => {
    const text =
      'x-build: &b\n  context: ./svc\n  dockerfile: D\nservices:\n  api:\n    build:\n      <<: *b\n  web:\n    build: *b\n'
    const b = builds({ 'docker-compose.yml': text })
    expect(b.map((x) => [x.names[0], x.context, x.dockerfile])).toEqual([
      ['api', 'svc', 'svc/D'],
      ['web', 'svc', 'svc/D']
    ])
  })

  it('reads every compose file of the tree, in any folder', () => {
    const b = builds({
      'a/docker-compose.yml': svc('.'),
      'b/c/compose.yml': svc('.'),
      'docker-compose.override.yml': svc('x')
    })
    expect(b.map((x) => [x.file, x.context])).toEqual([
      ['a/docker-compose.yml', 'a'],
      ['b/c/compose.yml', 'b/c'],
      ['docker-compose.override.yml', 'x']
    ])
  })
})

describe('interpolation', () => {
  it('takes literal values of the .env beside the compose file, and lists it', () => {
    const b = one({
      'deploy/docker-compose.yml': svc('\n      context: ../${APP_DIR}\n      dockerfile: $DF'),
      'deploy/.env': '# c\nAPP_DIR=services/api\nexport DF="Dockerfile.prod"\n'
    })
    expect(b).toMatchObject({
      context: 'services/api',
      dockerfile: 'services/api/Dockerfile.prod',
      extraFiles: ['deploy/.env'],
      unresolved: []
    })
  })

  it('takes :- and - defaults when the variable is not set', () => {
    const b = one({
      'docker-compose.yml': svc(
        '\n      context: ${CTX:-svc}\n      dockerfile: ${DF-Dockerfile.x}'
      )
    })
    expect(b).toMatchObject({ context: 'svc', dockerfile: 'svc/Dockerfile.x', extraFiles: [] })
  })

  it('prefers the .env value to the default, and nests defaults', () => {
    const b = one({
      'docker-compose.yml': svc('${CTX:-${OTHER:-no}}'),
      '.env': 'OTHER=yes\n'
    })
    expect(b.context).toBe('yes')
    expect(b.extraFiles).toEqual(['.env'])
  })

  it('keeps $$ as a dollar', () => {
    expect(one({ 'docker-compose.yml': svc('a$$b') }).context).toBe('a$b')
  })

  it.each([
    ['${APP_DIR}', 'build ${APP_DIR} uses ${APP_DIR}'],
    ['$APP_DIR/x', 'build $APP_DIR/x uses $APP_DIR'],
    ['${APP_DIR:?set it}', 'build ${APP_DIR:?set it} uses ${APP_DIR:?set it}'],
    ['${APP_DIR', 'build ${APP_DIR uses ${APP_DIR']
  ])('leaves %s unresolved without a value', (ctx, why) => {
    const b = one({ 'docker-compose.yml': svc(`"${ctx}"`) })
    expect(b.context).toBeUndefined()
    expect(b.unresolved).toEqual([why])
  })

  it('says which .env does not set the variable, and lists it', () => {
    const b = one({
      'd/docker-compose.yml': svc('\n      context: ${X}'),
      'd/.env': 'Y=1\n'
    })
    expect(b.unresolved).toEqual(['context ${X} uses ${X}, which d/.env does not set'])
    expect(b.extraFiles).toEqual(['d/.env'])
  })

  it('does not take .env values that interpolate themselves', () => {
    const b = one({ 'docker-compose.yml': svc('${A}'), '.env': 'A=${B}/x\nB=1\n' })
    expect(b.context).toBeUndefined()
  })

  it('lists the .env when the build has args, and not otherwise', () => {
    const files = {
      'docker-compose.yml': svc('\n      context: .\n      args:\n        - A=1'),
      '.env': 'A=1'
    }
    expect(one(files).extraFiles).toEqual(['.env'])
    expect(one({ 'docker-compose.yml': svc('.'), '.env': 'A=1' }).extraFiles).toEqual([])
  })

  it('names the image as written and as resolved', () => {
    const b = one({
      'docker-compose.yml': svc('.', '    image: ${REG:-ghcr.io/o}/api:${TAG:-latest}\n')
    })
    expect(b.names).toEqual(['api', '${REG:-ghcr.io/o}/api:${TAG:-latest}', 'ghcr.io/o/api:latest'])
  })
})

describe('what is not resolved', () => {
  it.each([
    ['https://github.com/o/r.git#main:svc', 'is a remote (URL or git) context'],
    ['git@github.com:o/r.git', 'is a remote (URL or git) context'],
    ['github.com/o/r', 'is a remote (URL or git) context'],
    ['/srv/app', 'is an absolute path'],
    ['../../..', 'leaves the repository']
  ])('context %s', (ctx, why) => {
    const b = one({ 'a/docker-compose.yml': svc(`\n      context: "${ctx}"\n      dockerfile: D`) })
    expect(b.context).toBeUndefined()
    expect(b.unresolved[0]).toBe(`context ${ctx} ${why}`)
    expect(b.dockerfile).toBeUndefined()
  })

  it('an absolute dockerfile', () => {
    const b = one({
      'docker-compose.yml': svc('\n      context: .\n      dockerfile: /x/Dockerfile')
    })
    expect(b).toMatchObject({
      context: '',
      unresolved: ['dockerfile /x/Dockerfile is an absolute path']
    })
  })

  it('additional contexts, in map and list form; images are no inputs', () => {
    const b = one({
      'd/docker-compose.yml': svc(
        '\n      context: .\n      additional_contexts:\n        shared: ../libs/shared\n        base: docker-image://alpine:3\n        other: service:web'
      )
    })
    expect(b.unresolved).toEqual([
      'additional context shared = ../libs/shared (libs/shared) is read by the build too',
      'additional context other is the image of service:web'
    ])
  })

  it('additional contexts in list form', () => {
    const all = builds({
      'compose.yml': svc(
        '\n      additional_contexts:\n        - src=https://example.com/x.git\n        - up=..'
      )
    })
    expect(all[0]?.unresolved).toEqual([
      'additional context src = https://example.com/x.git is read by the build too',
      'additional context up = .. is read by the build too'
    ])
  })

  it('a build that is neither a path nor a mapping', () => {
    expect(one({ 'docker-compose.yml': svc('[a, b]') }).unresolved).toEqual([
      'build is neither a path nor a mapping'
    ])
  })
})

describe('extends and include', () => {
  it('inherits a build from a service of the same file', () => {
    const b = builds({
      'docker-compose.yml':
        'services:\n  base:\n    build: ./svc\n  worker:\n    extends:\n      service: base\n    image: o/worker\n'
    })
    expect(b[1]).toMatchObject({
      names: ['worker', 'o/worker'],
      context: 'svc',
      what: 'compose service worker, which extends base (docker-compose.yml line 4)'
    })
  })

  it('inherits from another compose file, its paths relative to that file', () => {
    const b = builds({
      'app/docker-compose.yml':
        'services:\n  api:\n    extends:\n      file: ../common/compose.yml\n      service: b\n',
      'common/compose.yml': 'services:\n  b:\n    build: ./x\n'
    })
    expect(b.find((x) => x.names[0] === 'api')).toMatchObject({
      context: 'common/x',
      extraFiles: ['common/compose.yml'],
      what: 'compose service api, which extends b of common/compose.yml (app/docker-compose.yml line 2)'
    })
  })

  it('warns when the extended file is not read', () => {
    // common.yml is not a compose file name: it is in the tree, but not read.
    const text = 'services:\n  api:\n    extends:\n      file: common.yml\n      service: b\n'
    const r = composeReader.builds(
      makeTree(['docker-compose.yml', 'common.yml'], new Map([['docker-compose.yml', text]]))
    )
    expect(r.builds).toEqual([])
    expect(r.warnings).toEqual([
      'docker-compose.yml line 3: service api extends service b of common.yml, which is not read; a build it inherits is not known'
    ])
  })

  it('is cycle-safe and ignores extends of a service without a build', () => {
    const r = read({
      'docker-compose.yml':
        'services:\n  a:\n    extends: b\n  b:\n    extends: a\n  c:\n    extends: d\n  d:\n    image: x\n'
    })
    expect(r).toEqual({ builds: [], warnings: [] })
  })

  it('warns about an include of a file it does not read, not about compose files', () => {
    const r = read({
      'docker-compose.yml': 'include:\n  - other.yml\n  - path: [sub/compose.yml]\nservices: {}\n',
      'other.yml': 'services: {}\n',
      'sub/compose.yml': 'services:\n  s:\n    build: .\n'
    })
    expect(r.warnings).toEqual([
      'docker-compose.yml line 2: include other.yml is not read (not a compose file name); builds it declares are not known'
    ])
    expect(r.builds.map((b) => b.context)).toEqual(['sub'])
  })
})

describe('malformed files', () => {
  it('warns with the line and reads no builds of that file', () => {
    const r = read({
      'deploy/docker-compose.yml': 'services:\n  api:\n    build: .\n  web: [\n',
      'compose.yml': svc('.')
    })
    expect(r.warnings).toEqual([
      'deploy/docker-compose.yml: not valid YAML (line 5); its builds are not read'
    ])
    expect(r.builds.map((b) => b.file)).toEqual(['compose.yml'])
  })

  it('warns about a compose file that was not read', () => {
    const tree = { ...treeOf({}), files: ['docker-compose.yml'] }
    expect(composeReader.builds(tree).warnings).toEqual([
      'docker-compose.yml: not read; its builds are not known'
    ])
  })

  it('reads a file with merge keys that point back at their own mapping, at once', () => {
    // Every lookup of a key the service lacks used to branch ten ways at each of 8 hops.
    const r = `x: &r {<<: [${Array(10).fill('*r').join(', ')}]}\n`
    const b = one({ 'docker-compose.yml': `${r}services:\n  api:\n    <<: *r\n    build: ./svc\n` })
    expect(b).toMatchObject({ names: ['api'], context: 'svc', unresolved: [] })
  })

  it.each([
    'services: 3',
    'services:\n  a: 1',
    '- a\n- b',
    'services:\n  a:\n    build: {context: [1]}'
  ])('does not throw on %j', (text) => {
    expect(() => read({ 'docker-compose.yml': text })).not.toThrow()
  })
})
