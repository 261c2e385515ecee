import { describe, expect, it } from '@jest/globals'
import type { Decision } from '../../src/plan/decision.js'
import { formatTable, logLine } from '../../src/plan/decision-text.js'
import { commitBody, summaryMarkdown } from '../../src/action/summary.js'

function decision(over: Partial<Decision> & Pick<Decision, 'image' | 'action'>): Decision {
  return {
    prefix: over.image.replace(/-/g, ''),
    before: null,
    after: null,
    manual: false,
    reason: '',
    ...over
  }
}

const PIN = decision({
  image: 'api-gateway',
  action: 'pin',
  after: 'v1.4.2',
  reason: 'pinned to v1.4.2'
})
const UNPIN = decision({
  image: 'app',
  action: 'unpin',
  before: 'v1.4.2',
  reason: 'app/src/Main.java and 3 more changed since v1.4.2'
})
const KEEP = decision({
  image: 'postgres',
  action: 'keep',
  before: 'v1.4.0',
  after: 'v1.4.0',
  reason: 'unchanged since v1.4.0'
})
const MANUAL = decision({
  image: 'console',
  action: 'keep',
  before: 'v3.2.5',
  after: 'v3.2.5',
  manual: true,
  reason: 'manual pin; never changed by the automation'
})
const SKIP = decision({ image: 'svc-claims', action: 'skip', reason: 'not selected' })

const HEADER = ['| Image | Before | After | Decision | Reason |', '| --- | --- | --- | --- | --- |']

const markdown = (decisions: readonly Decision[], more: { warnings?: string[] } = {}): string =>
  summaryMarkdown({
    title: 'vro-image-version: release v1.4.2',
    decisions,
    result: 'Committed abc1234.',
    warnings: more.warnings ?? []
  })

/** The table rows of a summary: the lines starting with "|" after the two header lines. */
const rows = (md: string): string[] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)

describe('summaryMarkdown', () => {
  it('a heading, the table, the result line', () => {
    expect(markdown([PIN, UNPIN]).split('\n')).toEqual([
      '### vro-image-version: release v1.4.2',
      '',
      ...HEADER,
      '| api-gateway | _unpinned_ | `v1.4.2` | pin | pinned to v1.4.2 |',
      '| app | `v1.4.2` | _unpinned_ | unpin | app/src/Main.java and 3 more changed since v1.4.2 |',
      '',
      'Committed abc1234.',
      ''
    ])
  })

  it.each<[string, Decision, string]>([
    ['pin', PIN, '| api-gateway | _unpinned_ | `v1.4.2` | pin | pinned to v1.4.2 |'],
    [
      'unpin',
      UNPIN,
      '| app | `v1.4.2` | _unpinned_ | unpin | app/src/Main.java and 3 more changed since v1.4.2 |'
    ],
    ['keep', KEEP, '| postgres | `v1.4.0` | `v1.4.0` | keep | unchanged since v1.4.0 |'],
    [
      'manual pin',
      MANUAL,
      '| console | `v3.2.5` | `v3.2.5` | keep (manual pin) | manual pin; never changed by the automation |'
    ],
    ['skip', SKIP, '| svc-claims | _unpinned_ | _unpinned_ | skip | not selected |'],
    [
      'short sha',
      decision({ image: 'app', action: 'keep', before: 'abc1234', after: 'abc1234', reason: 'x' }),
      '| app | `abc1234` | `abc1234` | keep | x |'
    ]
  ])('row for %s', (_name, d, row) => {
    expect(rows(markdown([d]))).toEqual([row])
  })

  it('one row per decision, in order', () => {
    const md = markdown([PIN, UNPIN, KEEP, MANUAL, SKIP])
    expect(rows(md).map((r) => r.split(' | ')[0])).toEqual([
      '| api-gateway',
      '| app',
      '| postgres',
      '| console',
      '| svc-claims'
    ])
  })

  it('no decisions: the header alone', () => {
    expect(rows(markdown([]))).toEqual([])
    expect(markdown([])).toContain(HEADER.join('\n'))
  })

  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a | b', 'a \\| b'],
    ['x & y', 'x &amp; y'],
    ['&lt;', '&amp;lt;'],
    [
      '</td></tr></table><script>alert(1)</script>',
      '&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;'
    ],
    ['app/|weird|name.java changed since v1.2.3', 'app/\\|weird\\|name.java changed since v1.2.3']
  ])('a hostile reason %j is escaped as %j', (reason, shown) => {
    const [row] = rows(
      markdown([decision({ image: 'app', action: 'unpin', before: 'v1.2.3', reason })])
    )
    expect(row).toBe(`| app | \`v1.2.3\` | _unpinned_ | unpin | ${shown} |`)
    // Five cells: exactly six unescaped table pipes (GFM splits cells at those only).
    expect(row?.split(/(?<!\\)\|/).length).toBe(7)
  })

  it('a hostile image name and version are escaped', () => {
    const [row] = rows(
      markdown([
        decision({ image: 'a|<b>', action: 'keep', before: 'v1|2', after: '<v>', reason: 'r' })
      ])
    )
    // Not versions, so not in code spans (where no escape but \\| works): escaped text.
    expect(row).toBe('| a\\|&lt;b&gt; | v1\\|2 | &lt;v&gt; | keep | r |')
  })

  it('title and result are escaped', () => {
    const md = summaryMarkdown({
      title: 'release <v1> | x',
      decisions: [],
      result: 'Nothing committed: <b>no change</b> & no | pipe',
      warnings: []
    })
    expect(md.split('\n')[0]).toBe('### release &lt;v1&gt; \\| x')
    expect(md).toContain('\nNothing committed: &lt;b&gt;no change&lt;/b&gt; &amp; no \\| pipe\n')
  })

  it('warnings follow as GitHub alerts, escaped', () => {
    const md = markdown([KEEP], { warnings: ['tag v0.9.0 not found', '<b>x</b>'] })
    expect(
      md.endsWith('> [!WARNING]\n> tag v0.9.0 not found\n\n> [!WARNING]\n> &lt;b&gt;x&lt;/b&gt;\n')
    ).toBe(true)
  })

  // A line break in a reason (git paths may hold one) must not end the row: in GFM every
  // following non-blank line would be another table row, here a forged one.
  it.each(['app/a\n<b>x</b> | y.txt changed', 'app/a\r\nb.txt changed'])(
    'a reason with a line break %j stays on its row',
    (reason) => {
      const lines = markdown([
        decision({ image: 'app', action: 'unpin', before: 'v1.2.3', reason })
      ]).split(/\r?\n/)
      const start = lines.indexOf(HEADER[1] as string) + 1
      expect(lines.slice(start, lines.indexOf('', start))).toHaveLength(1)
    }
  )
})

describe('commitBody', () => {
  it('one line per pin or unpin, keep and skip left out, then the run link', () => {
    expect(
      commitBody(
        [PIN, KEEP, UNPIN, MANUAL, SKIP],
        'https://github.com/acme/monorepo/actions/runs/7'
      )
    ).toBe(
      [
        '- api-gateway: unpinned -> v1.4.2 (pinned to v1.4.2)',
        '- app: v1.4.2 -> unpinned (app/src/Main.java and 3 more changed since v1.4.2)',
        '',
        'Run: https://github.com/acme/monorepo/actions/runs/7'
      ].join('\n')
    )
  })

  it.each<[string, readonly Decision[], string | undefined, string]>([
    ['nothing, no run', [], undefined, ''],
    ['nothing but the run', [KEEP], 'https://x/runs/1', '\nRun: https://x/runs/1'],
    [
      'no run link',
      [UNPIN],
      undefined,
      '- app: v1.4.2 -> unpinned (app/src/Main.java and 3 more changed since v1.4.2)'
    ],
    ['empty run link', [PIN], '', '- api-gateway: unpinned -> v1.4.2 (pinned to v1.4.2)'],
    [
      'a rollback',
      [
        decision({
          image: 'app',
          action: 'pin',
          before: 'v3.6.0',
          after: 'v3.5.6',
          reason: 'rolled back'
        })
      ],
      undefined,
      '- app: v3.6.0 -> v3.5.6 (rolled back)'
    ]
  ])('%s', (_name, decisions, runUrl, body) => {
    expect(commitBody(decisions, runUrl)).toBe(body)
  })
})

describe('logLine', () => {
  it.each<[Decision, string]>([
    [PIN, 'api-gateway: pinned (unpinned) -> v1.4.2 (pinned to v1.4.2)'],
    [
      UNPIN,
      'app: unpinned v1.4.2 -> (unpinned) (app/src/Main.java and 3 more changed since v1.4.2)'
    ],
    [KEEP, 'postgres: kept v1.4.0 (unchanged since v1.4.0)'],
    [SKIP, 'svc-claims: skipped (unpinned) (not selected)'],
    [
      decision({
        image: 'app',
        action: 'pin',
        before: 'v3.6.0',
        after: 'v3.5.6',
        reason: 'rolled back'
      }),
      'app: pinned v3.6.0 -> v3.5.6 (rolled back)'
    ]
  ])('%j -> %s', (d, line) => {
    expect(logLine(d)).toBe(line)
  })
})

describe('formatTable', () => {
  it('aligns the columns, the reason last and unpadded', () => {
    expect(formatTable([PIN, KEEP]).split('\n')).toEqual([
      'IMAGE        BEFORE      AFTER   DECISION  REASON',
      'api-gateway  (unpinned)  v1.4.2  pin       pinned to v1.4.2',
      'postgres     v1.4.0      v1.4.0  keep      unchanged since v1.4.0'
    ])
  })

  it('no decisions: the header alone', () => {
    expect(formatTable([])).toBe('IMAGE  BEFORE  AFTER  DECISION  REASON')
  })

  it('every row starts its reason at the same column', () => {
    const lines = formatTable([PIN, UNPIN, KEEP, MANUAL, SKIP]).split('\n')
    const column = (lines[0] as string).indexOf('REASON')
    for (const [i, d] of [PIN, UNPIN, KEEP, MANUAL, SKIP].entries()) {
      expect((lines[i + 1] as string).slice(column)).toBe(d.reason)
    }
  })
})
