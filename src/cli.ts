#!/usr/bin/env node
/**
 * vro-image-version: the action's plan on a local checkout. No GitHub needed.
 *
 *   vro-image-version plan [--event release --version V | --event push]
 *   vro-image-version pin --version V [--images a,b]
 *   vro-image-version unpin (--images a,b | --changed)
 *   vro-image-version inputs [--images a,b]
 */
import { runCli } from './cli/commands.js'

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  cwd: process.cwd(),
  env: process.env
}
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`vro-image-version: internal error: ${(e as Error)?.stack ?? String(e)}\n`)
    process.exitCode = 1
  }
)
