// How the work of a parser or matcher grows with its input, for growth tests: never an absolute
// time (a slow machine fails no test), only the ratio of two sizes measured in one run, in CPU
// time of this process (what other processes take of the machine is not in it).

/**
 * How much longer `run` takes on the input of size 10n than on the one of size n: about 10 for
 * a linear reader, 100 for a quadratic one. Batches of about the same length for both sizes
 * (the small input run 10 times as often), taken in turn so that a pause costs both alike; the
 * best of 5 batches of each. GROWTH_LOG=1 prints the figures.
 */
export function growth(make, run, n) {
  const small = make(n)
  const large = make(10 * n)
  run(small)
  run(large)
  const now = () => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  let reps = 0
  for (const t0 = now(); now() - t0 < 40; reps++) run(small)
  const each = (input, times) => {
    const t0 = now()
    for (let k = 0; k < times; k++) run(input)
    return (now() - t0) / times
  }
  let a = Infinity
  let b = Infinity
  for (let k = 0; k < 5; k++) {
    a = Math.min(a, each(small, reps))
    b = Math.min(b, each(large, Math.max(1, Math.round(reps / 10))))
  }
  if (process.env.GROWTH_LOG)
    process.stderr.write(`growth ${n}: ${a.toFixed(3)} ${b.toFixed(3)} ${(b / a).toFixed(1)}\n`)
  return b / a
}

/** The bound growth tests hold a 10x input to: linear work stays well under it. */
export const LINEAR = 30
