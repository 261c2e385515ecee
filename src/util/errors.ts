/**
 * The base of the errors this project throws on purpose. Each kind has a stable `id`, a short
 * kebab-case name that code and tests may rely on (the class name and the message may change).
 * An error class is `class XError extends KnownError` with its `name` and `get id()`; `instanceof`
 * works on the class as before, and on KnownError for any of them.
 *
 * The `id` is a getter on the class, not a field, so an error's own properties stay its message
 * and stack. github/errors.ts's ActionError gives each failure it builds its own id (printed after
 * the message, listed in docs/troubleshooting.md); the other classes have one id per class, never
 * printed.
 */
export abstract class KnownError extends Error {
  /** The stable id of this kind of failure. */
  abstract get id(): string
}
