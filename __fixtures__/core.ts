/** A fake of @actions/core: every function main.ts imports, recording what it was given. */
import { jest } from '@jest/globals'

export const inputs: Record<string, string> = {}
export const outputs: Record<string, string> = {}
export const summaries: string[] = []

export const getInput = jest.fn((name: string): string => inputs[name] ?? '')
export const setOutput = jest.fn((name: string, value: unknown): void => {
  outputs[name] = String(value)
})
export const setFailed = jest.fn<(message: string | Error) => void>()
export const setSecret = jest.fn<(secret: string) => void>()
export const info = jest.fn<(message: string) => void>()
export const warning =
  jest.fn<(message: string | Error, properties?: { file?: string; startLine?: number }) => void>()
export const notice = jest.fn<(message: string | Error) => void>()
export const debug = jest.fn<(message: string) => void>()
export const group = jest.fn(async <T>(_name: string, fn: () => Promise<T>): Promise<T> => fn())

let pending = ''
export const summary = {
  addRaw(text: string) {
    pending += text
    return summary
  },
  async write() {
    summaries.push(pending)
    pending = ''
    return summary
  }
}

/** Clears everything recorded between tests. */
export function reset(): void {
  for (const record of [inputs, outputs]) for (const key of Object.keys(record)) delete record[key]
  summaries.length = 0
  pending = ''
}
