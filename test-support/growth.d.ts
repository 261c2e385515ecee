// Types for test-support/growth.js.

/** How much longer `run` takes on the input of size 10n than on the one of size n. */
export function growth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): number

/** The bound growth tests hold a 10x input to. */
export const LINEAR: number
