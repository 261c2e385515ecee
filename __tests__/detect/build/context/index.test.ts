// The readers together: which files they want, and every build of a tree.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { bakeReader } from '../../../../src/detect/build/context/bake/bake.js'
import { composeReader } from '../../../../src/detect/build/context/compose.js'
import { parseHcl } from '../../../../src/detect/build/context/bake/hcl.js'
import {
  CONTEXT_READERS,
  declaredBuilds,
  wantsContext
} from '../../../../src/detect/build/context/index.js'
import { interpolate, parseDotEnv } from '../../../../src/detect/build/context/interpolate.js'
import { normaliseName } from '../../../../src/detect/build/context/match.js'
import { shellCommands } from '../../../../src/detect/build/context/workflows/shell.js'
import { skaffoldReader } from '../../../../src/detect/build/context/skaffold.js'
import { workflowsReader } from '../../../../src/detect/build/context/workflows/workflows.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'

describe('wantsContext', () => {
  it.each([
    ['docker-compose.yml', true],
    ['a/.env', true],
    ['docker-bake.hcl', true],
    ['k/skaffold.yaml', true],
    ['.github/workflows/ci.yml', true],
    ['services/api/Dockerfile', false],
    ['README.md', false]
  ])('%s -> %s', (path, yes) => {
    expect(wantsContext(path)).toBe(yes)
  })

  it('lists the four readers', () => {
    expect(CONTEXT_READERS.map((r) => r.name)).toEqual(['compose', 'bake', 'skaffold', 'workflows'])
  })
})

describe('declaredBuilds', () => {
  it('gathers the builds and warnings of every reader', () => {
    const r = declaredBuilds(
      treeOf({
        'docker-compose.yml': 'services:\n  api:\n    build: api\n',
        'docker-bake.hcl': 'target "web" {\n  context = "web"\n}\n',
        'skaffold.yaml': 'build:\n  artifacts:\n    - image: s\n      context: s\n',
        '.github/workflows/ci.yml': 'jobs:\n  a:\n    steps:\n      - run: docker build w\n',
        'compose.yaml': 'bad: [\n'
      })
    )
    expect(r.builds.map((b) => b.context)).toEqual(['api', 'web', 's', 'w'])
    expect(r.warnings).toEqual(['compose.yaml: not valid YAML (line 2); its builds are not read'])
  })

  it('turns a reader that throws into a warning', () => {
    const tree = makeTree(['docker-compose.yml'])
    const broken = {
      ...tree,
      get files(): readonly string[] {
        throw new Error('boom')
      }
    }
    const r = declaredBuilds(broken)
    expect(r.builds).toEqual([])
    expect(r.warnings).toContain('compose files: not read (boom); their builds are not known')
  })
})

// Random text through every reader: never a throw, always a result.
const texts = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        'services:',
        '  api:',
        '    build:',
        '      context: ',
        '${',
        '}',
        '$',
        ':-',
        '"',
        "'",
        '\n',
        '  ',
        '- ',
        '[',
        ']',
        '{',
        '}',
        'target "t" {',
        'context = ',
        'variable "V" {',
        'default = ',
        '<<EOT',
        'EOT',
        '#',
        '/*',
        '*/',
        'docker build ',
        '-f ',
        '-t ',
        '\\\n',
        '&&',
        ';',
        '|',
        '$(',
        ')',
        '`',
        '${{ matrix.a }}',
        'jobs:',
        'steps:',
        'run: ',
        'uses: ',
        'docker/build-push-action@v6',
        'with:',
        'matrix:',
        'include:',
        '&a',
        '*a',
        '<<: *a',
        'build:',
        'artifacts:',
        '- image: x',
        'inherits = ["t"]',
        '%{',
        'x',
        '.',
        '..',
        '/'
      ),
      { maxLength: 120 }
    )
    .map((parts) => parts.join(''))
)

describe('properties', () => {
  const files = [
    'docker-compose.yml',
    'd/.env',
    'd/compose.yaml',
    'docker-bake.hcl',
    'docker-bake.json',
    'skaffold.yaml',
    '.github/workflows/ci.yml'
  ]
  it('no reader throws on random text, and each returns its lists', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...files), (text, file) => {
        const tree = treeOf({ [file]: text, 'd/.env': text })
        for (const r of [composeReader, bakeReader, skaffoldReader, workflowsReader]) {
          const out = r.builds(tree)
          expect(Array.isArray(out.builds)).toBe(true)
          expect(Array.isArray(out.warnings)).toBe(true)
          for (const b of out.builds) {
            expect(b.file).toBe(file)
            if (b.context !== undefined) {
              expect(b.context.startsWith('/') || b.context.endsWith('/')).toBe(false)
            } else expect(b.unresolved.length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: 300 }
    )
  })

  it('the helpers never throw on random text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        parseHcl(text)
        shellCommands(text)
        interpolate(text, parseDotEnv(text))
        normaliseName(text)
      }),
      { numRuns: 300 }
    )
  })

  it('returns on large adversarial inputs', () => {
    const n = 20000
    const big = [
      '${'.repeat(n),
      '${a:-'.repeat(n) + '}'.repeat(n),
      '['.repeat(n),
      '{'.repeat(n),
      'target "t" {\n'.repeat(2000),
      '"${'.repeat(n),
      '$('.repeat(n),
      '\\\n'.repeat(n),
      'a: &a [*a]\n' + 'b: *a\n'.repeat(1000),
      '- '.repeat(2000) + 'x'
    ]
    for (const text of big) {
      for (const file of files) declaredBuilds(treeOf({ [file]: text }))
      parseHcl(text)
      shellCommands(text)
      interpolate(text, new Map())
    }
  })
})
