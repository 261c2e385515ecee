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

/**
 * `name<<delimiter`, the value, the delimiter, each on its own line: an entry of a file command
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) as @actions/core's setOutput writes it. Like it,
 * refuses a name or value that holds the delimiter (a fresh random one unless given).
 */
export function fileCommandEntry(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`
): string {
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}
