/**
 * Enough of the POSIX shell to find `docker build` commands in a script: words (quotes,
 * backslash escapes, line continuations, `$(...)` and `${...}` kept whole), commands split at
 * `&&`, `||`, `;`, `|`, `&`, newlines and parentheses, comments and redirections dropped.
 * A `$` that the shell would expand stays `$` in a word; a literal one (single quotes, `\$`)
 * becomes LITERAL_DOLLAR, so expansion can tell them apart. GitHub replaces `${{ ... }}` in
 * the script before the shell reads it, so such an expression stays whole, with its `$`, in
 * any quotes or after a backslash. One pass; it never throws.
 */

/** Stands for a `$` the shell would not expand (quoted or escaped). */
export const LITERAL_DOLLAR = '\uE000'

export interface Word {
  readonly text: string
  /** Offset of the word in the script. */
  readonly start: number
}

export type Command = readonly Word[]

/** The offset just after the construct opened at `i` by `open` (`(` or `{`), nesting counted. */
function closeOf(s: string, i: number, open: string, close: string): number {
  let depth = 1
  let j = i
  while (j < s.length) {
    const c = s[j]
    if (c === '\\') j += 2
    else if (c === "'") {
      const e = s.indexOf("'", j + 1)
      j = e < 0 ? s.length : e + 1
    } else if (c === '"') {
      // A quoted `)` or `}` does not close the construct: `$(echo ")")`.
      j++
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1
      j++
    } else {
      if (c === open) depth++
      else if (c === close && --depth === 0) return j + 1
      j++
    }
  }
  return s.length
}

/** A part of a script: a command, or a parenthesis that opens or closes a subshell. */
export type ScriptPart = Command | '(' | ')'

/** The commands of a script, each a list of words. */
export function shellCommands(script: string): Command[] {
  return scriptParts(script).filter((p) => typeof p !== 'string')
}

/** The commands of a script and its subshells' parentheses, in order. */
export function scriptParts(script: string): ScriptPart[] {
  const s = script
  const n = s.length
  const parts: ScriptPart[] = []
  let cmd: Word[] = []
  let word = ''
  let inWord = false
  let start = 0
  let dropNext = false
  // The offset after the `}}` of a GitHub expression `${{` at `i`, or -1 when none closes it
  // (found once: a script of unclosed `${{` is read in one pass).
  const lastClose = s.lastIndexOf('}}')
  const expressionEnd = (i: number): number =>
    s.startsWith('${{', i) && lastClose >= i + 3 ? s.indexOf('}}', i + 3) + 2 : -1
  const endWord = (): void => {
    if (inWord) {
      if (dropNext) dropNext = false
      else cmd.push({ text: word, start })
    }
    word = ''
    inWord = false
  }
  const endCommand = (): void => {
    endWord()
    if (cmd.length > 0) parts.push(cmd)
    cmd = []
    dropNext = false
  }
  const begin = (i: number): void => {
    if (!inWord) {
      inWord = true
      start = i
    }
  }
  let i = 0
  while (i < n) {
    const c = s[i] as string
    if (c === '\\') {
      const x = expressionEnd(i + 1)
      if (x > 0) {
        // `\${{ x }}`: GitHub puts the value in first; the backslash quotes its first character.
        begin(i)
        word += s.slice(i + 1, x)
        i = x
      } else if (s[i + 1] === '\n') i += 2
      else if (s[i + 1] === '\r' && s[i + 2] === '\n') i += 3
      else {
        begin(i)
        const e = s[i + 1] ?? ''
        word += e === '$' ? LITERAL_DOLLAR : e
        i += 2
      }
    } else if (c === "'") {
      begin(i)
      let j = i + 1
      while (j < n && s[j] !== "'") {
        const x = expressionEnd(j)
        if (x > 0) {
          word += s.slice(j, x)
          j = x
        } else {
          word += s[j] === '$' ? LITERAL_DOLLAR : s[j]
          j++
        }
      }
      i = j + 1
    } else if (c === '"') {
      begin(i)
      let j = i + 1
      while (j < n && s[j] !== '"') {
        const d = s[j] as string
        const x = expressionEnd(d === '\\' ? j + 1 : j)
        if (x > 0) {
          word += s.slice(d === '\\' ? j + 1 : j, x)
          j = x
        } else if (d === '\\' && j + 1 < n) {
          const e = s[j + 1] as string
          if (e === '\n') {
            /* continuation inside quotes */
          } else if (e === '$') word += LITERAL_DOLLAR
          else if ('"\\`'.includes(e)) word += e
          else word += `\\${e}`
          j += 2
        } else if (d === '$' && s[j + 1] === '(') {
          const e = closeOf(s, j + 2, '(', ')')
          word += s.slice(j, e)
          j = e
        } else {
          word += d
          j++
        }
      }
      i = j + 1
    } else if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      begin(i)
      const e = s[i + 1] === '(' ? closeOf(s, i + 2, '(', ')') : closeOf(s, i + 2, '{', '}')
      word += s.slice(i, e)
      i = e
    } else if (c === '`') {
      begin(i)
      const e = s.indexOf('`', i + 1)
      const stop = e < 0 ? n : e + 1
      word += s.slice(i, stop)
      i = stop
    } else if (c === '#' && !inWord) {
      const e = s.indexOf('\n', i)
      i = e < 0 ? n : e
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord()
      i++
    } else if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      if (c === '&' && s[i + 1] === '>') {
        endWord()
        dropNext = true
        i += s[i + 2] === '>' ? 3 : 2
        continue
      }
      endCommand()
      if (c === '(' || c === ')') parts.push(c)
      i++
    } else if (c === '>' || c === '<') {
      // A redirection: `2>` drops the fd number; the target word is dropped too.
      if (inWord && /^[0-9]+$/.test(word)) {
        word = ''
        inWord = false
      } else endWord()
      let j = i + 1
      while (s[j] === '>' || s[j] === '<') j++
      if (s[j] === '&') {
        j++
        while (j < n && /[0-9-]/.test(s[j] as string)) j++
      } else dropNext = true
      i = j
    } else {
      begin(i)
      word += c
      i++
    }
  }
  endCommand()
  return parts
}

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

/** Words before the program: wrappers, and the shell's reserved words (`if docker build ...`). */
const PREFIXES = new Set(
  'sudo time exec command nohup env eval if then else elif do while until ! {'.split(' ')
)

/** Where the program of a command is, after wrappers, reserved words and assignments. */
export function programAt(words: Command): number {
  let i = 0
  while (i < words.length) {
    const w = (words[i] as Word).text
    if (PREFIXES.has(w) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || (i > 0 && w.startsWith('-'))) i++
    else break
  }
  return i
}

/** The build command a shell command is, if it is one. */
export function buildCommand(words: Command): BuildCommand | undefined {
  const i = programAt(words)
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
    namedContexts
  }
}
