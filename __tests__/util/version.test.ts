import { describe, expect, it } from '@jest/globals'
import { escapeForMessage } from '../../src/util/escape.js'
import {
  ACCEPTED_FORMS,
  compareReleases,
  isImageVersion,
  parseRelease,
  SHORT_SHA,
  tryParseRelease,
  VersionError
} from '../../src/util/version.js'

describe('tryParseRelease', () => {
  it.each([
    ['v1.2.3', 'v', '1.2.3', false],
    ['v0.0.0', 'v', '0.0.0', false],
    ['v3.4.12', 'v', '3.4.12', false],
    ['release-1.2.3', 'release', '1.2.3', false],
    ['release-10.20.30', 'release', '10.20.30', false],
    ['v1.2.3-rc.1', 'v', '1.2.3-rc.1', true],
    ['v1.2.3-alpha-1.x', 'v', '1.2.3-alpha-1.x', true],
    ['v1.2.3+build.5', 'v', '1.2.3', false],
    ['v1.2.3-rc.1+sha.abc', 'v', '1.2.3-rc.1', true],
    ['release-1.2.3-0', 'release', '1.2.3-0', true]
  ])('accepts %s', (raw, form, version, prerelease) => {
    const v = tryParseRelease(raw)
    expect(v).toBeDefined()
    expect(v?.raw).toBe(raw)
    expect(v?.form).toBe(form)
    expect(v?.semver.version).toBe(version)
    expect(v?.prerelease).toBe(prerelease)
  })

  it.each([
    [''],
    ['1.2.3'],
    ['V1.2.3'],
    ['v1.2'],
    ['v1.2.3.4'],
    ['v01.2.3'],
    ['v1.02.3'],
    ['v1.2.03'],
    ['v1.2.3-01'],
    ['v1.2.3-'],
    ['v1.2.3+'],
    ['v1.2.3-rc..1'],
    ['v 1.2.3'],
    [' v1.2.3'],
    ['v1.2.3 '],
    ['v1.2.3\n'],
    ['=v1.2.3'],
    ['vv1.2.3'],
    ['release1.2.3'],
    ['release-v1.2.3'],
    ['Release-1.2.3'],
    ['v1.2.3-rc_1'],
    ['v1.2.3-$(id)'],
    ['v1.2.3`id`'],
    ['v1.2.3";id;"'],
    ["v1.2.3'"],
    ['v1.2.3\0'],
    ['v1.2.3-é'],
    ['latest'],
    ['abc1234'],
    ['v1.2.3-' + 'a'.repeat(200)],
    ['v' + '9'.repeat(20) + '.0.0']
  ])('rejects %j', (raw) => {
    expect(tryParseRelease(raw)).toBeUndefined()
  })

  it('stays fast on a 10 MB value', () => {
    expect(tryParseRelease('v1.2.3-' + 'a'.repeat(10 * 1024 * 1024))).toBeUndefined()
  })

  it('accepts exactly 128 characters and rejects 129', () => {
    const at = (n: number): string => 'v1.2.3-' + 'a'.repeat(n - 7)
    expect(tryParseRelease(at(128))).toBeDefined()
    expect(tryParseRelease(at(129))).toBeUndefined()
  })
})

describe('parseRelease', () => {
  it('returns the parsed version', () => {
    expect(parseRelease('release-2.0.0').form).toBe('release')
  })

  it.each([
    ['nope', 'version', '"nope"'],
    ['v1.2.3;rm -rf /', 'version', '"v1.2.3;rm -rf /"'],
    ['v1\n2', 'version', '"v1\\n2"'],
    ['$(id)', 'tag', '"$(id)"'],
    ['a"b\\c', 'version', '"a\\"b\\\\c"'],
    ['\u0000\u001b[31m', 'version', '"\\u{0}\\u{1b}[31m"'],
    ['é', 'version for app', '"\\u{e9}"']
  ])('rejects %j showing the escaped value and the accepted forms', (raw, what, shown) => {
    let error: unknown
    try {
      parseRelease(raw, what)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(VersionError)
    const message = (error as Error).message
    expect(message).toBe(
      `Invalid ${what} ${shown}: expected ${ACCEPTED_FORMS}, e.g. v1.2.3 or release-1.2.3`
    )
    expect((error as Error).name).toBe('VersionError')
  })
})

describe('escapeForMessage', () => {
  it.each([
    ['plain', '"plain"', 80],
    ['', '""', 80],
    ['tab\there', '"tab\\there"', 80],
    ['cr\r', '"cr\\r"', 80],
    ['del\x7f', '"del\\u{7f}"', 80],
    ['emoji 😀', '"emoji \\u{1f600}"', 80],
    ['lone \ud800', '"lone \\u{d800}"', 80],
    ['back`tick`', '"back`tick`"', 80],
    ['a'.repeat(81), `"${'a'.repeat(80)}"... (81 characters)`, 80],
    ['b'.repeat(10), '"bbbbb"... (10 characters)', 5]
  ])('escapes %j', (raw: string, shown: string, max: number) => {
    expect(escapeForMessage(raw, max)).toBe(shown)
  })

  it('cuts a 10 MB value quickly', () => {
    const out = escapeForMessage('x'.repeat(10 * 1024 * 1024))
    expect(out).toBe(`"${'x'.repeat(80)}"... (10485760 characters)`)
  })
})

describe('isImageVersion and SHORT_SHA', () => {
  it.each([
    ['abc1234', true],
    ['0123456', true],
    ['ABC1234', false],
    ['abc123', false],
    ['abc12345', false],
    ['abc123g', false],
    ['v1.2.3', true],
    ['release-1.2.3', true],
    ['', false],
    ['latest', false]
  ])('%j -> %s', (value, ok) => {
    expect(isImageVersion(value)).toBe(ok)
    if (!value.startsWith('v') && !value.startsWith('r')) expect(SHORT_SHA.test(value)).toBe(ok)
  })
})

describe('compareReleases', () => {
  const cmp = (a: string, b: string): number =>
    Math.sign(compareReleases(parseRelease(a), parseRelease(b)))

  it.each([
    ['v1.2.3', 'v1.2.3', 0],
    ['v1.2.3', 'v1.2.4', -1],
    ['v1.10.0', 'v1.9.9', 1],
    ['v2.0.0-rc.1', 'v2.0.0', -1],
    ['v2.0.0-rc.2', 'v2.0.0-rc.10', -1],
    ['v1.2.3', 'release-1.2.3', -1],
    ['release-1.2.3', 'v1.2.3', 1],
    ['release-1.2.3', 'release-1.2.3', 0],
    ['release-1.2.3', 'v1.2.4', -1],
    ['v1.2.3+a', 'v1.2.3+b', 0]
  ])('%s vs %s = %d', (a, b, expected) => {
    expect(cmp(a, b)).toBe(expected)
  })

  it('sorts a list of releases', () => {
    const list = ['v3.4.12', 'release-3.4.0', 'v3.4.0', 'v3.4.2', 'v3.4.0-rc.1'].map((v) =>
      parseRelease(v)
    )
    expect(list.sort(compareReleases).map((v) => v.raw)).toEqual([
      'v3.4.0-rc.1',
      'v3.4.0',
      'release-3.4.0',
      'v3.4.2',
      'v3.4.12'
    ])
  })
})
