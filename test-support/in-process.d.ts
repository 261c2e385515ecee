// Types for test-support/in-process.js.
import type { Permission, TokenIdentity, startEmulator } from './emulator/index.js'

/** Starts the emulator for octo/mono and points the runner's GitHub variables at it. */
export function startForRun(
  bareDir: string,
  tokens: Record<string, Permission | TokenIdentity>,
  runId?: string
): ReturnType<typeof startEmulator>

/** The running emulator. */
export type Emulator = Awaited<ReturnType<typeof startEmulator>>
