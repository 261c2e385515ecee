// Moves an ncc build to its final name and makes sure a CLI bundle starts with its shebang.
import { promises as fs } from 'node:fs'
import path from 'node:path'

const [from, to = from] = process.argv.slice(2)
let text = await fs.readFile(from, 'utf8')
if (to.endsWith('cli.js')) {
  text = text.replace(/^#!.*\n/, '')
  text = `#!/usr/bin/env node\n${text}`
}
await fs.writeFile(to, text, { mode: to.endsWith('cli.js') ? 0o755 : 0o644 })
if (to !== from) await fs.rm(path.dirname(from), { recursive: true, force: true })
