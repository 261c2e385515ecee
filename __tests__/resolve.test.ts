import { describe, expect, it, jest } from '@jest/globals'
import type { Intent } from '../src/decide.js'
import type { Image } from '../src/image-vars.js'
import { newestRelease, resolveIntent, type ResolveDeps } from '../src/resolve.js'

const IMAGES: readonly Image[] = [
  { name: 'postgres', prefix: 'postgres' },
  { name: 'api-gateway', prefix: 'apigateway' },
  { name: 'app', prefix: 'app' },
  { name: 'svc-claims', prefix: 'svcclaims' }
]
const KNOWN = 'Known images: postgres, api-gateway, app, svc-claims'

const TAGS = ['v1.0.0', 'v1.2.3', 'v3.5.6', 'release-3.5.0', 'v4.0.0-rc.1']

function deps(versionsTxt: string | undefined, tags: readonly string[] = TAGS) {
  const remoteTags = jest.fn(async (): Promise<readonly string[]> => tags)
  return { versionsTxt, remoteTags } satisfies ResolveDeps
}

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (e) {
    return e as Error
  }
  throw new Error('expected an error, got none')
}

describe('newestRelease', () => {
  it.each<[string[], boolean, string | undefined]>([
    [[], false, undefined],
    [['', '  '], false, undefined],
    [['v1.2.3'], false, 'v1.2.3'],
    [['v1.2.3', 'v1.10.0', 'v1.9.9'], false, 'v1.10.0'],
    [['v2.0.0', 'v10.0.0', 'v9.9.9'], false, 'v10.0.0'],
    [['release-1.2.3', 'v1.2.3'], false, 'release-1.2.3'],
    [['v1.2.3', 'release-1.2.3'], false, 'release-1.2.3'],
    [['release-1.2.4', 'v1.2.3'], false, 'release-1.2.4'],
    [['release-1.2.3', 'v1.2.4'], false, 'v1.2.4'],
    [['v2.0.0-rc.1', 'v1.9.0'], false, 'v1.9.0'],
    [['v2.0.0-rc.1', 'v1.9.0'], true, 'v2.0.0-rc.1'],
    [['v2.0.0-rc.1', 'v2.0.0'], true, 'v2.0.0'],
    [['v2.0.0-rc.1', 'release-2.0.0-rc.2'], false, undefined],
    [[' v1.2.3 ', 'v1.2.2\r'], false, 'v1.2.3'],
    [['1.2.3', 'v1.2', 'latest', 'v01.2.3', 'V1.2.3', 'release-1.2', 'v1.2.3.4'], false, undefined],
    [['v1.2.3', 'junk', 'v1.3.0"; rm -rf ~'], false, 'v1.2.3']
  ])('%j (prereleases %s) -> %s', (names, includePrereleases, newest) => {
    expect(newestRelease(names, includePrereleases)).toBe(newest)
  })
})

describe('resolveIntent: unpin', () => {
  it.each<[readonly string[] | 'all', readonly string[] | 'all']>([
    ['all', 'all'],
    [
      ['api-gateway', 'app'],
      ['apigateway', 'app']
    ],
    [['apigateway'], ['apigateway']],
    [['svc-claims', 'svcclaims', 'svc-claims'], ['svcclaims']],
    [[], []]
  ])('%j -> %j, no remote call', async (refs, prefixes) => {
    const d = deps(undefined)
    expect(await resolveIntent({ kind: 'unpin', prefixes: refs }, IMAGES, d)).toEqual({
      kind: 'unpin',
      prefixes
    })
    expect(d.remoteTags).not.toHaveBeenCalled()
  })

  it.each([
    [['nope'], 'Unknown image "nope". '],
    [['app', 'nope', 'gateway'], 'Unknown images "nope", "gateway". '],
    [['API-GATEWAY'], 'Unknown image "API-GATEWAY". '],
    [['app\n$(id)'], 'Unknown image "app\\n$(id)". ']
  ])('%j fails listing the known images', async (refs, start) => {
    const e = await errorOf(
      resolveIntent({ kind: 'unpin', prefixes: refs }, IMAGES, deps(undefined))
    )
    expect(e.message).toBe(`${start}${KNOWN}`)
  })
})

describe('resolveIntent: release', () => {
  it('checks the release tag exists on the remote', async () => {
    const intent: Intent = { kind: 'release', version: 'v1.2.3' }
    const d = deps(undefined, ['v1.2.3'])
    expect(await resolveIntent(intent, IMAGES, d)).toBe(intent)
    expect(d.remoteTags).toHaveBeenCalledTimes(1)
  })

  it('fails when the release tag is not on the remote', async () => {
    const e = await errorOf(
      resolveIntent({ kind: 'release', version: 'v9.9.9' }, IMAGES, deps(undefined, ['v1.2.3']))
    )
    expect(e.message).toContain('Tag v9.9.9 does not exist on the remote')
  })
})

describe('resolveIntent: push, status pass through', () => {
  it.each<Intent>([{ kind: 'push' }, { kind: 'status' }])('%j', async (intent) => {
    const d = deps(undefined)
    expect(await resolveIntent(intent, IMAGES, d)).toBe(intent)
    expect(d.remoteTags).not.toHaveBeenCalled()
  })
})

describe('resolveIntent: pin', () => {
  it.each<[string, Intent, string | undefined, Intent]>([
    [
      'explicit version',
      { kind: 'pin', version: 'v1.2.3' },
      undefined,
      { kind: 'pin', version: 'v1.2.3', manual: false }
    ],
    [
      'names to prefixes',
      { kind: 'pin', version: 'release-3.5.0', only: ['api-gateway', 'svcclaims'], manual: true },
      undefined,
      { kind: 'pin', version: 'release-3.5.0', only: ['apigateway', 'svcclaims'], manual: true }
    ],
    [
      'explicit version wins over versions.txt',
      { kind: 'pin', version: 'v1.0.0' },
      'v3.5.6\n',
      { kind: 'pin', version: 'v1.0.0', manual: false }
    ],
    [
      'default: newest of versions.txt (not its last line)',
      { kind: 'pin' },
      'v1.0.0\nv3.5.6\nv1.2.3\n',
      { kind: 'pin', version: 'v3.5.6', manual: false }
    ],
    [
      'default: versions.txt with CRLF, blanks and a prerelease',
      { kind: 'pin', only: ['app'] },
      'v1.0.0\r\n\r\nv1.2.3\r\nv4.0.0-rc.1\r\n',
      { kind: 'pin', version: 'v1.2.3', only: ['app'], manual: false }
    ],
    [
      'default: from the tags when there is no versions.txt',
      { kind: 'pin' },
      undefined,
      { kind: 'pin', version: 'v3.5.6', manual: false }
    ],
    [
      'default: from the tags when versions.txt holds no release',
      { kind: 'pin' },
      '# releases\nv4.0.0-rc.1\nnext\n',
      { kind: 'pin', version: 'v3.5.6', manual: false }
    ],
    [
      'targets: names to prefixes',
      {
        kind: 'pin',
        targets: new Map([
          ['app', 'v3.5.6'],
          ['api-gateway', 'release-3.5.0']
        ])
      },
      undefined,
      {
        kind: 'pin',
        targets: new Map([
          ['app', 'v3.5.6'],
          ['apigateway', 'release-3.5.0']
        ]),
        manual: false
      }
    ],
    [
      'targets by prefix, manual',
      { kind: 'pin', targets: new Map([['svcclaims', 'v1.0.0']]), manual: true },
      'v3.5.6\n',
      { kind: 'pin', targets: new Map([['svcclaims', 'v1.0.0']]), manual: true }
    ]
  ])('%s', async (_name, intent, versionsTxt, expected) => {
    const d = deps(versionsTxt)
    expect(await resolveIntent(intent, IMAGES, d)).toEqual(expected)
    expect(d.remoteTags).toHaveBeenCalledTimes(1)
  })

  it('the newest tag counts release- after v on a tie', async () => {
    const d = deps(undefined, ['v3.5.0', 'release-3.5.0', 'v3.4.9'])
    expect(await resolveIntent({ kind: 'pin' }, IMAGES, d)).toMatchObject({
      version: 'release-3.5.0'
    })
  })

  it('prerelease tags are never the default', async () => {
    const d = deps(undefined, ['v3.0.0', 'v4.0.0-rc.1', 'release-4.0.0-beta'])
    expect(await resolveIntent({ kind: 'pin' }, IMAGES, d)).toMatchObject({ version: 'v3.0.0' })
  })

  it.each<[string, Intent, string | undefined, readonly string[], string]>([
    [
      'explicit version',
      { kind: 'pin', version: 'v9.9.9' },
      undefined,
      TAGS,
      'Tag v9.9.9 does not exist on the remote. Pick an existing release tag, or create the release first.'
    ],
    [
      'newest of versions.txt',
      { kind: 'pin' },
      'v1.2.3\nv5.0.0\n',
      TAGS,
      'Tag v5.0.0 does not exist on the remote. Pick an existing release tag, or create the release first.'
    ],
    [
      'one of the targets',
      {
        kind: 'pin',
        targets: new Map([
          ['app', 'v3.5.6'],
          ['api-gateway', 'release-9.0.0']
        ])
      },
      undefined,
      TAGS,
      'Tag release-9.0.0 does not exist on the remote. Pick an existing release tag, or create the release first.'
    ],
    [
      'no tags at all',
      { kind: 'pin', version: 'v1.2.3' },
      undefined,
      [],
      'Tag v1.2.3 does not exist on the remote. Pick an existing release tag, or create the release first.'
    ],
    [
      'no version anywhere',
      { kind: 'pin' },
      undefined,
      ['latest', 'v4.0.0-rc.1'],
      'No version to pin to: set the version input (no release in versions.txt and no v*/release-* tag)'
    ]
  ])('the tag must exist: %s', async (_name, intent, versionsTxt, tags, message) => {
    const d = deps(versionsTxt, tags)
    const e = await errorOf(resolveIntent(intent, IMAGES, d))
    expect(e.name).toBe('PlanError')
    expect(e.message).toBe(message)
    expect(d.remoteTags).toHaveBeenCalledTimes(1)
  })

  it.each<[string, Intent, string]>([
    [
      'only',
      { kind: 'pin', version: 'v1.2.3', only: ['app', 'gateway'] },
      'Unknown image "gateway". '
    ],
    [
      'targets',
      { kind: 'pin', targets: new Map([['gateway', 'v1.2.3']]) },
      'Unknown image "gateway". '
    ],
    ['only, no version', { kind: 'pin', only: ['x', 'y'] }, 'Unknown images "x", "y". ']
  ])('an unknown image in %s fails before any remote call', async (_name, intent, start) => {
    const d = deps('v1.2.3\n')
    const e = await errorOf(resolveIntent(intent, IMAGES, d))
    expect(e.message).toBe(`${start}${KNOWN}`)
    expect(d.remoteTags).not.toHaveBeenCalled()
  })

  it('remoteTags is called once even when several versions are checked', async () => {
    const d = deps(undefined)
    const intent: Intent = {
      kind: 'pin',
      targets: new Map([
        ['app', 'v3.5.6'],
        ['api-gateway', 'release-3.5.0'],
        ['postgres', 'v1.0.0'],
        ['svc-claims', 'v3.5.6']
      ])
    }
    await resolveIntent(intent, IMAGES, d)
    expect(d.remoteTags).toHaveBeenCalledTimes(1)
  })

  // BUG: an image named twice, once by name and once by prefix, resolves to one prefix and the
  // Map silently keeps the last version (inputs.ts only catches the same spelling twice).
  it('an image named by name and by prefix in targets fails', async () => {
    const intent: Intent = {
      kind: 'pin',
      targets: new Map([
        ['api-gateway', 'v1.0.0'],
        ['apigateway', 'v3.5.6']
      ])
    }
    await expect(resolveIntent(intent, IMAGES, deps(undefined))).rejects.toThrow('api-gateway')
  })
})
