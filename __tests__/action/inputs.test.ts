import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { checkoutDir, getInputs, type Inputs } from '../../src/action/inputs.js'
import { listInput, parseImagesInput } from '../../src/plan/job-inputs.js'
import { isBranchName } from '../../src/util/refs.js'
import type { Settings } from '../../src/plan/settings.js'

interface ActionInput {
  readonly description?: string
  readonly default?: unknown
}

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, ActionInput>
}

/** The runner's view of the inputs when the workflow sets none: action.yml's defaults. */
const defaults: Record<string, string> = Object.fromEntries(
  Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')])
)

/** A getter as core.getInput would be, built from action.yml's defaults plus the given values. */
function getter(values: Record<string, string> = {}): (name: string) => string {
  const all: Record<string, string> = { ...defaults, token: 'ghs_test', ...values }
  return (name) => all[name] ?? ''
}

/** The inputs with the shared settings beside the action's own, as one flat view for the tables. */
type Flat = Omit<Inputs, 'settings'> & Settings
const inputs = (values: Record<string, string> = {}): Flat => {
  const all = getInputs(getter(values))
  return { ...all, ...all.settings }
}

/** The message of the error `fn` throws (fails the test when it throws nothing). */
function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    return (e as Error).message
  }
  throw new Error('expected an error, got none')
}

describe('action.yml and inputs.ts agree', () => {
  it('every input inputs.ts reads exists in action.yml, and every action.yml input is read', () => {
    const read = new Set<string>()
    const all = getter()
    getInputs((name) => {
      read.add(name)
      return all(name)
    })
    expect([...read].filter((name) => !(name in action.inputs))).toEqual([])
    expect(Object.keys(action.inputs).filter((name) => !read.has(name))).toEqual([])
  })

  it.each(Object.keys(action.inputs))('input %s has a description and a default', (name) => {
    const input = action.inputs[name] as ActionInput
    expect(typeof input.description).toBe('string')
    expect(input.description?.trim()).not.toBe('')
    expect(typeof input.default).toBe('string')
  })

  it('an input left empty gives the same value as action.yml default', () => {
    const empty = getInputs((name) => (name === 'token' ? 'ghs_test' : ''))
    expect({ ...empty, ...empty.settings }).toEqual(inputs())
  })

  it('parses action.yml defaults to the documented values', () => {
    const { settings, ...own } = getInputs(getter())
    expect({ ...own, ...settings }).toEqual({
      configFile: '',
      given: {},
      comment: true,
      token: 'ghs_test',
      mode: 'auto',
      images: { kind: 'none' },
      version: undefined,
      manual: false,
      varsFile: 'scripts/image_vars.src',
      versionsFile: 'scripts/image_versions.src',
      workingDirectory: '',
      paths: new Map(),
      sharedPaths: [],
      ignorePaths: [],
      compareCommand: undefined,
      compareTimeoutMs: 600_000,
      apiTimeoutMs: 30_000,
      detection: 'paths',
      onMissingTag: 'unpin',
      branch: undefined,
      dryRun: false,
      onProtected: 'fail',
      pinPrereleases: false,
      commitMessagePrefix: 'Automated commit:'
    })
  })

  it('the token default is the workflow token expression', () => {
    expect(defaults['token']).toBe('${{ github.token }}')
  })
})

describe('duration inputs', () => {
  it.each([
    ['compare-timeout', '0.5', 'compareTimeoutMs', 500],
    ['api-timeout', '90', 'apiTimeoutMs', 90_000]
  ] as const)('%s: %j seconds', (name, raw, field, ms) => {
    expect(inputs({ [name]: raw })[field]).toBe(ms)
  })

  it.each(['0', '-1', '1e3', '10m', '86401'])(
    'compare-timeout %j fails naming the input',
    (bad) => {
      expect(() => inputs({ 'compare-timeout': bad })).toThrow(
        `Input compare-timeout is "${bad}"; accepted values: a number of seconds above 0, at most 86400`
      )
    }
  )
})

describe('choice inputs', () => {
  // [input, field, accepted values, default, extra inputs needed for every value to be valid]
  const choices: [string, keyof Flat, string[], string, Record<string, string>][] = [
    ['mode', 'mode', ['auto', 'pin', 'unpin', 'plan'], 'auto', {}],
    ['detection', 'detection', ['paths', 'command'], 'paths', { 'compare-command': 'diff-image' }],
    ['on-missing-tag', 'onMissingTag', ['unpin', 'keep', 'fail'], 'unpin', {}],
    ['on-protected', 'onProtected', ['fail', 'pull-request'], 'fail', {}]
  ]
  const accepted = choices.flatMap(([name, key, values, , extra]) =>
    values.map((value) => [name, value, key, extra] as const)
  )

  it.each(accepted)('%s: %s is accepted', (name, value, key, extra) => {
    expect(inputs({ ...extra, [name]: value })[key]).toBe(value)
    expect(inputs({ ...extra, [name]: ` ${value}\n` })[key]).toBe(value)
  })

  it.each(choices)(
    '%s defaults to its documented default',
    (name, key, _values, fallback, extra) => {
      // Shared settings default to '' in action.yml, so the configuration file can set them.
      expect([fallback, '']).toContain(defaults[name])
      expect(inputs({ ...extra })[key]).toBe(fallback)
      expect(inputs({ ...extra, [name]: '' })[key]).toBe(fallback)
    }
  )

  it.each(
    choices.flatMap(([name, , values, , extra]) =>
      ['maybe', values[0]?.toUpperCase() ?? '', `${values[0]},x`].map(
        (bad) => [name, bad, values, extra] as const
      )
    )
  )('%s: %j fails with the input name and the accepted values', (name, bad, values, extra) => {
    const message = errorOf(() => inputs({ ...extra, [name]: bad }))
    expect(message).toContain(`Input ${name} is "${bad}"`)
    expect(message).toContain(`accepted values: ${values.join(', ')}`)
  })
})

describe('boolean inputs', () => {
  const bools: [string, keyof Flat][] = [
    ['manual', 'manual'],
    ['dry-run', 'dryRun'],
    ['pin-prereleases', 'pinPrereleases']
  ]

  it.each(
    bools.flatMap(([name, key]) =>
      [
        ['true', true],
        ['false', false],
        [' true ', true],
        ['', false]
      ].map(([raw, value]) => [name, raw, key, value] as const)
    )
  )('%s: %j -> %s', (name, raw, key, value) => {
    expect(inputs({ [name]: raw as string })[key]).toBe(value)
  })

  it.each(bools)('%s defaults to false in action.yml', (name) => {
    expect(defaults[name]).toBe('false')
  })

  it.each(
    bools.flatMap(([name]) => ['yes', '1', 'on', 'truee'].map((bad) => [name, bad] as const))
  )('%s: %j fails with the input name and the accepted values', (name, bad) => {
    expect(errorOf(() => inputs({ [name]: bad }))).toBe(
      `Input ${name} is "${bad}"; accepted values: true, false`
    )
  })
})

describe('string and list inputs', () => {
  it.each([
    ['vars-file', 'varsFile', 'ci/image_vars.src', 'ci/image_vars.src'],
    ['vars-file', 'varsFile', '  ci/vars.src \n', 'ci/vars.src'],
    ['versions-file', 'versionsFile', 'ci/image_versions.src', 'ci/image_versions.src']
  ] as const)('%s %j', (name, key, raw, value) => {
    expect(inputs({ [name]: raw })[key]).toBe(value)
  })

  it('compare-command is split into words, paths into entries', () => {
    expect(inputs({ 'compare-command': '  ./diff-image --quiet  ' }).compareCommand).toEqual([
      './diff-image',
      '--quiet'
    ])
    expect(inputs({ paths: 'app: app/**\napi-gateway: + libs/gw/**\n' }).paths).toEqual(
      new Map([
        ['app', ['app/**']],
        ['api-gateway', ['+libs/gw/**']]
      ])
    )
  })

  it.each([
    ['', []],
    ['build.gradle', ['build.gradle']],
    ['build.gradle, libs/**', ['build.gradle', 'libs/**']],
    ['build.gradle\nlibs/**\n', ['build.gradle', 'libs/**']],
    ['build.gradle\r\nlibs/**\r\n', ['build.gradle', 'libs/**']],
    ['# shared build files\nbuild.gradle,\n\n  gradle/** ', ['build.gradle', 'gradle/**']],
    [' , ,\n', []]
  ])('list %j -> %j', (raw, list) => {
    expect(listInput(raw)).toEqual(list)
    expect(inputs({ 'shared-paths': raw }).sharedPaths).toEqual(list)
    expect(inputs({ 'ignore-paths': raw }).ignorePaths).toEqual(list)
  })

  // Glob lists split on commas outside braces, so `src/{main,test}/**` stays one glob.
  it('a brace glob in shared-paths stays one glob', () => {
    expect(inputs({ 'shared-paths': 'src/{main,test}/**, build.gradle' }).sharedPaths).toEqual([
      'src/{main,test}/**',
      'build.gradle'
    ])
  })

  it('detection: command needs compare-command', () => {
    expect(errorOf(() => inputs({ detection: 'command' }))).toBe(
      'Input detection is "command" but no compare-command is set; set compare-command (or compare-command in the configuration file), or use detection: paths'
    )
  })
})

describe('token', () => {
  it.each(['', '   ', '\n'])('%j fails naming the input and what to pass', (raw) => {
    const message = errorOf(() => inputs({ token: raw }))
    expect(message).toContain('Input token is empty')
    expect(message).toContain('contents: write')
  })

  it('is trimmed', () => {
    expect(inputs({ token: ' ghs_abc\n' }).token).toBe('ghs_abc')
  })
})

describe('version', () => {
  it.each([
    ['', undefined],
    ['v1.2.3', 'v1.2.3'],
    [' release-3.5.0 ', 'release-3.5.0'],
    ['v2.0.0-rc.1', 'v2.0.0-rc.1'],
    ['v1.2.3+build.7', 'v1.2.3+build.7']
  ])('%j -> %j', (raw, version) => {
    expect(inputs({ version: raw }).version).toBe(version)
  })

  it.each([
    ['1.2.3', '"1.2.3"'],
    ['v1.2', '"v1.2"'],
    ['v01.2.3', '"v01.2.3"'],
    ['latest', '"latest"'],
    ['v1.2.3"; rm -rf ~; "', '"v1.2.3\\"; rm -rf ~; \\""'],
    ['v1.2.3\u202e', '"v1.2.3\\u{202e}"']
  ])('%j fails naming the input, the escaped value and the accepted forms', (raw, shown) => {
    const message = errorOf(() => inputs({ version: raw }))
    expect(message).toContain(`input version ${shown}`)
    expect(message).toContain('vX.Y.Z or release-X.Y.Z')
  })
})

describe('images', () => {
  it.each([
    ['', { kind: 'none' }],
    ['  \n', { kind: 'none' }],
    ['# nothing yet', { kind: 'none' }],
    ['all', { kind: 'all' }],
    [' all \n', { kind: 'all' }],
    ['app', { kind: 'list', refs: ['app'] }],
    ['app, api-gateway', { kind: 'list', refs: ['app', 'api-gateway'] }],
    ['app\napi-gateway\n', { kind: 'list', refs: ['app', 'api-gateway'] }],
    ['apigateway,svc-claims', { kind: 'list', refs: ['apigateway', 'svc-claims'] }],
    ['# the two services\napp\n# api-gateway', { kind: 'list', refs: ['app'] }]
  ])('%j -> %j', (raw, expected) => {
    expect(parseImagesInput(raw)).toEqual(expected)
  })

  it.each([
    ['app=v3.5.6', [['app', 'v3.5.6']]],
    [
      'app=v3.5.6, api-gateway=release-3.5.0',
      [
        ['app', 'v3.5.6'],
        ['api-gateway', 'release-3.5.0']
      ]
    ],
    [
      'app = v3.5.6\napi-gateway= release-3.5.0\n',
      [
        ['app', 'v3.5.6'],
        ['api-gateway', 'release-3.5.0']
      ]
    ],
    ['svcclaims=v4.0.0-rc.1', [['svcclaims', 'v4.0.0-rc.1']]]
  ])('pairs %j', (raw, pairs) => {
    const parsed = parseImagesInput(raw)
    expect(parsed.kind).toBe('versions')
    expect(parsed.kind === 'versions' ? [...parsed.pairs] : undefined).toEqual(pairs)
  })

  it.each([
    ['app, api-gateway=v1.2.3', 'mixes plain names and name=version pairs'],
    ['app=v1.2.3\napi-gateway', 'mixes plain names and name=version pairs'],
    ['app=v1.2', 'Invalid version for image "app" in input images "v1.2"'],
    ['app=', 'Invalid version for image "app" in input images ""'],
    ['app=v1.2.3"; rm -rf ~; "', 'in input images "v1.2.3\\"; rm -rf ~; \\""'],
    ['app=v1.2.3$(id)', 'in input images "v1.2.3$(id)"'],
    ['app=v1.2.3\u200b', 'in input images "v1.2.3\\u{200b}"'],
    ['app=v1.2.3\tx', 'in input images "v1.2.3\\tx"'],
    ['ap\u202ep=v1', 'Invalid version for image "ap\\u{202e}p"'],
    ['app=v1.2.3, app=v1.2.4', 'Input images names "app" twice']
  ])('%j fails: %s', (raw, message) => {
    expect(errorOf(() => parseImagesInput(raw))).toContain(message)
  })

  it('a bad version in a pair also names the accepted forms', () => {
    expect(errorOf(() => parseImagesInput('app=3.5.6'))).toContain(
      'expected vX.Y.Z or release-X.Y.Z'
    )
  })

  // Everything after the first "=" is the version, so `app=v1.2.3=x` fails on "v1.2.3=x".
  it('a pair with a second "=" fails instead of being cut short', () => {
    expect(() => parseImagesInput('app=v1.2.3=x')).toThrow('v1.2.3=x')
  })

  it.each([
    ['unpin', 'all', { kind: 'all' }],
    ['pin', 'app', { kind: 'list', refs: ['app'] }],
    ['pin', 'app=v1.2.3', { kind: 'versions', pairs: new Map([['app', 'v1.2.3']]) }]
  ])('mode %s with images %j', (mode, images, expected) => {
    expect(inputs({ mode, images }).images).toEqual(expected)
  })

  it.each(['pin', 'plan', 'auto'])('"all" with mode %s fails: it is only for unpin', (mode) => {
    expect(errorOf(() => inputs({ mode, images: 'all' }))).toContain(
      'Input images: "all" is only for mode: unpin'
    )
  })
})

describe('branch', () => {
  it.each([
    ['', undefined],
    ['main', 'main'],
    [' main\n', 'main'],
    ['refs/heads/main', 'main'],
    ['release/3.x', 'release/3.x'],
    ['feature/ABC-12_fix.v2', 'feature/ABC-12_fix.v2'],
    ['refs/heads/hotfix/1.2', 'hotfix/1.2']
  ])('%j -> %j', (raw, branch) => {
    expect(inputs({ branch: raw }).branch).toBe(branch)
  })

  it.each([
    ['-x', '"-x"'],
    ['--upload-pack=evil', '"--upload-pack=evil"'],
    ['a..b', '"a..b"'],
    ['refs/heads/../x', '"../x"'],
    ['ma\nin', '"ma\\nin"'],
    ['ma\rin', '"ma\\rin"'],
    ['m\u00e4in', '"m\\u{e4}in"'],
    ['main\u202e', '"main\\u{202e}"'],
    ['a b', '"a b"'],
    ['/main', '"/main"'],
    ['main/', '"main/"'],
    ['main.', '"main."'],
    ['main.lock', '"main.lock"'],
    ['a//b', '"a//b"'],
    ['.hidden', '".hidden"'],
    ['a/.b', '"a/.b"'],
    ['@', '"@"'],
    ['a@{1}', '"a@{1}"'],
    ['a~1', '"a~1"'],
    ['a^2', '"a^2"'],
    ['a:b', '"a:b"'],
    ['a?', '"a?"'],
    ['a*', '"a*"'],
    ['a[1]', '"a[1]"'],
    ['a\\b', '"a\\\\b"'],
    ['$(id)', '"$(id)"']
  ])('%j fails with the escaped name', (raw, shown) => {
    expect(errorOf(() => inputs({ branch: raw }))).toBe(
      `Input branch ${shown} is not a valid branch name`
    )
  })

  it('a very long name is refused and shown cut short', () => {
    const message = errorOf(() => inputs({ branch: 'b'.repeat(256) }))
    expect(message).toContain('(256 characters) is not a valid branch name')
    expect(isBranchName('b'.repeat(255))).toBe(true)
  })

  // As git check-ref-format --branch: ".lock" ends no component, and HEAD is no branch.
  it.each(['a.lock/b', 'HEAD'])('%j is refused like git does', (name) => {
    expect(isBranchName(name)).toBe(false)
  })
})

describe('commit-message-prefix', () => {
  it.each([
    ['', 'Automated commit:'],
    ['   ', 'Automated commit:'],
    ['[vro-bot]', '[vro-bot]'],
    ['  chore(versions):  ', 'chore(versions):'],
    ['Automatisierter Commit \u00fcber:', 'Automatisierter Commit \u00fcber:'],
    ['p'.repeat(100), 'p'.repeat(100)]
  ])('%j -> %j', (raw, prefix) => {
    expect(inputs({ 'commit-message-prefix': raw }).commitMessagePrefix).toBe(prefix)
  })

  it.each([
    ['two\nlines'],
    ['two\r\nlines'],
    ['tab\there'],
    ['nul\0'],
    ['del\x7f'],
    ['esc\x1b[31m'],
    ['p'.repeat(101)]
  ])('%j fails: one line of at most 100 characters', (raw) => {
    expect(errorOf(() => inputs({ 'commit-message-prefix': raw }))).toBe(
      'Input commit-message-prefix must be one line of at most 100 characters'
    )
  })
})

describe('checkoutDir (working-directory)', () => {
  it('resolves inside the workspace', () => {
    expect(checkoutDir('/w', '')).toBe('/w')
    expect(checkoutDir('/w', 'mono')).toBe('/w/mono')
    expect(checkoutDir('/w', './a/../mono/')).toBe('/w/mono')
    expect(checkoutDir('/w', '/w/mono')).toBe('/w/mono')
  })
  it.each(['..', '../other', '/etc', 'a/../../x'])('refuses %j, outside the workspace', (wd) => {
    expect(() => checkoutDir('/w', wd)).toThrow(
      `Input working-directory "${wd}" is outside the workspace /w`
    )
  })
})
