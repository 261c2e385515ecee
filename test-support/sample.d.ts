// Types for test-support/sample.js.

export const IMAGES: string[]
export const VERSIONS_HEADER: string
export function imageVars(images?: string[]): string
export function sampleFiles(): Record<string, string>
export function createSample(
  dir: string,
  options?: { extraImages?: string[] }
): Promise<{ work: string; bare: string; releaseSha: string }>
export function releasePayload(
  tagName: string,
  options?: { action?: string; target?: string; prerelease?: boolean }
): Record<string, unknown>
export function pushPayload(
  before: string,
  after: string,
  messages: string[],
  options?: { ref?: string }
): Record<string, unknown>
