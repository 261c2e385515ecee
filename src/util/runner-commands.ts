/**
 * The runner's two encodings, as @actions/core 3 writes them: a workflow command on stdout
 * (`::name::message`, `command.js`) and a `name<<delimiter` entry of a file command such as
 * GITHUB_OUTPUT (`file-command.js`). For the action's fast skip path (action/early-skip.ts) only:
 * everything else uses @actions/core itself.
 *
 * Why not @actions/core there: the package exports only its index (`core.js`; `lib/command.js`
 * and `lib/file-command.js` are not in its `exports`), and the index loads `@actions/http-client`
 * (undici, the HTTP stack) for its OIDC client and `@actions/exec` for `platform`: 200-400 ms
 * before the first line, the very graph the fast path exists to avoid (node builtins load in
 * about 15 ms). So the two encodings live here, and __tests__/util/runner-commands.test.ts checks
 * them against @actions/core's own output for tricky values (newlines, `%`, `::`, a delimiter
 * inside the value).
 */
import { randomUUID } from 'node:crypto'
import { EOL } from 'node:os'

/** `::name::message` and a line break, with the message escaped as @actions/core escapes data. */
export function workflowCommand(name: string, message: string): string {
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return `::${name}::${data}${EOL}`
}

/** A fresh delimiter, as @actions/core draws one. */
const randomDelimiter = (): string => `ghadelimiter_${randomUUID()}`

/**
 * `name<<delimiter`, the value, the delimiter, each on its own line: an entry of a file command
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) as @actions/core's setOutput writes it. Where
 * @actions/core throws when the name or the value holds its delimiter, this draws another one:
 * the entry still cannot end early, and the fast skip path has no error to report.
 */
export function fileCommandEntry(
  name: string,
  value: string,
  delimiter: () => string = randomDelimiter
): string {
  let d = delimiter()
  while (name.includes(d) || value.includes(d)) d = delimiter()
  return `${name}<<${d}${EOL}${value}${EOL}${d}${EOL}`
}
