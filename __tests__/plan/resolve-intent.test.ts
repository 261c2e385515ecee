import { describe, expect, it, jest } from '@jest/globals'
import type { Intent } from '../../src/plan/intent.js'
import type { Image } from '../../src/files/image-vars.js'
import {
  newestRelease,
  resolveWithSource,
  type ResolveDeps,
  type VersionSource
} from '../../src/plan/resolve-intent.js'

/** The resolved intent alone, without where its version came from. */
const resolveIntent = async (...args: Parameters<typeof resolveWithSource>): Promise<Intent> =>
  (await resolveWithSource(...args)).intent

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
  it.each<[string[], 'v' | 'release', boolean, string | undefined]>([
    [[], 'v', false, undefined],
    [['', '  '], 'v', false, undefined],
    [['v1.2.3'], 'v', false, 'v1.2.3'],
    [['v1.2.3', 'v1.10.0', 'v1.9.9'], 'v', false, 'v1.10.0'],
    [['v2.0.0', 'v10.0.0', 'v9.9.9'], 'v', false, 'v10.0.0'],
    // The two series are never compared: each answers for itself.
    [['release-1.2.4', 'v1.2.3'], 'v', false, 'v1.2.3'],
    [['release-1.2.3', 'v1.2.4'], 'release', false, 'release-1.2.3'],
    [['release-9.0.0'], 'v', false, undefined],
    [['v2.0.0-rc.1', 'v1.9.0'], 'v', false, 'v1.9.0'],
    [['v2.0.0-rc.1', 'v1.9.0'], 'v', true, 'v2.0.0-rc.1'],
    [['v2.0.0-rc.1', 'v2.0.0'], 'v', true, 'v2.0.0'],
    [['v2.0.0-rc.1', 'release-2.0.0-rc.2'], 'v', false, undefined],
    // Date-shaped versions never win over the series; alone, they are the series.
    [['v2024.10.24', 'v1.2.3'], 'v', false, 'v1.2.3'],
    [['v20241024.0.0', 'v0.1.0'], 'v', false, 'v0.1.0'],
    [['release-2024.10.24', 'release-3.5.0'], 'release', false, 'release-3.5.0'],
    [['v2024.10.24', 'v2023.1.2', '2025-01-01'], 'v', false, 'v2024.10.24'],
    [['v1899.0.0', 'v2.0.0'], 'v', false, 'v1899.0.0'],
    // Names are taken as they are: one with a blank around it is not a release.
    [[' v1.2.3 ', 'v1.2.2\r', 'v1.0.0'], 'v', false, 'v1.0.0'],
    // Nor is one that ends with a no-break or ideographic space: never trimmed into v1.2.3.
    [['v1.2.3\u00a0', 'v1.0.0'], 'v', false, 'v1.0.0'],
    [['v2.0.0\u3000', 'v1.0.0'], 'v', false, 'v1.0.0'],
    [['\u00a0v3.0.0', '\ufeffv3.0.0', 'v3.0.0\u200b'], 'v', false, undefined],
    [
      ['1.2.3', 'v1.2', 'latest', 'v01.2.3', 'V1.2.3', 'release-1.2', 'v1.2.3.4'],
      'v',
      false,
      undefined
    ],
    [['v1.2.3', 'junk', 'v1.3.0"; rm -rf ~'], 'v', false, 'v1.2.3']
  ])('%j (%s series, prereleases %s) -> %s', (names, series, includePrereleases, newest) => {
    expect(newestRelease(names, series, includePrereleases)).toBe(newest)
  })
})

describe('resolveWithSource: the default version and where it came from', () => {
  it.each<
    [string, string | undefined, string | undefined, readonly string[], string, VersionSource]
  >([
    ['versions.txt first', 'v1.0.0\nv3.5.6\n', 'v1.2.3', TAGS, 'v3.5.6', 'versions.txt'],
    [
      'versions.txt: ASCII blanks around a line are dropped',
      'v1.0.0\r\n  v1.2.3 \t\r\n',
      undefined,
      TAGS,
      'v1.2.3',
      'versions.txt'
    ],
    [
      'versions.txt: a line ending with a no-break space is not a release',
      'v1.0.0\nv3.5.6\u00a0\n',
      undefined,
      TAGS,
      'v1.0.0',
      'versions.txt'
    ],
    [
      'a tag ending with a no-break space is not trimmed into another tag',
      undefined,
      undefined,
      ['v1.0.0', 'v1.2.3\u00a0', 'v1.2.3\u3000'],
      'v1.0.0',
      'newest v* tag'
    ],
    [
      "versions.txt: its last release's series only",
      'v9.0.0\nrelease-3.5.0\n',
      undefined,
      TAGS,
      'release-3.5.0',
      'versions.txt'
    ],
    [
      'versions.txt: a date-shaped line never wins over the series',
      'v1.0.0\nv2024.10.24\n',
      undefined,
      [...TAGS, 'v2024.10.24'],
      'v1.0.0',
      'versions.txt'
    ],
    [
      'then the latest release',
      undefined,
      'release-3.5.0',
      TAGS,
      'release-3.5.0',
      'latest release'
    ],
    [
      'then the latest release, when versions.txt has none',
      '# releases\nv4.0.0-rc.1\n',
      'v1.2.3',
      TAGS,
      'v1.2.3',
      'latest release'
    ],
    [
      'a prerelease latest release is passed over',
      undefined,
      'v4.0.0-rc.1',
      TAGS,
      'v3.5.6',
      'newest v* tag'
    ],
    [
      'a date-shaped latest release is passed over',
      undefined,
      'release-2024.10.24',
      [...TAGS, 'release-2024.10.24'],
      'v3.5.6',
      'newest v* tag'
    ],
    [
      'a latest release that is no version is passed over',
      undefined,
      'nightly',
      TAGS,
      'v3.5.6',
      'newest v* tag'
    ],
    [
      'then the newest v* tag, never a release- tag',
      undefined,
      undefined,
      ['v3.5.0', 'release-3.6.0'],
      'v3.5.0',
      'newest v* tag'
    ],
    [
      'the newest v* tag is never date-shaped while the series has others',
      undefined,
      undefined,
      ['v1.0.0', 'v2024.10.24', '2024-10-25'],
      'v1.0.0',
      'newest v* tag'
    ]
  ])('%s', async (_name, versionsTxt, latest, tags, version, source) => {
    const latestRelease = jest.fn(async () => latest)
    const d = { ...deps(versionsTxt, tags), latestRelease }
    expect(await resolveWithSource({ kind: 'pin' }, IMAGES, d)).toEqual({
      intent: { kind: 'pin', version, manual: false },
      versionSource: source
    })
    expect(latestRelease).toHaveBeenCalledTimes(source === 'versions.txt' ? 0 : 1)
    expect(d.remoteTags).toHaveBeenCalledTimes(1)
  })

  it.each<[string, Intent]>([
    ['an explicit version', { kind: 'pin', version: 'v1.0.0' }],
    ['per-image versions', { kind: 'pin', targets: new Map([['app', 'v1.0.0']]) }]
  ])('says nothing about a version given: %s', async (_name, intent) => {
    const latestRelease = jest.fn(async () => 'v1.2.3')
    const r = await resolveWithSource(intent, IMAGES, { ...deps('v3.5.6\n'), latestRelease })
    expect(r.versionSource).toBeUndefined()
    expect(latestRelease).not.toHaveBeenCalled()
  })

  it('the latest release must still be an existing tag', async () => {
    const d = { ...deps(undefined, ['v1.0.0']), latestRelease: async () => 'v1.2.3' }
    await expect(resolveWithSource({ kind: 'pin' }, IMAGES, d)).rejects.toThrow(
      'Tag v1.2.3 does not exist on the remote.'
    )
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

  it('the default from the tags is the newest v* tag, even with a newer release- tag', async () => {
    const d = deps(undefined, ['v3.5.0', 'release-3.5.0', 'release-3.6.0', 'v3.4.9'])
    expect(await resolveIntent({ kind: 'pin' }, IMAGES, d)).toMatchObject({ version: 'v3.5.0' })
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
      ['latest', 'v4.0.0-rc.1', 'release-1.0.0'],
      'No version to pin to: set the version input (versions.txt has no release, the repository has no latest release, and there is no v* tag)'
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

  // An image named twice, once by name and once by prefix, must not keep one version silently.
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
