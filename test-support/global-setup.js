// jest globalSetup: once per `npm test`, before any suite. Says which Node.js runs the bundle in
// the end-to-end tests (action.yml declares node24) and which runs jest itself, and fails early
// when the bundle is missing.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { actionRuntime } from './run-action.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default async function globalSetup() {
  await fs.access(path.join(root, 'dist/index.js')).catch(() => {
    throw new Error('dist/index.js is missing; run npm run bundle first')
  })
  const { node, from } = actionRuntime()
  const version = execFileSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).trim()
  process.stdout.write(
    `\ne2e: dist/index.js runs on Node.js ${version} (${from})` +
      `\njest: Node.js ${process.version} (${process.execPath})\n`
  )
}
