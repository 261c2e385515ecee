/**
 * A `docker build` (podman, buildah, `docker buildx build`) read from a shell command's words
 * (shell.ts): the program after wrappers and reserved words, its file, tags, build contexts and
 * context argument.
 */
import type { Word, Command } from './shell.js'

/** A `docker build` (or podman, buildah) command read from its words. */
export interface BuildCommand {
  /** How it was invoked, e.g. `docker buildx build`. */
  readonly tool: string
  readonly start: number
  readonly context: string | undefined
  readonly file: string | undefined
  readonly tags: readonly string[]
  /** `--build-context name=value` values. */
  readonly namedContexts: readonly string[]
  /** The wrapper option that runs the build in another folder (`env -C services`). */
  readonly movedBy?: string
}

/** Options that take a value (as the next word when not written `--opt=value`). */
const VALUE_OPTIONS = new Set(
  (
    '-f --file -t --tag -o --output -m --memory --memory-swap -c --cpu-shares -v --volume ' +
    '--add-host --allow --annotation --attest --build-arg --build-context --builder --cache-from ' +
    '--cache-to --call --cgroup-parent --iidfile --label --metadata-file --network --platform ' +
    '--progress --secret --shm-size --ssh --target --ulimit --cpuset-cpus --cpuset-mems ' +
    '--cpu-period --cpu-quota --isolation --security-opt --no-cache-filter --authfile --cert-dir ' +
    '--creds --format --jobs --logfile --os --arch --variant --timestamp --cache-ttl ' +
    '--build-arg-file --ignorefile --manifest --retry --retry-delay --sign-by --signature-policy ' +
    '--userns --userns-uid-map --userns-gid-map --uts --pid --ipc --runtime --runtime-flag --env ' +
    '--unsetenv --unsetlabel --decryption-key --dns --dns-option --dns-search --device --from ' +
    '--hooks-dir --cap-add --cap-drop --cgroupns --os-feature --os-version --group-add ' +
    '--rusage-logfile --cw --source-date-epoch --sbom-output --sbom-scanner-image --sbom-image-output ' +
    '--volume-from --cpp-flag'
  ).split(' ')
)

/** Docker's global options that take a value (`docker --context x build`). */
const GLOBAL_VALUE_OPTIONS = new Set('-c --context -H --host --config -l --log-level'.split(' '))

/** The subcommand words that build, after the program name. */
const SUBCOMMANDS: Record<string, readonly (readonly string[])[]> = {
  docker: [
    ['build'],
    ['buildx', 'build'],
    ['buildx', 'b'],
    ['image', 'build'],
    ['builder', 'build']
  ],
  podman: [['build'], ['image', 'build'], ['buildx', 'build']],
  buildah: [['bud'], ['build'], ['build-using-dockerfile']]
}

/** Words before the program: the shell's reserved words (`if docker build ...`) and `eval`. */
const PREFIXES = new Set('eval if then else elif do while until ! {'.split(' '))

/**
 * Commands that run the command after their own options (`sudo -u ci docker build`, `timeout 30m
 * docker build`): their options that take a value, how many operands come before the command,
 * and the options that run it in another folder.
 */
interface Wrapper {
  readonly values: ReadonlySet<string>
  readonly operands: number
  readonly chdir: ReadonlySet<string>
}

const wrapper = (values: string, operands = 0, chdir = ''): Wrapper => ({
  values: new Set(values.split(' ').filter(Boolean)),
  operands,
  chdir: new Set(chdir.split(' ').filter(Boolean))
})

const WRAPPERS: Readonly<Record<string, Wrapper>> = {
  sudo: wrapper(
    '-u --user -g --group -h --host -p --prompt -r --role -t --type -U --other-user ' +
      '-C --close-from -T --command-timeout -D --chdir',
    0,
    '-D --chdir'
  ),
  env: wrapper('-u --unset -C --chdir -S --split-string', 0, '-C --chdir'),
  timeout: wrapper('-k --kill-after -s --signal', 1),
  nice: wrapper('-n --adjustment'),
  ionice: wrapper('-c --class -n --classdata'),
  stdbuf: wrapper('-i --input -o --output -e --error'),
  time: wrapper('-f --format -o --output'),
  exec: wrapper('-a'),
  nohup: wrapper(''),
  command: wrapper('')
}

/** Where a command's program is, and the wrapper option that runs it in another folder. */
export interface Program {
  readonly at: number
  /** E.g. `env -C services`: the folder the build runs in is not the script's. */
  readonly movedBy?: string
}

/** Where the program of a command is, after reserved words, assignments and wrappers. */
export function programAt(words: Command): Program {
  let movedBy: string | undefined
  let i = 0
  while (i < words.length) {
    const w = (words[i] as Word).text
    const wrapped = WRAPPERS[w]
    if (PREFIXES.has(w) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
      i++
      continue
    }
    if (!wrapped) break
    i++
    // The wrapper's options, then its operands (timeout's duration).
    for (; i < words.length; i++) {
      const o = (words[i] as Word).text
      if (o === '--') {
        i++
        break
      }
      if (!o.startsWith('-') || o === '-') break
      const name = o.startsWith('--') ? o.split('=', 1)[0] : o.slice(0, 2)
      const takesNext = wrapped.values.has(o)
      if (name !== undefined && wrapped.chdir.has(name)) {
        movedBy = [w, o, takesNext ? (words[i + 1]?.text ?? '') : ''].join(' ').trim()
      }
      if (takesNext) i++
    }
    i += wrapped.operands
  }
  return movedBy === undefined ? { at: i } : { at: i, movedBy }
}

/** The build command a shell command is, if it is one. */
export function buildCommand(words: Command): BuildCommand | undefined {
  const { at: i, movedBy } = programAt(words)
  const progWord = words[i]
  if (!progWord) return undefined
  const prog = progWord.text.slice(progWord.text.lastIndexOf('/') + 1)
  const subs = SUBCOMMANDS[prog]
  if (!subs) return undefined
  let j = i + 1
  while (j < words.length && (words[j] as Word).text.startsWith('-')) {
    const g = (words[j] as Word).text
    j += GLOBAL_VALUE_OPTIONS.has(g) ? 2 : 1
  }
  const sub = subs.find((sw) => sw.every((x, k) => words[j + k]?.text === x))
  if (!sub) return undefined
  const tool = [prog, ...sub].join(' ')
  let file: string | undefined
  const tags: string[] = []
  const namedContexts: string[] = []
  const positionals: string[] = []
  for (let k = j + sub.length; k < words.length; k++) {
    const w = (words[k] as Word).text
    if (w === '--help' || w === '-h') return undefined
    if (w === '--') {
      positionals.push(...words.slice(k + 1).map((x) => x.text))
      break
    }
    if (!w.startsWith('-') || w === '-') {
      positionals.push(w)
      continue
    }
    let opt = w
    let value: string | undefined
    const eq = w.indexOf('=')
    if (w.startsWith('--') && eq > 0) {
      opt = w.slice(0, eq)
      value = w.slice(eq + 1)
    } else if (/^-[ftom]./.test(w)) {
      // A short option with its value attached: -fDockerfile, -tname.
      opt = w.slice(0, 2)
      value = w.slice(2)
    } else if (VALUE_OPTIONS.has(w)) {
      value = words[k + 1]?.text
      k++
    }
    if (value === undefined) continue
    if (opt === '-f' || opt === '--file') file = value
    else if (opt === '-t' || opt === '--tag') tags.push(value)
    else if (opt === '--build-context') namedContexts.push(value)
  }
  return {
    tool,
    start: progWord.start,
    context: positionals[positionals.length - 1],
    file,
    tags,
    namedContexts,
    ...(movedBy === undefined ? {} : { movedBy })
  }
}
