// .dockerignore rules as Docker documents them (Dockerfile reference, ".dockerignore file"):
// lines are trimmed, `#` in column 1 is a comment, patterns are cleaned with Go's filepath.Clean,
// matching is filepath.Match plus `**`, `!` makes an exception and the last matching line wins,
// and a pattern that matches a folder excludes what is below it.
import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import {
  escapeGlob,
  goGlob,
  ignoreExcludes,
  isIgnored,
  parseDockerignore,
  compilePattern
} from '../../../../src/detect/build/docker/dockerignore.js'

const patterns = (text: string): string[] => parseDockerignore(text).map((r) => r.pattern)
const ignored = (text: string, path: string): boolean => isIgnored(path, parseDockerignore(text))

describe('parseDockerignore', () => {
  it('skips comments (# in column 1 only), blank and all-space lines, and numbers the rest', () => {
    expect(parseDockerignore('# comment\n\n   \n\t\n #not-a-comment\nx\r\ny')).toEqual([
      { pattern: '#not-a-comment', negate: false, line: 5 },
      { pattern: 'x', negate: false, line: 6 },
      { pattern: 'y', negate: false, line: 7 }
    ])
  })

  it('trims leading and trailing spaces and tabs, and a BOM at the start', () => {
    expect(patterns('\uFEFF*.log  \n  tmp\t\n! keep.log ')).toEqual(['*.log', 'tmp', 'keep.log'])
    expect(parseDockerignore('!  keep')[0]).toEqual({ pattern: 'keep', negate: true, line: 1 })
  })

  it('skips a line that is a lone !', () => {
    expect(parseDockerignore('!\n! \na')).toEqual([{ pattern: 'a', negate: false, line: 3 }])
  })

  it('cleans patterns as filepath.Clean does, the root being the context', () => {
    expect(
      patterns('/foo/bar\n./foo\nfoo/\nfoo//bar\nfoo/./bar\nfoo/../bar\n../up\na/../../up\n.')
    ).toEqual(['foo/bar', 'foo', 'foo', 'foo/bar', 'foo/bar', 'bar', '../up', '../up', '.'])
  })

  it('cleans a rooted pattern before it is made relative: .. at the root stays there', () => {
    // Regression: filepath.Clean("/../secret") is "/secret", which Docker reads as secret;
    // stripping the / first made it ../secret, which matches nothing in the context.
    expect(patterns('/../secret\n!/../../keep\n/a/../../b')).toEqual(['secret', 'keep', 'b'])
    expect(ignored('/../secret', 'secret/key')).toBe(true)
  })
})

describe('isIgnored', () => {
  it('matches /foo/bar and foo/bar alike, and only that path and what is below it', () => {
    for (const text of ['/foo/bar', 'foo/bar']) {
      expect(ignored(text, 'foo/bar')).toBe(true)
      expect(ignored(text, 'foo/bar/baz.txt')).toBe(true)
      expect(ignored(text, 'bar')).toBe(false)
      expect(ignored(text, 'x/foo/bar')).toBe(false)
      expect(ignored(text, 'foo/barn')).toBe(false)
    }
  })

  it('follows the examples of the Docker documentation', () => {
    const text = '# comment\n*/temp*\n*/*/temp*\ntemp?'
    expect(ignored(text, 'somedir/temporary.txt')).toBe(true)
    expect(ignored(text, 'somedir/temp')).toBe(true)
    expect(ignored(text, 'somedir/subdir/temporary.txt')).toBe(true)
    expect(ignored(text, 'tempa')).toBe(true)
    expect(ignored(text, 'tempb')).toBe(true)
    // * and ? do not cross a /, and the patterns are anchored at the root.
    expect(ignored(text, 'temporary.txt')).toBe(false)
    expect(ignored(text, 'a/b/c/temporary.txt')).toBe(false)
    expect(ignored(text, 'temp')).toBe(false)
    expect(ignored(text, 'tempab')).toBe(false)
  })

  it('lets the last matching line decide (the README example)', () => {
    const secretLast = '*.md\n!README*.md\nREADME-secret.md'
    expect(ignored(secretLast, 'CHANGES.md')).toBe(true)
    expect(ignored(secretLast, 'README.md')).toBe(false)
    expect(ignored(secretLast, 'README-secret.md')).toBe(true)
    const exceptionLast = '*.md\nREADME-secret.md\n!README*.md'
    expect(ignored(exceptionLast, 'README-secret.md')).toBe(false)
    expect(ignored(exceptionLast, 'CHANGES.md')).toBe(true)
  })

  it('includes only the exceptions after *', () => {
    const text = '*\n!src\n!Dockerfile'
    expect(ignored(text, 'src/main.go')).toBe(false)
    expect(ignored(text, 'Dockerfile')).toBe(false)
    expect(ignored(text, 'README.md')).toBe(true)
    expect(ignored(text, 'docs/a.md')).toBe(true)
  })

  it('re-includes a path below an ignored folder', () => {
    const text = 'vendor\n!vendor/keep'
    expect(ignored(text, 'vendor/keep/a.go')).toBe(false)
    expect(ignored(text, 'vendor/other/a.go')).toBe(true)
    expect(ignored('vendor/keep\n!vendor', 'vendor/keep/a.go')).toBe(false)
  })

  it('matches any number of folders, none included, with **', () => {
    expect(ignored('**/*.go', 'main.go')).toBe(true)
    expect(ignored('**/*.go', 'a/b/c.go')).toBe(true)
    expect(ignored('**/*.go', 'a/b/c.gox')).toBe(false)
    expect(ignored('a/**/b', 'a/b')).toBe(true)
    expect(ignored('a/**/b', 'a/x/y/b/z')).toBe(true)
    expect(ignored('a/**/b', 'x/a/b')).toBe(false)
    expect(ignored('a/**', 'a/x/y')).toBe(true)
    expect(ignored('a/**', 'ab/x')).toBe(false)
    expect(ignored('**', 'any/thing')).toBe(true)
  })

  it('reads \\ as an escape: \\* and \\? match themselves', () => {
    expect(ignored('\\*.md', '*.md')).toBe(true)
    expect(ignored('\\*.md', 'a.md')).toBe(false)
    expect(ignored('what\\?', 'what?')).toBe(true)
    expect(ignored('what\\?', 'whats')).toBe(false)
  })

  it('matches the characters of regular expressions literally', () => {
    expect(ignored('a+b.(c)|{d}$', 'a+b.(c)|{d}$')).toBe(true)
    expect(ignored('a+b.(c)|{d}$', 'aab.(c)|{d}$')).toBe(false)
    expect(ignored('v1.0', 'v1x0')).toBe(false)
  })

  it('reads character classes as filepath.Match does', () => {
    expect(ignored('[ab].txt', 'a.txt')).toBe(true)
    expect(ignored('[ab].txt', 'c.txt')).toBe(false)
    expect(ignored('[a-c]x', 'bx')).toBe(true)
    expect(ignored('[a-c]x', 'dx')).toBe(false)
    expect(ignored('[^a].txt', 'b.txt')).toBe(true)
    expect(ignored('[^a].txt', 'a.txt')).toBe(false)
    // ^ negates; ! is a member.
    expect(ignored('[!a].txt', '!.txt')).toBe(true)
    expect(ignored('[!a].txt', 'b.txt')).toBe(false)
    // A negated class does not match the separator.
    expect(ignored('a[^x]b', 'a/b')).toBe(false)
  })

  it('reads ] first in a class as a member', () => {
    // Regression: the class ended at that ], and JavaScript reads [] as a class of nothing.
    expect(ignored('[]a].txt', '].txt')).toBe(true)
    expect(ignored('[]a].txt', 'a.txt')).toBe(true)
    expect(ignored('[]a].txt', 'b.txt')).toBe(false)
    expect(ignored('[^]a].txt', 'b.txt')).toBe(true)
    expect(ignored('[^]a].txt', '].txt')).toBe(false)
    expect(ignored('[^]a].txt', 'a.txt')).toBe(false)
  })

  it('matches an unterminated [ or a backward range literally', () => {
    expect(ignored('[draft', '[draft')).toBe(true)
    expect(ignored('[draft', 'd')).toBe(false)
    expect(ignored('x[b-a]', 'x[b-a]')).toBe(true)
    expect(ignored('x[b-a]', 'xb')).toBe(false)
  })

  it('ignores nothing without rules, and everything with a rule for the context itself', () => {
    expect(isIgnored('a/b', [])).toBe(false)
    expect(ignored('.', 'a/b')).toBe(true)
    expect(ignored('.\n!a', 'a/b')).toBe(false)
  })
})

describe('compilePattern', () => {
  it('anchors the pattern at both ends', () => {
    expect(compilePattern('a*').test('xab')).toBe(false)
    expect(compilePattern('a*').test('abc')).toBe(true)
    expect(compilePattern('a*').test('ab/c')).toBe(false)
  })
})

describe('globs for excludes', () => {
  const isOut =
    (globs: string[]) =>
    (path: string): boolean =>
      picomatch(globs, { dot: true, windows: false })(path)

  it('escapes every glob character of a literal path', () => {
    const path = 'a[b]*?{c,d}(e)!+@|^$\\f'
    expect(isOut([escapeGlob(path)])(path)).toBe(true)
    expect(isOut([escapeGlob('a*')])('ab')).toBe(false)
  })

  it('keeps the wildcards of a Go pattern and escapes what picomatch alone would read', () => {
    expect(goGlob('*.md')).toBe('*.md')
    expect(goGlob('**/x?[a-c]')).toBe('**/x?[a-c]')
    expect(goGlob('{a,b}(c)!+@|$')).toBe('\\{a\\,b\\}\\(c\\)\\!\\+\\@\\|\\$')
    expect(goGlob('\\*x')).toBe('\\*x')
    const glob = goGlob('{a,b}.txt')
    expect(isOut([glob])('{a,b}.txt')).toBe(true)
    expect(isOut([glob])('a.txt')).toBe(false)
  })

  it('without ! rules: one glob per rule, with what lies below it, under the context', () => {
    const rules = parseDockerignore('*.md\n.\nbuild')
    expect(ignoreExcludes('svc (v2)', rules, () => [])).toEqual([
      'svc \\(v2\\)/*.md/**',
      'svc \\(v2\\)/**',
      'svc \\(v2\\)/build/**'
    ])
    expect(ignoreExcludes('', parseDockerignore('build'), () => [])).toEqual(['build/**'])
    const out = isOut(ignoreExcludes('svc', parseDockerignore('build\n*.md'), () => []))
    expect(out('svc/build/x.o')).toBe(true)
    expect(out('svc/README.md')).toBe(true)
    expect(out('svc/src/README.md')).toBe(false)
    expect(out('svc/main.go')).toBe(false)
  })

  it('with ! rules: the ignored files of the context, escaped', () => {
    const files = ['svc/a.md', 'svc/README.md', 'svc/[x].md', 'svc/main.go']
    const asked: string[] = []
    const globs = ignoreExcludes('svc', parseDockerignore('*.md\n!README.md'), (dir) => {
      asked.push(dir)
      return files
    })
    expect(asked).toEqual(['svc'])
    expect(globs).toEqual(['svc/a.md', 'svc/\\[x\\].md'])
    expect(ignoreExcludes('', parseDockerignore('*\n!b'), () => ['a', 'b', 'c/d'])).toEqual([
      'a',
      'c/d'
    ])
  })
})
