// A run that the event alone decides is answered before main.js (Octokit, the HTTP stack) loads.
import { skipEarly } from './early-skip.js'

if (!skipEarly()) {
  await import('./event-guard.js')
  const { run } = await import('./main.js')
  await run()
}
