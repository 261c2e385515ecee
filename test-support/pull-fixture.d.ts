import type { GitHubEmulator } from './emulator/index.js'

/** A token with write permission in the emulator of emulatorWithPull. */
export const WRITE_TOKEN: string
/** A token with read permission (a fork's pull request). */
export const READ_TOKEN: string
/** Starts the emulator (owner octo, repo mono) over a fresh repository, with pull request #1 open. */
export function emulatorWithPull(): Promise<GitHubEmulator>
