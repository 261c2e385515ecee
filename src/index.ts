// A run that the event alone decides is answered before main.js (Octokit, the HTTP stack) loads.
// Every module is imported lazily, so that ncc's license file names the packages of every chunk.
const { skipEarly } = await import('./early-skip.js')

if (!skipEarly()) {
  await import('./event-guard.js')
  const { run } = await import('./main.js')
  await run()
}
