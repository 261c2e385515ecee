import { describe, expect, it } from '@jest/globals'
import { runOutputs } from '../../src/action/outputs.js'
import type { Decision } from '../../src/plan/decision.js'

const images = ['app', 'api-gateway', 'db'].map((name) => ({
  name,
  prefix: name.replace(/-/g, '')
}))
const d = (
  image: string,
  before: string | null,
  after: string | null,
  action: Decision['action']
): Decision => ({
  image,
  prefix: image.replace(/-/g, ''),
  before,
  after,
  manual: false,
  action,
  reason: 'r'
})
const HEAD = 'abcdef0123456789abcdef0123456789abcdef01'

describe('runOutputs', () => {
  const decisions = [
    d('app', 'v1.0.0', null, 'unpin'),
    d('api-gateway', 'v1.0.0', 'v1.0.0', 'keep'),
    d('db', null, 'v1.1.0', 'pin'),
    d('gone', 'v0.1.0', 'v0.1.0', 'keep')
  ]
  const { outputs, warnings } = runOutputs({
    images,
    decisions,
    changed: true,
    head: HEAD,
    commitSha: 'c'.repeat(40),
    pullRequestUrl: ''
  })

  it('publish lists exactly the images left unpinned; versions maps every listed image', () => {
    expect(JSON.parse(outputs.publish)).toEqual(['app'])
    expect(JSON.parse(outputs.versions)).toEqual({
      app: 'abcdef0',
      'api-gateway': 'v1.0.0',
      db: 'v1.1.0'
    })
    expect(JSON.parse(outputs.pinned)).toEqual(['db'])
    expect(JSON.parse(outputs.unpinned)).toEqual(['app'])
    expect(outputs.changed).toBe('true')
    expect(warnings).toEqual([])
  })

  it('a pin value that is no version is left out of versions and publish, with a warning', () => {
    const bad = runOutputs({
      images,
      decisions: [d('app', 'v1.0.0"; touch x; echo "', 'v1.0.0"; touch x; echo "', 'keep')],
      changed: false,
      head: HEAD,
      commitSha: '',
      pullRequestUrl: ''
    })
    expect(JSON.parse(bad.outputs.versions)).toEqual({})
    expect(JSON.parse(bad.outputs.publish)).toEqual([])
    expect(bad.warnings[0]).toMatch(
      /^app: app_VER gives ".*", which is not a release version or a short sha/
    )
  })

  it('an unpinned image with no head sha is left out of versions and publish, naming the event', () => {
    const none = runOutputs({
      images,
      decisions: [d('app', 'v1.0.0', null, 'unpin')],
      changed: true,
      head: '',
      commitSha: '',
      pullRequestUrl: ''
    })
    expect(JSON.parse(none.outputs.versions)).toEqual({})
    expect(JSON.parse(none.outputs.publish)).toEqual([])
    expect(JSON.parse(none.outputs.unpinned)).toEqual(['app'])
    expect(none.warnings).toEqual([
      'app: the head commit gives "", which is not a release version or a short sha; left out of ' +
        'the versions and publish outputs. The event names no commit sha for the head; run on ' +
        'push, release or workflow_dispatch.'
    ])
  })
})
