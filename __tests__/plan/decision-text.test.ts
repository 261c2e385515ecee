import { describe, expect, it } from '@jest/globals'
import type { Decision } from '../../src/plan/decision.js'
import { formatTable, logLine } from '../../src/plan/decision-text.js'

const d = (over: Partial<Decision>): Decision => ({
  image: 'app',
  prefix: 'app',
  before: null,
  after: null,
  manual: false,
  action: 'keep',
  reason: 'r',
  ...over
})

describe('logLine', () => {
  it.each([
    [
      d({ action: 'pin', after: 'v1.2.3', reason: 'pinned to v1.2.3' }),
      'app: pinned (unpinned) -> v1.2.3 (pinned to v1.2.3)'
    ],
    [
      d({ action: 'unpin', before: 'v1.2.3', reason: 'app/src/Main.java changed since v1.2.3' }),
      'app: unpinned v1.2.3 -> (unpinned) (app/src/Main.java changed since v1.2.3)'
    ],
    [
      d({ before: 'v1.2.3', after: 'v1.2.3', reason: 'nothing changed since v1.2.3' }),
      'app: kept v1.2.3 (nothing changed since v1.2.3)'
    ],
    [
      d({ reason: 'not pinned; it tracks the head build' }),
      'app: kept (unpinned) (not pinned; it tracks the head build)'
    ],
    [
      d({ image: 'api-gateway', action: 'skip', reason: 'not selected' }),
      'api-gateway: skipped (unpinned) (not selected)'
    ],
    [
      d({ action: 'pin', before: 'v3.6.1', after: 'v3.5.6', reason: 're-pinned' }),
      'app: pinned v3.6.1 -> v3.5.6 (re-pinned)'
    ]
  ])('%#: %s', (decision, line) => {
    expect(logLine(decision)).toBe(line)
  })
})

describe('formatTable', () => {
  it.each([
    [[], 'IMAGE  BEFORE  AFTER  DECISION  REASON'],
    [
      [
        d({ action: 'pin', after: 'v1.2.3', reason: 'pinned to v1.2.3' }),
        d({
          image: 'svc-lighthouse-api',
          before: 'v1.0.0',
          after: 'v1.0.0',
          reason: 'pinned by hand to v1.0.0 (line 2); left alone'
        })
      ],
      [
        'IMAGE               BEFORE      AFTER   DECISION  REASON',
        'app                 (unpinned)  v1.2.3  pin       pinned to v1.2.3',
        'svc-lighthouse-api  v1.0.0      v1.0.0  keep      pinned by hand to v1.0.0 (line 2); left alone'
      ].join('\n')
    ],
    [
      [d({ action: 'unpin', before: 'release-10.20.30', reason: '' })],
      [
        'IMAGE  BEFORE            AFTER       DECISION  REASON',
        'app    release-10.20.30  (unpinned)  unpin     '
      ].join('\n')
    ]
  ])('table %#', (decisions, table) => {
    expect(formatTable(decisions)).toBe(table)
  })

  it('keeps one row per decision even when a reason is long', () => {
    const table = formatTable([d({ reason: 'x'.repeat(500) }), d({ image: 'b' })])
    expect(table.split('\n')).toHaveLength(3)
  })
})
