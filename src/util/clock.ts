/** The clock for history comments: an explicit ISO-8601 time, else SOURCE_DATE_EPOCH, else now. */
export function resolveNow(iso: string | undefined, sourceDateEpoch: string | undefined): Date {
  if (iso !== undefined && iso !== '') {
    // Require a full date and time with a zone, so "now" can never be read as local time.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(iso)) {
      throw new Error(
        `--now ${JSON.stringify(iso)} is not an ISO-8601 time with a zone, e.g. 2023-07-31T17:42:17Z`
      )
    }
    const d = new Date(iso)
    // Date rolls 2023-02-30 over to March 2; refuse a day the month does not have.
    const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number]
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
    if (Number.isNaN(d.getTime()) || month < 1 || month > 12 || day < 1 || day > days)
      throw new Error(`--now ${JSON.stringify(iso)} is not a valid time`)
    return d
  }
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d{1,12}$/.test(sourceDateEpoch)) {
      throw new Error(
        `SOURCE_DATE_EPOCH ${JSON.stringify(sourceDateEpoch)} is not a number of seconds`
      )
    }
    return new Date(Number(sourceDateEpoch) * 1000)
  }
  return new Date()
}
