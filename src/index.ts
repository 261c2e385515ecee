// A run that the event alone decides is answered before main.js (Octokit, the HTTP stack) loads.
// Every module is imported lazily, so that ncc's license file names the packages of every chunk.
const { skipEarly } = await import('./action/early-skip.js')

if (!skipEarly()) {
  await import('./action/event-guard.js')
  const { run } = await import('./action/run.js')
  await run()
}
