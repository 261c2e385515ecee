import './event-guard.js'
import { run } from './main.js'

await run()
