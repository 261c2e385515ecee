import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ChangedFiles, GlobSet } from '../../src/detect/path-globs.js'
import {
  checkGlob,
  parsePathsInput,
  PathsError,
  readPathsEntry
} from '../../src/detect/paths-input.js'
import { splitGlobs } from '../../src/util/glob/split.js'
import { pathsEntryOf } from '../../src/detect/build/resolve-inputs.js'

describe('splitGlobs', () => {
  it('splits on commas outside braces', () => {
    expect(splitGlobs('a/**, b/*.js ,c')).toEqual(['a/**', 'b/*.js', 'c'])
    expect(splitGlobs('src/{main,test}/**, x')).toEqual(['src/{main,test}/**', 'x'])
    expect(splitGlobs(' , ,')).toEqual([])
  })
})

describe('parsePathsInput', () => {
  it('reads image: glob, glob lines, keyed by name or prefix', () => {
    const text = [
      '# comment',
      '',
      'api-gateway: gateway/**, libs/gateway-lib/**',
      '  app: + libs/app-lib/**, tools/{a,b}/**  ',
      'svcclaims: domain-cc/svc-claims/**',
      'svcclaims: shared/claims/**'
    ].join('\r\n')
    expect(parsePathsInput(text)).toEqual(
      new Map([
        ['api-gateway', ['gateway/**', 'libs/gateway-lib/**']],
        ['app', ['+libs/app-lib/**', '+tools/{a,b}/**']],
        ['svcclaims', ['domain-cc/svc-claims/**', 'shared/claims/**']]
      ])
    )
    expect(parsePathsInput('')).toEqual(new Map())
  })

  it('accepts a + before each glob', () => {
    expect(parsePathsInput('app: +a/**, +b/**').get('app')).toEqual(['+a/**', '+b/**'])
  })

  it.each([
    ['app gateway/**', /paths line 1: "app gateway\/\*\*" has no "image:"/],
    ['a pp: x', /is not an image name or prefix/],
    ['app:', /no globs for app/],
    [
      'app: !app/test/**',
      /paths line 1 \(app\): "!app\/test\/\*\*": "!" negation is not supported.*ignore-paths/
    ],
    ['app: /abs/**', /remove the leading "\/"/],
    ['app: ../x/**', /"\.\." cannot match/],
    ['app: a/**\napp: +b/**', /paths line 2: app mixes globs with and without a leading "\+"/]
  ])('rejects %j', (text, message) => {
    expect(() => parsePathsInput(text)).toThrow(PathsError)
    expect(() => parsePathsInput(text)).toThrow(message)
  })
})

describe('readPathsEntry and pathsEntryOf', () => {
  it('reads the + marker', () => {
    expect(readPathsEntry('app', ['+a/**', '+ b'])).toEqual({ globs: ['a/**', 'b'], extend: true })
    expect(readPathsEntry('app', ['a/**'])).toEqual({ globs: ['a/**'], extend: false })
    expect(() => readPathsEntry('app', [])).toThrow(/no globs/)
  })

  it('merges entries keyed by name and by prefix', () => {
    const paths = new Map([
      ['api-gateway', ['a/**']],
      ['apigateway', ['b/**']]
    ])
    expect(pathsEntryOf({ name: 'api-gateway', prefix: 'apigateway' }, paths)).toEqual({
      globs: ['a/**', 'b/**'],
      extend: false
    })
    expect(pathsEntryOf({ name: 'app', prefix: 'app' }, paths)).toBeUndefined()
    expect(pathsEntryOf({ name: 'app', prefix: 'app' }, undefined)).toBeUndefined()
  })
})

describe('checkGlob', () => {
  it('names the input and the image', () => {
    expect(() => checkGlob('!x', 'shared-paths')).toThrow(/^shared-paths: "!x"/)
    expect(() => checkGlob('', 'ignore-paths')).toThrow(/ignore-paths: empty glob/)
    expect(() => checkGlob('a\nb', 'paths', 'app')).toThrow(/paths \(app\): .*control character/)
    expect(() => checkGlob('a/b/**', 'paths')).not.toThrow()
  })
})

describe('GlobSet', () => {
  const set = (...globs: string[]): GlobSet => new GlobSet(globs, 'paths')

  it('includes dot files', () => {
    expect(set('**').matches('.github/workflows/ci.yml')).toBe(true)
    expect(set('app/**').matches('app/.env')).toBe(true)
    expect(set('**/*.md').matches('.changes/x.md')).toBe(true)
  })

  it('reads a glob without wildcards as a file or a folder', () => {
    expect(set('shared/lib').matches('shared/lib')).toBe(true)
    expect(set('shared/lib').matches('shared/lib/a/b.java')).toBe(true)
    expect(set('shared/lib').matches('shared/library/x')).toBe(false)
    expect(set('shared/lib/').matches('shared/lib/x')).toBe(true)
    expect(set('./build.gradle').matches('build.gradle')).toBe(true)
  })

  it('keeps * within a folder and supports braces', () => {
    expect(set('app/*.java').matches('app/A.java')).toBe(true)
    expect(set('app/*.java').matches('app/x/A.java')).toBe(false)
    expect(set('src/{main,test}/**').matches('src/test/x')).toBe(true)
    expect(set('src/{main,test}/**').matches('src/other/x')).toBe(false)
  })

  it('matches an index the same way as path by path', () => {
    const segment = fc.constantFrom('a', 'b', 'src', '.hidden', 'x.md', 'y.java', 'ü')
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
    const glob = fc.constantFrom(
      'a/**',
      '**/*.md',
      'src',
      'a/*.java',
      'b/{src,a}/**',
      '**',
      '*.md',
      'a/b/',
      'src/x.md'
    )
    fc.assert(
      fc.property(
        fc.array(path, { maxLength: 40 }),
        fc.array(glob, { minLength: 1, maxLength: 3 }),
        (paths, globs) => {
          const files = new ChangedFiles([...new Set(paths)], () => false)
          const g = set(...globs)
          const expected = files.files.flatMap((f, i) => (g.matches(f) ? [i] : []))
          expect(g.matchIn(files)).toEqual(expected)
        }
      )
    )
  })
})

describe('ChangedFiles', () => {
  const files = new ChangedFiles(
    [
      'b/x',
      'a/b/c',
      'a/b',
      'a/bc/d',
      'a-b/x',
      'scripts/image_versions.src',
      'docs/r.md',
      'x/app/y',
      'app/z'
    ],
    (p) => p === 'scripts/image_versions.src' || p.endsWith('.md')
  )

  it('drops ignored files and sorts', () => {
    expect(files.files).toEqual(['a-b/x', 'a/b', 'a/b/c', 'a/bc/d', 'app/z', 'b/x', 'x/app/y'])
  })

  it('finds the files under a folder as one range', () => {
    const under = (dir: string): string[] => files.files.slice(...files.under(dir))
    expect(under('a')).toEqual(['a/b', 'a/b/c', 'a/bc/d'])
    expect(under('a/b')).toEqual(['a/b/c'])
    expect(under('nope')).toEqual([])
    expect(under('')).toEqual(files.files)
    expect(files.indexOf('a/b')).toBe(1)
    expect(files.indexOf('a/x')).toBe(-1)
  })

  it('agrees with a plain filter on any paths', () => {
    const segment = fc.constantFrom('a', 'a-b', 'a.b', 'ab', 'b', 'é', '0')
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
    fc.assert(
      fc.property(fc.array(path, { maxLength: 50 }), path, (paths, dir) => {
        const cf = new ChangedFiles(paths, () => false)
        expect(cf.files.slice(...cf.under(dir))).toEqual(
          cf.files.filter((f) => f.startsWith(`${dir}/`))
        )
      })
    )
  })

  it('finds changed folders by name', () => {
    expect(files.foldersNamed(new Set(['app', 'b']))).toEqual(
      new Map([
        ['b', new Set(['a/b', 'b'])],
        ['app', new Set(['app', 'x/app'])]
      ])
    )
  })
})
