import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseImageVars, type Image } from '../../src/files/image-vars.js'
import { historyDate, pinLine, pinEdit, unpinEdit } from '../../src/plan/pin-engine.js'
import { PlanError, stalePins, type Decision } from '../../src/plan/decision.js'
import { VersionError } from '../../src/util/version.js'
import { VersionsFile } from '../../src/files/versions-file.js'
import { warningText } from '../../src/util/warning.js'

/** Reads a fixture byte for byte (latin1 keeps every byte, CRLF included; the fixtures are ASCII). */
const fixture = (name: string): string =>
  readFileSync(new URL(`../../__fixtures__/compat/${name}`, import.meta.url)).toString('latin1')

const COMPAT = parseImageVars(fixture('image_vars.src')).images
const NOW = new Date('2024-03-01T09:05:03Z')
const SMALL: readonly Image[] = parseImageVars('VRO_IMAGES_ARR=( app api-gateway db )\n').images

const actions = (ds: readonly Decision[]): string[] => ds.map((d) => `${d.image}:${d.action}`)

function errorOf(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected an error')
}

describe('historyDate', () => {
  it.each([
    ['2023-07-31T17:42:17Z', 'Mon Jul 31 17:42:17 UTC 2023'],
    ['2023-09-01T21:08:58Z', 'Fri Sep  1 21:08:58 UTC 2023'],
    ['2024-02-20T22:15:30Z', 'Tue Feb 20 22:15:30 UTC 2024'],
    ['2024-03-01T09:05:03Z', 'Fri Mar  1 09:05:03 UTC 2024'],
    ['2024-02-29T00:00:00Z', 'Thu Feb 29 00:00:00 UTC 2024'],
    ['2023-12-31T23:59:59Z', 'Sun Dec 31 23:59:59 UTC 2023'],
    ['2023-07-31T19:42:17+02:00', 'Mon Jul 31 17:42:17 UTC 2023'],
    ['2023-08-01T01:00:00+09:00', 'Mon Jul 31 16:00:00 UTC 2023'],
    ['1970-01-01T00:00:00Z', 'Thu Jan  1 00:00:00 UTC 1970'],
    ['2038-01-19T03:14:08Z', 'Tue Jan 19 03:14:08 UTC 2038'],
    ['2023-10-05T05:06:07.999Z', 'Thu Oct  5 05:06:07 UTC 2023']
  ])('%s -> %s', (iso, expected) => {
    expect(historyDate(new Date(iso))).toBe(expected)
  })

  it('refuses an invalid date', () => {
    expect(() => historyDate(new Date('nope'))).toThrow(PlanError)
  })
})

describe('pinLine', () => {
  it.each([
    ['app', 'v1.2.3', false, 'app_VER="v1.2.3"'],
    ['svc_bip', 'release-1.2.3', false, 'svc_bip_VER="release-1.2.3"'],
    ['app', 'v1.2.3-rc.1+b.7', false, 'app_VER="v1.2.3-rc.1+b.7"'],
    ['app', 'v1.2.3', true, 'export app_VER="v1.2.3"']
  ])('%s %s manual=%s -> %s', (prefix, version, manual, line) => {
    expect(pinLine(prefix, version, manual)).toBe(line)
  })

  it.each([
    ['app', 'v1.2.3";touch /tmp/x;"', VersionError],
    ['app', '$(id)', VersionError],
    ['app', 'v1.2.3\napp_VER=evil', VersionError],
    ['app-x', 'v1.2.3', PlanError],
    ['app;x', 'v1.2.3', PlanError],
    ['', 'v1.2.3', PlanError],
    ['1app', 'v1.2.3', PlanError]
  ])('refuses prefix %j version %j', (prefix, version, type) => {
    expect(() => pinLine(prefix, version)).toThrow(type)
  })
})

describe('pinEdit on the compatibility fixtures', () => {
  it.each([['image_versions'], ['image_versions.crlf'], ['image_versions.nofinal']])(
    '%s.src -> %s.pin.expected',
    (name) => {
      const result = pinEdit(fixture(`${name}.src`), COMPAT, { version: 'v3.7.0', now: NOW })
      expect(result.text).toBe(fixture(`${name}.pin.expected`))
      expect(result.changed).toBe(true)
      const again = pinEdit(result.text, COMPAT, { version: 'v3.8.0', now: new Date() })
      expect(again.changed).toBe(false)
      expect(again.text).toBe(result.text)
    }
  )

  it('explains every image of the main fixture', () => {
    const result = pinEdit(fixture('image_versions.src'), COMPAT, { version: 'v3.7.0', now: NOW })
    const byImage = new Map(result.decisions.map((d) => [d.image, d]))
    expect(byImage.get('console')).toEqual({
      image: 'console',
      prefix: 'console',
      before: 'v3.2.5',
      after: 'v3.2.5',
      manual: true,
      action: 'keep',
      reason: 'pinned by hand to v3.2.5 (line 6); left alone'
    })
    expect(byImage.get('svc-bip-api')?.reason).toBe('pinned by hand to v3.4.5 (line 7); left alone')
    expect(byImage.get('postgres')).toEqual({
      image: 'postgres',
      prefix: 'postgres',
      before: 'v3.4.12',
      after: 'v3.4.12',
      manual: false,
      action: 'keep',
      reason: 'already pinned to v3.4.12 (line 16)'
    })
    expect(byImage.get('app')).toEqual({
      image: 'app',
      prefix: 'app',
      before: null,
      after: 'v3.7.0',
      manual: false,
      action: 'pin',
      reason: 'pinned to v3.7.0'
    })
    expect(byImage.get('REDIS')).toEqual({
      image: 'REDIS',
      prefix: 'REDIS',
      before: '7.2.4',
      after: '7.2.4',
      manual: false,
      action: 'skip',
      reason:
        'REDIS_VER is set to 7.2.4 (line 11) but REDIS is not in the image list; stale pin left alone'
    })
    expect(actions(result.decisions)).toEqual([
      'postgres:keep',
      'rabbitmq:pin',
      'api-gateway:keep',
      'app:pin',
      'db-init:pin',
      'console:keep',
      'svc-lighthouse-api:pin',
      'svc-bgs-api:keep',
      'svc-bie-kafka:pin',
      'svc-bip-api:keep',
      'xample-workflows:pin',
      'cc-app:pin',
      'ee-max-cfi-app:pin',
      'ee-ep-merge-app:pin',
      'dev-tools:keep',
      'REDIS:skip'
    ])
    expect(result.warnings).toEqual([])
  })

  it('warns about the duplicated pin of the no-final-newline fixture', () => {
    const result = pinEdit(fixture('image_versions.nofinal.src'), COMPAT, {
      version: 'v3.7.0',
      now: NOW
    })
    expect(result.warnings).toEqual([
      {
        message: 'postgres: postgres_VER is assigned on lines 5, 8; bash uses the last one',
        line: 5
      }
    ])
    expect(result.decisions.find((d) => d.image === 'postgres')?.reason).toBe(
      'already pinned to v3.6.13 (line 5, 8)'
    )
  })
})

describe('pinEdit', () => {
  it.each([
    [
      'an empty file',
      '',
      'v1.2.3',
      '# Fri Mar  1 09:05:03 UTC 2024 -- v1.2.3\napp_VER="v1.2.3"\napigateway_VER="v1.2.3"\ndb_VER="v1.2.3"\n'
    ],
    [
      'a file with one pin',
      'apigateway_VER="v1.0.0"\n',
      'release-1.2.3',
      'apigateway_VER="v1.0.0"\n# Fri Mar  1 09:05:03 UTC 2024 -- release-1.2.3\napp_VER="release-1.2.3"\ndb_VER="release-1.2.3"\n'
    ],
    [
      'a commented-out pin',
      '# app_VER="v1.0.0"\napigateway_VER=v1\ndb_VER=v1\n',
      'v2.0.0',
      '# app_VER="v1.0.0"\napigateway_VER=v1\ndb_VER=v1\n# Fri Mar  1 09:05:03 UTC 2024 -- v2.0.0\napp_VER="v2.0.0"\n'
    ],
    [
      'a pin inside a string',
      'x="\napp_VER=v1\n"\napigateway_VER=v1\ndb_VER=v1\n',
      'v2.0.0',
      'x="\napp_VER=v1\n"\napigateway_VER=v1\ndb_VER=v1\n# Fri Mar  1 09:05:03 UTC 2024 -- v2.0.0\napp_VER="v2.0.0"\n'
    ],
    [
      'an assignment that only lives in a pipeline',
      'app_VER=v1 | cat\napigateway_VER=v1\ndb_VER=v1\n',
      'v2.0.0',
      'app_VER=v1 | cat\napigateway_VER=v1\ndb_VER=v1\n# Fri Mar  1 09:05:03 UTC 2024 -- v2.0.0\napp_VER="v2.0.0"\n'
    ],
    [
      'a BOM file',
      '\uFEFF# c\napigateway_VER=v1\ndb_VER=v1',
      'v2.0.0',
      '\uFEFF# c\napigateway_VER=v1\ndb_VER=v1\n# Fri Mar  1 09:05:03 UTC 2024 -- v2.0.0\napp_VER="v2.0.0"'
    ]
  ])('pins every unpinned image of %s', (_what, text, version, expected) => {
    const result = pinEdit(text, SMALL, { version, now: NOW })
    expect(result.text).toBe(expected)
    expect(result.changed).toBe(true)
  })

  it.each([
    ['all auto', 'app_VER=v1\napigateway_VER=v1\ndb_VER=v1\n'],
    ['mixed, no final newline', 'export app_VER=v1\n: ${apigateway_VER:=v1}\ndb_VER=v1'],
    ['CRLF', 'app_VER=v1\r\napigateway_VER=v1\r\ndb_VER="$X"\r\n']
  ])('changes nothing at all when every image is pinned (%s): no lone comment', (_what, text) => {
    const result = pinEdit(text, SMALL, { version: 'v9.9.9', now: NOW })
    expect(result.text).toBe(text)
    expect(result.changed).toBe(false)
    expect(result.decisions.every((d) => d.action === 'keep')).toBe(true)
  })

  it('never pins over an assignment followed by a command (a manual pin)', () => {
    const text = 'app_VER="v0.1.0"; echo hi\napigateway_VER=v1\ndb_VER=v1\n'
    const result = pinEdit(text, SMALL, { version: 'v2.0.0', now: NOW })
    expect(result.text).toBe(text)
    expect(result.decisions[0]).toMatchObject({
      action: 'keep',
      manual: true,
      reason: 'pinned by hand to v0.1.0 (line 1); left alone'
    })
  })

  it('pins only the selected images', () => {
    const result = pinEdit('', SMALL, { version: 'v1.0.0', only: new Set(['db']), now: NOW })
    expect(result.text).toBe('# Fri Mar  1 09:05:03 UTC 2024 -- v1.0.0\ndb_VER="v1.0.0"\n')
    expect(result.decisions.map((d) => [d.image, d.action, d.reason])).toEqual([
      ['app', 'skip', 'not selected'],
      ['api-gateway', 'skip', 'not selected'],
      ['db', 'pin', 'pinned to v1.0.0']
    ])
  })

  it('leaves a selected image that is already pinned alone', () => {
    const text = 'db_VER="v0.9.0"\n'
    const result = pinEdit(text, SMALL, { version: 'v1.0.0', only: new Set(['db']), now: NOW })
    expect(result.changed).toBe(false)
    expect(result.decisions[2]).toMatchObject({ action: 'keep', before: 'v0.9.0', after: 'v0.9.0' })
  })

  it('writes manual pins with export when asked', () => {
    const result = pinEdit('', SMALL, { version: 'v1.0.0', manual: true, now: NOW })
    expect(result.text).toBe(
      '# Fri Mar  1 09:05:03 UTC 2024 -- v1.0.0\nexport app_VER="v1.0.0"\nexport apigateway_VER="v1.0.0"\nexport db_VER="v1.0.0"\n'
    )
    expect(result.decisions[0]).toMatchObject({
      manual: true,
      reason: 'pinned to v1.0.0 by hand (export)'
    })
  })

  it('does not pin a blocked image, and says why', () => {
    const result = pinEdit('', SMALL, {
      version: 'v1.0.0',
      blocked: new Map([['app', 'app/x changed since v1.0.0']]),
      now: NOW
    })
    expect(result.text).toBe(
      '# Fri Mar  1 09:05:03 UTC 2024 -- v1.0.0\napigateway_VER="v1.0.0"\ndb_VER="v1.0.0"\n'
    )
    expect(result.decisions[0]).toMatchObject({
      action: 'skip',
      after: null,
      reason: 'not pinned: app/x changed since v1.0.0'
    })
  })

  it('changes nothing when every unpinned image is blocked', () => {
    const text = 'app_VER=v1\n'
    const blocked = new Map([
      ['apigateway', 'changed'],
      ['db', 'changed']
    ])
    const result = pinEdit(text, SMALL, { version: 'v2.0.0', blocked, now: NOW })
    expect(result.text).toBe(text)
  })

  it('rolls back with targets: one line per image under one comment per version', () => {
    const text =
      '# h\napp_VER="v3.6.0"\napigateway_VER="v3.6.0"\n# Mon Jul 31 17:42:17 UTC 2023 -- v3.6.1\napp_VER="v3.6.1"\n'
    const result = pinEdit(text, SMALL, {
      targets: new Map([
        ['db', 'v3.5.6'],
        ['app', 'v3.5.6'],
        ['apigateway', 'v3.5.0']
      ]),
      now: NOW
    })
    expect(result.text).toBe(
      '# h\n# Mon Jul 31 17:42:17 UTC 2023 -- v3.6.1\n' +
        '# Fri Mar  1 09:05:03 UTC 2024 -- v3.5.6\napp_VER="v3.5.6"\ndb_VER="v3.5.6"\n' +
        '# Fri Mar  1 09:05:03 UTC 2024 -- v3.5.0\napigateway_VER="v3.5.0"\n'
    )
    expect(result.decisions.map((d) => d.reason)).toEqual([
      're-pinned from v3.6.1 (line 2, 5) to v3.5.6',
      're-pinned from v3.6.0 (line 3) to v3.5.0',
      'pinned to v3.5.6'
    ])
    expect(result.warnings.map(warningText)).toEqual([
      'app: app_VER is assigned on lines 2, 5; bash uses the last one'
    ])
  })

  it('keeps a target that is already the single pin', () => {
    const text = 'app_VER="v1.0.0"\n'
    const result = pinEdit(text, SMALL, { targets: new Map([['app', 'v1.0.0']]), now: NOW })
    expect(result.changed).toBe(false)
    expect(result.decisions[0]).toMatchObject({
      action: 'keep',
      reason: 'already pinned to v1.0.0'
    })
  })

  it('collapses a duplicated pin to one line when a target is given', () => {
    const text = 'app_VER="v1.0.0"\napp_VER="v1.0.0"\n'
    const result = pinEdit(text, SMALL, { targets: new Map([['app', 'v1.0.0']]), now: NOW })
    expect(result.text).toBe('# Fri Mar  1 09:05:03 UTC 2024 -- v1.0.0\napp_VER="v1.0.0"\n')
  })

  it('pins a blocked image when a target names it explicitly', () => {
    const result = pinEdit('', SMALL, {
      targets: new Map([['app', 'v1.0.0']]),
      blocked: new Map([['app', 'changed']]),
      now: NOW
    })
    expect(result.decisions[0]?.action).toBe('pin')
  })

  it.each([
    [{ version: 'latest' }, VersionError, 'Invalid version "latest"'],
    [
      { version: 'v1.2.3"; rm -rf ~; "' },
      VersionError,
      'Invalid version "v1.2.3\\"; rm -rf ~; \\""'
    ],
    [{ targets: new Map([['app', '1.0']]) }, VersionError, 'Invalid version for app "1.0"'],
    [{ targets: new Map([['nope', 'v1.0.0']]) }, PlanError, 'Unknown image prefix "nope"'],
    [
      { targets: new Map([['app', 'v1.0.0']]) },
      PlanError,
      'app is pinned by hand (app_VER on line 1); the action never edits manual pins. Edit or remove that line, then run again.'
    ]
  ])('refuses %p', (req, type, message) => {
    const error = errorOf(() => pinEdit('export app_VER=v0\n', SMALL, { ...req, now: NOW }))
    expect(error).toBeInstanceOf(type)
    expect(error.message.startsWith(message)).toBe(true)
  })

  it('refuses to append to a file that ends inside a quote', () => {
    expect(() => pinEdit('x="\n', SMALL, { version: 'v1.0.0', now: NOW })).toThrow(
      'cannot append: line 1 opens a double-quoted string that is never closed'
    )
  })

  it('reports notices and problems as warnings', () => {
    const result = pinEdit('app_VER=v1 | cat\napigateway_VER=v1\ndb_VER=v1\ncat <<EOF\n', SMALL, {
      version: 'v1.0.0',
      only: new Set(['db']),
      now: NOW
    })
    expect(result.warnings).toEqual([
      { message: 'line 1 looks like a pin but is not a plain assignment; left as it is', line: 1 },
      { message: 'line 4 opens a here-document that is never closed (delimiter "EOF")', line: 4 }
    ])
  })

  it('shows a non-literal pin escaped in the reason', () => {
    const result = pinEdit('app_VER="$(echo\tv1)"\n', SMALL, { version: 'v1.0.0', now: NOW })
    expect(result.decisions[0]?.reason).toBe('already pinned to "$(echo\\tv1)" (line 1)')
  })
})

describe('unpinEdit on the compatibility fixtures', () => {
  it.each([
    ['image_versions', ['apigateway', 'devtools']],
    ['image_versions.crlf', ['apigateway', 'devtools']],
    ['image_versions.nofinal', ['postgres', 'devtools']]
  ])('%s.src without %j -> %s.unpin.expected', (name, prefixes) => {
    const unpin = new Map(prefixes.map((p) => [p, 'unpinned by hand']))
    const result = unpinEdit(fixture(`${name}.src`), COMPAT, { unpin })
    expect(result.text).toBe(fixture(`${name}.unpin.expected`))
    expect(result.decisions.filter((d) => d.action === 'unpin').map((d) => d.prefix)).toEqual(
      prefixes
    )
    expect(unpinEdit(result.text, COMPAT, { unpin }).text).toBe(result.text)
  })
})

describe('unpinEdit', () => {
  const text = 'export app_VER=v1\napigateway_VER="v2"\n# c\napigateway_VER="v3"\n'

  it('removes every auto-pin line of the image and nothing else', () => {
    const result = unpinEdit(text, SMALL, { unpin: new Map([['apigateway', 'app-gw/x changed']]) })
    expect(result.text).toBe('export app_VER=v1\n# c\n')
    expect(result.changed).toBe(true)
    expect(result.decisions).toEqual([
      {
        image: 'app',
        prefix: 'app',
        before: 'v1',
        after: 'v1',
        manual: true,
        action: 'keep',
        reason: 'pinned by hand to v1 (line 1); left alone'
      },
      {
        image: 'api-gateway',
        prefix: 'apigateway',
        before: 'v3',
        after: null,
        manual: false,
        action: 'unpin',
        reason: 'app-gw/x changed'
      },
      {
        image: 'db',
        prefix: 'db',
        before: null,
        after: null,
        manual: false,
        action: 'keep',
        reason: 'not pinned; it tracks the head build'
      }
    ])
  })

  it.each([
    [new Map(), undefined, 'not selected'],
    [new Map([['db', 'x']]), undefined, 'not selected'],
    [new Map(), new Map([['apigateway', 'nothing changed since v3']]), 'nothing changed since v3']
  ])('keeps an auto pin that is not named (%p)', (unpin, keep, reason) => {
    const result = unpinEdit(text, SMALL, { unpin, ...(keep ? { keep } : {}) })
    expect(result.text).toBe(text)
    expect(result.changed).toBe(false)
    expect(result.decisions[1]).toMatchObject({ action: 'keep', after: 'v3', reason })
  })

  it('leaves a manual pin alone unless strict', () => {
    const result = unpinEdit(text, SMALL, { unpin: new Map([['app', 'x']]) })
    expect(result.changed).toBe(false)
    expect(result.decisions[0]?.action).toBe('keep')
  })

  it('refuses to unpin a manual pin when strict', () => {
    const error = errorOf(() =>
      unpinEdit(text, SMALL, { unpin: new Map([['app', 'x']]), strict: true })
    )
    expect(error).toBeInstanceOf(PlanError)
    expect(error.message).toBe(
      'app is pinned by hand (app_VER on line 1); the action never removes manual pins. Remove that line by hand.'
    )
  })

  it('ignores unknown prefixes and leaves stale pins alone', () => {
    const result = unpinEdit('REDIS_VER=7\n', SMALL, { unpin: new Map([['REDIS', 'x']]) })
    expect(result.changed).toBe(false)
    expect(result.decisions.map((d) => `${d.image}:${d.action}`)).toEqual([
      'app:keep',
      'api-gateway:keep',
      'db:keep',
      'REDIS:skip'
    ])
  })

  it('unpins a last line without a final newline, keeping the file without one', () => {
    const result = unpinEdit('# c\r\ndb_VER=v1', SMALL, { unpin: new Map([['db', 'x']]) })
    expect(result.text).toBe('# c')
  })

  it('unpins in a file that has problems', () => {
    const result = unpinEdit('db_VER=v1\nx="\n', SMALL, { unpin: new Map([['db', 'x']]) })
    expect(result.text).toBe('x="\n')
    expect(result.warnings.map(warningText)).toEqual([
      'line 2 opens a double-quoted string that is never closed'
    ])
  })
})

describe('stalePins', () => {
  it('reports auto and manual pins of prefixes that are not images', () => {
    const file = VersionsFile.parse('REDIS_VER=7\nexport old_VER="v1"\napp_VER=v1\n')
    expect(stalePins(file, SMALL).map((d) => [d.image, d.manual, d.action])).toEqual([
      ['REDIS', false, 'skip'],
      ['old', true, 'skip']
    ])
  })

  it('leaves out helper variables: a hand-written assignment of no image whose value is no version', () => {
    const file = VersionsFile.parse(
      'export RABBITMQ_VER=3.12\nexport PG_VER="15-alpine"\nREDIS_VER=7\nexport old_VER=release-1.0.0\n'
    )
    expect(stalePins(file, SMALL).map((d) => d.image)).toEqual(['REDIS', 'old'])
  })
})
