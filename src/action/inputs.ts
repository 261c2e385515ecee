/**
 * The action's inputs, read once into one typed object. Nothing else calls core.getInput.
 * A bad input fails with the input's name and the accepted values.
 */
import path from 'node:path'
import { realPathOutside } from '../files/checkout-file.js'
import { escapeForMessage, hasControl } from '../util/escape.js'
import { InputError, parseImagesInput, type JobInputs } from '../plan/job-inputs.js'
import { parseRelease } from '../util/version.js'
import {
  SETTING_KEYS,
  inputNamer,
  mergeSettings,
  oneOf,
  readGiven,
  seconds,
  type Settings
} from '../plan/settings.js'

export type OnProtected = 'fail' | 'pull-request'

export interface Inputs extends JobInputs {
  readonly token: string
  /** `api-timeout`, in milliseconds. */
  readonly apiTimeoutMs: number
  readonly onProtected: OnProtected
  /** `comment`: on a pull request, keep one comment with the preview up to date. */
  readonly comment: boolean
  /** `config-file`: the configuration file ('' = the default, which may be absent). */
  readonly configFile: string
  /** `working-directory`: the checkout, relative to the workspace ('' = the workspace). */
  readonly workingDirectory: string
  /** The shared settings the workflow gave as inputs (the others come from the file or defaults). */
  readonly given: Partial<Settings>
  /** The shared settings: the given inputs over the defaults, until run() merges in the file. */
  readonly settings: Settings
}

type Getter = (name: string) => string

/** YAML 1.2 core booleans, as core.getBooleanInput reads them. */
function bool(get: Getter, name: string): boolean {
  const raw = get(name).trim()
  if (raw === '' || ['false', 'False', 'FALSE'].includes(raw)) return false
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  throw new InputError(`Input ${name} is ${escapeForMessage(raw)}; accepted values: true, false`)
}

/**
 * The checkout the action works in: `working-directory` (for actions/checkout's `path:`)
 * resolved against the workspace, which it must stay inside, by its name and by its real path.
 */
export function checkoutDir(workspace: string, workingDirectory: string): string {
  const root = path.resolve(workspace)
  const dir = path.resolve(root, workingDirectory)
  const rel = path.relative(root, dir)
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new InputError(
      `Input working-directory ${escapeForMessage(workingDirectory)} is outside the workspace ${root}; give a folder inside it, as actions/checkout's path:`
    )
  }
  // Inside by its name, but a committed symbolic link on the way could lead anywhere.
  if (realPathOutside(dir, root)) {
    throw new InputError(
      `Input working-directory ${escapeForMessage(workingDirectory)} leads outside the workspace ${root} through a symbolic link; give the real folder, as actions/checkout's path:`
    )
  }
  return dir
}

export function getInputs(get: Getter): Inputs {
  const token = get('token').trim()
  if (token === '') {
    throw new InputError(
      'Input token is empty; pass a token with contents: write, e.g. token: ${{ github.token }}'
    )
  }
  const versionRaw = get('version').trim()
  const prefix = get('commit-message-prefix').trim() || 'Automated commit:'
  if (hasControl(prefix) || prefix.length > 100) {
    throw new InputError(`Input commit-message-prefix must be one line of at most 100 characters`)
  }
  const given = readGiven(
    Object.fromEntries(Object.values(SETTING_KEYS).map((name) => [name, get(name)])),
    inputNamer
  )
  const mode = oneOf(inputNamer, 'mode', get('mode'), ['auto', 'pin', 'unpin', 'plan'], 'auto')
  const images = parseImagesInput(get('images'))
  const inputs: Inputs = {
    token,
    mode,
    images,
    version: versionRaw === '' ? undefined : parseRelease(versionRaw, 'input version').raw,
    manual: bool(get, 'manual'),
    apiTimeoutMs: seconds(inputNamer, 'api-timeout', get('api-timeout'), 30),
    dryRun: bool(get, 'dry-run'),
    onProtected: oneOf(
      inputNamer,
      'on-protected',
      get('on-protected'),
      ['fail', 'pull-request'],
      'fail'
    ),
    pinPrereleases: bool(get, 'pin-prereleases'),
    commitMessagePrefix: prefix,
    comment: get('comment').trim() === '' ? true : bool(get, 'comment'),
    configFile: get('config-file').trim(),
    workingDirectory: get('working-directory').trim(),
    given,
    settings: mergeSettings(undefined, given).settings
  }
  if (images.kind === 'all' && mode !== 'unpin') {
    throw new InputError(
      'Input images: "all" is only for mode: unpin; for pin, leave images empty to pin every unpinned image'
    )
  }
  return inputs
}
