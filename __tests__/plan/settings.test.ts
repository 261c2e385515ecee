import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/plan/config-file.js'
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  flagNamer,
  inputNamer,
  readGiven,
  mergeSettings,
  type SettingName,
  type SettingSource
} from '../../src/plan/settings.js'

const FILE = '.github/vro-image-version.yml'
const config = parseConfig(
  [
    'paths:',
    '  app: [app/**, libs/auth/**]',
    'shared-paths: [build.gradle]',
    'detection: command',
    'compare-command: [scripts/same.sh]',
    'compare-timeout: 30',
    'branch: trunk'
  ].join('\n'),
  FILE
).settings

const givenInputs = (given: Record<string, string>) => readGiven(given, inputNamer)
const inputs = (given: Record<string, string>): Record<string, string> => given

describe('mergeSettings', () => {
  it('without a file or inputs, every setting is its default', () => {
    const { settings, sources } = mergeSettings(undefined, {})
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(new Set(Object.values(sources))).toEqual(new Set(['default']))
  })

  it('an input wins over the file, the file over the default, and each says where from', () => {
    const given = givenInputs(
      inputs({ 'shared-paths': 'gradle/**, settings.gradle', 'on-missing-tag': 'fail' })
    )
    const { settings, sources } = mergeSettings(config, given, inputNamer, FILE)
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      paths: new Map([['app', ['app/**', 'libs/auth/**']]]),
      sharedPaths: ['gradle/**', 'settings.gradle'],
      detection: 'command',
      compareCommand: ['scripts/same.sh'],
      compareTimeoutMs: 30_000,
      onMissingTag: 'fail',
      branch: 'trunk'
    })
    const expected: Record<SettingName, SettingSource> = {
      paths: 'config file',
      sharedPaths: 'input',
      ignorePaths: 'default',
      detection: 'config file',
      compareCommand: 'config file',
      compareTimeoutMs: 'config file',
      onMissingTag: 'input',
      varsFile: 'default',
      versionsFile: 'default',
      branch: 'config file'
    }
    expect(sources).toEqual(expected)
  })

  it("an input's paths replace the file's whole paths", () => {
    const given = givenInputs(inputs({ paths: 'api: + gateway/**' }))
    expect(mergeSettings(config, given).settings.paths).toEqual(new Map([['api', ['+gateway/**']]]))
  })

  it.each<[string, Record<string, string>, string]>([
    [
      'detection from the file',
      {},
      `detection in ${FILE} is "command" but no compare-command is set; set compare-command (or compare-command in ${FILE}), or use detection: paths`
    ],
    [
      'detection from an input',
      { detection: 'command' },
      `Input detection is "command" but no compare-command is set; set compare-command (or compare-command in ${FILE}), or use detection: paths`
    ]
  ])('detection command without a compare-command fails: %s', (_name, given, message) => {
    const file = parseConfig('detection: command\n', FILE).settings
    expect(() => mergeSettings(file, givenInputs(inputs(given)), inputNamer, FILE)).toThrow(message)
  })
})

describe('givenInputs', () => {
  it('blank inputs are not given', () => {
    const blank = Object.fromEntries(Object.values(SETTING_KEYS).map((k) => [k, '  \n ']))
    expect(givenInputs(inputs(blank))).toEqual({})
  })

  it('parses every input as the action does', () => {
    expect(
      givenInputs(
        inputs({
          paths: 'app: app/**\napi: + gw/**',
          'shared-paths': 'a/**, src/{x,y}/**',
          'ignore-paths': '# docs\n**/*.md',
          detection: 'command',
          'compare-command': 'scripts/same.sh "a b"',
          'compare-timeout': '2.5',
          'on-missing-tag': 'keep',
          'vars-file': ' v.src ',
          'versions-file': 'p.src',
          branch: 'refs/heads/main'
        })
      )
    ).toEqual({
      paths: new Map([
        ['app', ['app/**']],
        ['api', ['+gw/**']]
      ]),
      sharedPaths: ['a/**', 'src/{x,y}/**'],
      ignorePaths: ['**/*.md'],
      detection: 'command',
      compareCommand: ['scripts/same.sh', 'a b'],
      compareTimeoutMs: 2500,
      onMissingTag: 'keep',
      varsFile: 'v.src',
      versionsFile: 'p.src',
      branch: 'main'
    })
  })

  it.each([
    ['detection', 'diff', 'Input detection is "diff"; accepted values: paths, command'],
    ['on-missing-tag', 'no', 'Input on-missing-tag is "no"; accepted values: unpin, keep, fail'],
    ['branch', 'a..b', 'Input branch "a..b" is not a valid branch name'],
    [
      'compare-timeout',
      '0',
      'Input compare-timeout is "0"; accepted values: a number of seconds above 0, at most 86400'
    ],
    ['paths', 'app', 'paths line 1: "app" has no "image:"']
  ])('a bad %s fails naming the input', (name, raw, message) => {
    expect(() => givenInputs(inputs({ [name]: raw }))).toThrow(message)
  })
})

describe("readGiven with the CLI's flags", () => {
  it('names a bad value as the flag', () => {
    expect(() => readGiven({ detection: 'diff' }, flagNamer)).toThrow(
      '--detection is "diff"; accepted values: paths, command'
    )
  })
})
