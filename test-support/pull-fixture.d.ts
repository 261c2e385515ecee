import type { GitHubEmulator } from './emulator/index.js'

/** A token with write permission in the emulator of emulatorWithPull. */
export const WRITE_TOKEN: string
/** A token with read permission (a fork's pull request). */
export const READ_TOKEN: string
/** A person with write access (login mallory, type User). */
export const MALLORY_TOKEN: string
/** Another GitHub App's installation token (login other-app[bot], type Bot). */
export const OTHER_APP_TOKEN: string
/** A GitHub App's installation token (login vro-app[bot], type Bot). */
export const APP_TOKEN: string
/** Starts the emulator (owner octo, repo mono) over a fresh repository, with pull request #1 open. */
export function emulatorWithPull(): Promise<GitHubEmulator>
