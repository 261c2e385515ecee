/**
 * The environment of every child process (git, `compare-command`), built in one place: the
 * runner's environment minus everything that carries the token or another credential, plus
 * what the caller adds. docs/security.md lists exactly what a child gets.
 *
 * Removed:
 * - every `INPUT_*` variable: the action's inputs, `INPUT_TOKEN` among them (a child needs none);
 * - the credentials the runner or a workflow may set: {@link CREDENTIAL_VARIABLES};
 * - any variable whose value holds the token, or a form of it git or HTTP headers carry
 *   (base64, `x-access-token:` in base64), whatever its name: `MY_PAT: ${{ secrets.X }}` set
 *   to the same token goes too.
 *
 * git still authenticates as actions/checkout set it up: the credential is in the checkout's
 * `.git/config` (`http.<url>.extraheader`), not in the environment.
 */
import { tokenForms } from './masks.js'

/** Credentials a runner or a workflow may put in the environment; never passed on. */
export const CREDENTIAL_VARIABLES: readonly string[] = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL'
]

/** The token's forms that a child's environment may not hold (registered by maskToken). */
const secrets = new Set<string>()

/**
 * Values shorter than this are only removed when a variable equals them: a 3-character test
 * token must not take PATH away because PATH happens to contain it. Real tokens are 40+.
 */
const MIN_CONTAINED = 16

/** Registers the token: no variable holding it (or a form of it) reaches a child. */
export function registerSecret(token: string): void {
  if (token === '') return
  for (const form of tokenForms(token)) secrets.add(form)
}

/** Forgets the registered tokens (tests). */
export function clearSecrets(): void {
  secrets.clear()
}

function holdsSecret(value: string, forms: ReadonlySet<string>): boolean {
  for (const form of forms) {
    if (value === form || (form.length >= MIN_CONTAINED && value.includes(form))) return true
  }
  return false
}

/**
 * The environment for a child process: `base` (default process.env) without the inputs, the
 * credentials and any value holding the token, then `extra` on top.
 */
export function childEnv(
  extra: Readonly<Record<string, string>> = {},
  base: NodeJS.ProcessEnv = process.env
): NodeJS.ProcessEnv {
  const forms = new Set(secrets)
  // The token as the runner hands it over, registered or not (a run that failed before masking).
  const input = base.INPUT_TOKEN?.trim()
  if (input) for (const form of tokenForms(input)) forms.add(form)
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue
    if (name.toUpperCase().startsWith('INPUT_')) continue
    if (CREDENTIAL_VARIABLES.includes(name.toUpperCase())) continue
    if (holdsSecret(value, forms)) continue
    env[name] = value
  }
  return { ...env, ...extra }
}
