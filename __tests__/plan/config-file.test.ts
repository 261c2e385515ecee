import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import fc from 'fast-check'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import schema from '../../schema/vro-image-version.schema.json' with { type: 'json' }
import {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  MAX_CONFIG_BYTES,
  parseConfig,
  readConfig
} from '../../src/plan/config-file.js'
import { SETTING_KEYS, type Settings } from '../../src/plan/settings.js'
import { tmpDir } from '../../test-support/git-fixture.js'

const FILE = '.github/vro-image-version.yml'
const parse = (text: string): Partial<Settings> => parseConfig(text, FILE).settings

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, FILE)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return e as ConfigError
  }
  throw new Error('expected a ConfigError, got none')
}

describe('parseConfig: valid files', () => {
  it.each<[string, string, Partial<Settings>]>([
    ['an empty file', '', {}],
    ['only comments', '# nothing yet\n', {}],
    ['version only', 'version: 1\n', {}],
    [
      'paths as YAML lists and strings',
      [
        'paths:',
        '  app: [app/**, libs/auth/**]',
        '  api-gateway:',
        '    - gateway/**',
        '    - "src/{main,test}/**"',
        '  svcclaims: svc/**, libs/{a,b}/**',
        '  postgres: + db/**, migrations/**',
        '  worker: [+libs/worker/**]'
      ].join('\n'),
      {
        paths: new Map([
          ['app', ['app/**', 'libs/auth/**']],
          ['api-gateway', ['gateway/**', 'src/{main,test}/**']],
          ['svcclaims', ['svc/**', 'libs/{a,b}/**']],
          ['postgres', ['+db/**', '+migrations/**']],
          ['worker', ['+libs/worker/**']]
        ])
      }
    ],
    [
      'every setting',
      [
        '\uFEFFversion: 1',
        'shared-paths: [build.gradle, gradle/**]',
        'ignore-paths:',
        '  - "**/*.md"',
        'detection: command',
        'compare-command: scripts/same.sh "--mode strict"',
        'compare-timeout: 1.5',
        'on-missing-tag: keep',
        'vars-file: build/image_vars.src',
        'versions-file: build/image_versions.src',
        'branch: refs/heads/trunk'
      ].join('\r\n'),
      {
        sharedPaths: ['build.gradle', 'gradle/**'],
        ignorePaths: ['**/*.md'],
        detection: 'command',
        compareCommand: ['scripts/same.sh', '--mode strict'],
        compareTimeoutMs: 1500,
        onMissingTag: 'keep',
        varsFile: 'build/image_vars.src',
        versionsFile: 'build/image_versions.src',
        branch: 'trunk'
      }
    ],
    [
      'compare-command as argv',
      'compare-command: [a b, "--x"]\n',
      { compareCommand: ['a b', '--x'] }
    ],
    [
      'an alias for a shared list',
      'paths:\n  app: &libs [libs/**]\n  api: *libs\n',
      {
        paths: new Map([
          ['app', ['libs/**']],
          ['api', ['libs/**']]
        ])
      }
    ],
    ['on-missing-tag', 'on-missing-tag: fail\n', { onMissingTag: 'fail' }]
  ])('%s', (_name, text, settings) => {
    expect(parse(text)).toEqual(settings)
  })
})

describe('parseConfig: invalid files name the file, the line and the key', () => {
  it.each<[string, string, string, number | undefined]>([
    [
      'negation in a list',
      'version: 1\npaths:\n  app:\n    - app/**\n    - "!app/docs/**"\n',
      'line 5: paths.app: "!app/docs/**": "!" negation is not supported in a glob list; list the paths that must never count in the ignore-paths input instead',
      5
    ],
    [
      'negation in a string',
      'paths:\n  app: app/**, !x/**\n',
      'line 2: paths.app: "!x/**": "!" negation is not supported in a glob list; list the paths that must never count in the ignore-paths input instead',
      2
    ],
    [
      'additions mixed with replacements',
      'paths:\n  app: [+a/**, b/**]\n',
      'line 2: paths.app mixes globs with and without a leading "+". Put "+" on all of them to add them to the image folder, or on none to replace the folder.',
      2
    ],
    [
      'an absolute glob in shared-paths',
      'shared-paths:\n  - build.gradle\n  - /etc/**\n',
      'line 3: shared-paths: "/etc/**": globs are relative to the repository root; remove the leading "/"',
      3
    ],
    [
      '".." in ignore-paths',
      'ignore-paths: [../x]\n',
      'line 1: ignore-paths: "../x": ".." cannot match a repository path',
      1
    ],
    [
      'an unknown key',
      'version: 1\ndetektion: paths\n',
      'line 2: detektion: unknown setting; the settings are version, paths, shared-paths, ignore-paths, detection, compare-command, compare-timeout, on-missing-tag, vars-file, versions-file, branch',
      2
    ],
    [
      'a camel-case key',
      'sharedPaths: [a]\n',
      'line 1: sharedPaths: unknown setting; did you mean shared-paths?',
      1
    ],
    [
      'a bad enum value',
      '\n\ndetection: diff\n',
      'line 3: detection: must be paths or command (it is "diff")',
      3
    ],
    [
      'YAML 1.2 keeps "no" a string',
      'on-missing-tag: no\n',
      'line 1: on-missing-tag: must be unpin, keep or fail (it is "no")',
      1
    ],
    [
      'a number for globs',
      'paths:\n  app: 5\n',
      'line 2: paths.app: must be a glob or a list of globs, e.g. [app/**, libs/auth/**] (it is 5)',
      2
    ],
    [
      'an empty entry',
      'paths:\n  app:\n',
      'line 2: paths.app: must be a glob or a list of globs, e.g. [app/**, libs/auth/**] (it is empty)',
      2
    ],
    [
      'a number in a glob list',
      'paths:\n  app:\n    - a/**\n    - 5\n',
      'line 4: paths.app[1]: must be a glob, e.g. libs/auth/** (it is 5)',
      4
    ],
    [
      'a bad image key',
      'paths:\n  app: a/**\n  -x: a\n',
      'line 3: paths.-x: not an image name or prefix: letters, digits, and . _ - after the first character',
      3
    ],
    [
      'a string for a list',
      'shared-paths: build.gradle\n',
      'line 1: shared-paths: must be a list of globs, e.g. [build.gradle, gradle/**] (it is "build.gradle")',
      1
    ],
    [
      'a zero timeout',
      'compare-timeout: 0\n',
      'line 1: compare-timeout: must be a number of seconds above 0, at most 86400 (it is 0)',
      1
    ],
    [
      'a timeout as a string',
      'compare-timeout: "600"\n',
      'line 1: compare-timeout: must be a number of seconds above 0, at most 86400 (it is "600")',
      1
    ],
    [
      'version 2',
      'version: 2\n',
      "line 1: version: must be 1, the only version of this file's format (it is 2)",
      1
    ],
    [
      'an unclosed quote in compare-command',
      'compare-command: "x \'y"\n',
      'line 1: compare-command: unclosed \' quote in "x \'y"',
      1
    ],
    [
      'an empty argv',
      'compare-command: []\n',
      'line 1: compare-command: must be a command line or a non-empty list of words, e.g. [scripts/same-image.sh, --strict]',
      1
    ],
    [
      'a bad branch',
      'branch: "-f"\n',
      'line 1: branch: "-f" is not a valid branch name; write the main branch\'s name, e.g. main',
      1
    ],
    [
      'a path outside the repository',
      'versions-file: ../other/x.src\n',
      'line 1: versions-file: must be a path relative to the repository root, e.g. scripts/image_versions.src (it is "../other/x.src")',
      1
    ],
    [
      'a duplicate key',
      'detection: paths\nbranch: main\ndetection: command\n',
      'line 3: duplicate key "detection"; each setting, and each image of paths, may appear once: merge the two',
      3
    ],
    [
      'a duplicate image',
      'paths:\n  app: a/**\n  app: b/**\n',
      'line 3: duplicate key "app"; each setting, and each image of paths, may appear once: merge the two',
      3
    ],
    [
      'a list at the root',
      '- paths\n',
      'line 1: the file must be a mapping of settings (e.g. "detection: paths"), not a list',
      1
    ],
    [
      'a scalar at the root',
      'paths\n',
      'line 1: the file must be a mapping of settings (e.g. "detection: paths"), not a single value',
      1
    ],
    [
      'a YAML syntax error',
      'paths: {app: [a/**\n',
      'line 2: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the YAML syntax',
      2
    ],
    [
      'two documents',
      'detection: paths\n---\nbranch: main\n',
      'line 2: a second YAML document (---); keep one document of settings',
      2
    ]
  ])('%s', (_name, text, message, line) => {
    const e = errorOf(text)
    expect(e.message).toBe(`${FILE} ${message}`)
    expect(e.line).toBe(line)
  })

  it('refuses an alias bomb without expanding it', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      rows.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`
      )
    }
    expect(errorOf(rows.join('\n')).message).toBe(
      `${FILE}: Excessive alias count indicates a resource exhaustion attack; write the values out instead of aliases (*name)`
    )
  })

  it.each([
    ['version: 1\nignore-paths: [**/*.md]\n', 2, '**/*.md'],
    ['ignore-paths:\n  - docs/**\n  - *.md\n', 3, '*.md'],
    ['paths:\n  app: [app/**, *.gradle]\n', 2, '*.gradle']
  ])(
    'an unquoted glob that starts with * (%j) is named with its line and the fix',
    (text, line, glob) => {
      const e = errorOf(text)
      expect(e.message).toBe(
        `${FILE} line ${line}: ${glob} is read as a YAML alias (a value that starts with * names an anchor); quote globs that start with *, e.g. '${glob}'`
      )
      expect(e.line).toBe(line)
    }
  )

  it('an alias of an anchor set before it still works', () => {
    expect(parse('shared-paths: &s [a/**]\nignore-paths: *s\n').ignorePaths).toEqual(['a/**'])
  })

  it('refuses a file over the size limit before parsing it', () => {
    expect(errorOf(`# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`).message).toBe(
      `${FILE}: larger than 1048576 bytes; a configuration file holds a few settings`
    )
  })
})

describe('the schema', () => {
  it('is a valid JSON Schema that ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true }).addVocabulary(['errorMessage'])
    expect(ajv.validateSchema(schema)).toBe(true)
    expect(() => ajv.compile(schema)).not.toThrow()
    expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/)
  })

  it('documents every key with a title and a description', () => {
    const missing: string[] = []
    const walk = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return
      const obj = node as Record<string, unknown>
      for (const [key, child] of Object.entries((obj.properties ?? {}) as object)) {
        const c = child as Record<string, unknown>
        if (typeof c.title !== 'string' || typeof c.description !== 'string')
          missing.push(`${where}.${key}`)
      }
      for (const [key, child] of Object.entries(obj)) walk(child, `${where}.${key}`)
    }
    walk(schema, '$')
    expect(missing).toEqual([])
  })

  it('has exactly the settings and version as keys, kebab-case like the inputs', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['version', ...Object.values(SETTING_KEYS)].sort()
    )
    expect(schema.additionalProperties).toBe(false)
  })
})

describe('parseConfig on arbitrary text', () => {
  it('returns or throws a ConfigError, never anything else', () => {
    const yamlish = fc.stringMatching(/^[a-z:\-[\]{}&*!|>'" ,#\n?%@`+.0-9]{0,60}$/)
    const keyed = fc
      .tuple(fc.constantFrom(...Object.keys(schema.properties)), yamlish)
      .map(([k, v]) => `${k}: ${v}`)
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish, keyed), (text) => {
        try {
          parseConfig(text, FILE)
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e
        }
      }),
      { numRuns: 2000 }
    )
  })
})

describe('readConfig', () => {
  async function repo(files: Record<string, string>): Promise<string> {
    const root = await tmpDir('config-test-')
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(join(root, rel, '..'), { recursive: true })
      await writeFile(join(root, rel), text)
    }
    return root
  }

  it('reads the default file', async () => {
    const root = await repo({ [DEFAULT_CONFIG_FILE]: 'detection: paths\n' })
    expect(await readConfig(root, undefined)).toEqual({
      file: DEFAULT_CONFIG_FILE,
      settings: { detection: 'paths' }
    })
  })

  it('reads .github/vro-image-version.yaml too', async () => {
    const root = await repo({ '.github/vro-image-version.yaml': 'detection: paths\n' })
    expect(await readConfig(root, undefined)).toEqual({
      file: '.github/vro-image-version.yaml',
      settings: { detection: 'paths' }
    })
  })

  it('refuses both .yml and .yaml, naming both', async () => {
    const root = await repo({
      [DEFAULT_CONFIG_FILE]: 'detection: paths\n',
      '.github/vro-image-version.yaml': 'detection: paths\n'
    })
    await expect(readConfig(root, undefined)).rejects.toThrow(
      new ConfigError(
        'Both .github/vro-image-version.yml and .github/vro-image-version.yaml exist; keep one of them (merge the other into it and delete it)'
      )
    )
  })

  it('an absolute path is read only when allowed (the CLI), with the same checks', async () => {
    const root = await repo({})
    const outside = await repo({ 'mine.yml': 'detection: paths\n' })
    const file = join(outside, 'mine.yml')
    await expect(readConfig(root, file)).rejects.toThrow(
      /must be a path relative to the repository root/
    )
    expect(await readConfig(root, file, { absolute: true })).toEqual({
      file,
      settings: { detection: 'paths' }
    })
    await expect(readConfig(root, outside, { absolute: true })).rejects.toThrow(
      /is not a regular file but a folder/
    )
  })

  it('a missing default file is no configuration', async () => {
    expect(await readConfig(await repo({}), undefined)).toBeUndefined()
  })

  it('a missing named file is an error', async () => {
    await expect(readConfig(await repo({}), 'ci/image-version.yml')).rejects.toThrow(
      new ConfigError(
        'Configuration file "ci/image-version.yml" does not exist; create it, or correct the config-file input (CLI: --config)'
      )
    )
  })

  it('names the file in its errors', async () => {
    const root = await repo({ 'ci/x.yml': 'detection: git\n' })
    await expect(readConfig(root, 'ci/x.yml')).rejects.toThrow(
      'ci/x.yml line 1: detection: must be paths or command (it is "git")'
    )
  })

  it('refuses paths outside the repository and symbolic links', async () => {
    const root = await repo({ 'real.yml': 'detection: paths\n' })
    await expect(readConfig(root, '../x.yml')).rejects.toThrow(ConfigError)
    await symlink(join(root, 'real.yml'), join(root, 'link.yml'))
    await expect(readConfig(root, 'link.yml')).rejects.toThrow(/symbolic link/)
  })
})
