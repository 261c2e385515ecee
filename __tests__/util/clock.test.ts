import { describe, expect, it } from '@jest/globals'
import { resolveNow } from '../../src/util/clock.js'
import { historyDate } from '../../src/plan/pin-engine.js'

describe('resolveNow', () => {
  it.each([
    ['2023-07-31T17:42:17Z', undefined, '2023-07-31T17:42:17.000Z'],
    ['2023-07-31T17:42Z', undefined, '2023-07-31T17:42:00.000Z'],
    ['2023-07-31T17:42:17.123Z', undefined, '2023-07-31T17:42:17.123Z'],
    ['2023-07-31T19:42:17+02:00', undefined, '2023-07-31T17:42:17.000Z'],
    ['2023-07-31T12:42:17-0500', undefined, '2023-07-31T17:42:17.000Z'],
    ['2024-02-29T00:00:00Z', undefined, '2024-02-29T00:00:00.000Z'],
    ['2023-07-31T24:00:00Z', undefined, '2023-08-01T00:00:00.000Z'],
    // --now wins over SOURCE_DATE_EPOCH
    ['2023-07-31T17:42:17Z', '0', '2023-07-31T17:42:17.000Z'],
    [undefined, '1690825337', '2023-07-31T17:42:17.000Z'],
    ['', '1690825337', '2023-07-31T17:42:17.000Z'],
    [undefined, '0', '1970-01-01T00:00:00.000Z'],
    [undefined, '1693602538', '2023-09-01T21:08:58.000Z'],
    [undefined, '999999999999', '+033658-09-27T01:46:39.000Z']
  ])('--now %j, SOURCE_DATE_EPOCH %j -> %s', (iso, epoch, expected) => {
    expect(resolveNow(iso, epoch).toISOString()).toBe(expected)
  })

  it.each([
    [undefined, undefined],
    ['', ''],
    [undefined, '']
  ])('falls back to the real clock for --now %j, SOURCE_DATE_EPOCH %j', (iso, epoch) => {
    const before = Date.now()
    const now = resolveNow(iso, epoch).getTime()
    expect(now).toBeGreaterThanOrEqual(before)
    expect(now).toBeLessThanOrEqual(Date.now())
  })

  it.each([
    ['2023-07-31T17:42:17', 'is not an ISO-8601 time with a zone'],
    ['2023-07-31 17:42:17Z', 'is not an ISO-8601 time with a zone'],
    ['2023-07-31', 'is not an ISO-8601 time with a zone'],
    ['yesterday', 'is not an ISO-8601 time with a zone'],
    ['1690825337', 'is not an ISO-8601 time with a zone'],
    ['2023-07-31t17:42:17z', 'is not an ISO-8601 time with a zone'],
    ['2023-07-31T17:42:17Z\n', 'is not an ISO-8601 time with a zone'],
    ['2023-13-01T00:00:00Z', 'is not a valid time'],
    ['2023-00-10T00:00:00Z', 'is not a valid time'],
    ['2023-02-29T00:00:00Z', 'is not a valid time'],
    ['2023-02-30T00:00:00Z', 'is not a valid time'],
    ['2023-04-31T00:00:00Z', 'is not a valid time'],
    ['2023-07-00T00:00:00Z', 'is not a valid time'],
    ['2023-07-31T25:00:00Z', 'is not a valid time'],
    ['2023-07-31T17:60:00Z', 'is not a valid time']
  ])('refuses --now %j', (iso, message) => {
    expect(() => resolveNow(iso, undefined)).toThrow(`--now ${JSON.stringify(iso)} ${message}`)
  })

  it.each([['-1'], ['1.5'], ['1e9'], [' 1'], ['0x10'], ['1234567890123'], ['now']])(
    'refuses SOURCE_DATE_EPOCH %j',
    (epoch) => {
      expect(() => resolveNow(undefined, epoch)).toThrow(
        `SOURCE_DATE_EPOCH ${JSON.stringify(epoch)} is not a number of seconds`
      )
    }
  )

  it('gives the history comment of the issue', () => {
    expect(historyDate(resolveNow('2023-07-31T17:42:17Z', undefined))).toBe(
      'Mon Jul 31 17:42:17 UTC 2023'
    )
  })
})
