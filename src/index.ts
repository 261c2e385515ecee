// A run that the event alone decides is answered before run.js (Octokit, the HTTP stack) loads.
// Every module is imported lazily, so that ncc's license file names the packages of every chunk.
const { skipEarly } = await import('./action/early-skip.js')

if (!skipEarly()) {
  const { guardEvent } = await import('./action/event-guard.js')
  guardEvent()
  const { run } = await import('./action/run.js')
  await run()
}
