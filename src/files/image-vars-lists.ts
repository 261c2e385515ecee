/**
 * The two lists of `image_vars.src`, VRO_IMAGES (the image names) and VAR_PREFIXES (their bash
 * prefixes), read from its lines as bash ends up with them: an array (`NAME_ARR=( ... )`, then
 * `NAME_ARR+=( ... )` appends), a string (`NAME="..."`, then `+=` or `NAME="$NAME ..."` appends),
 * or both, which must then agree. Every other way of changing a list is refused: the file is
 * never executed, so a list that only running it would show cannot be read.
 */
import { escapeControls, escapeForMessage } from '../util/escape.js'
import { KnownError } from '../util/errors.js'

export class ImageVarsError extends KnownError {
  override name = 'ImageVarsError'
  get id(): string {
    return 'image-vars'
  }
}

/** One list as bash ends up with it: where it is set, its text, and its items. */
export interface ListDecl {
  readonly line: number
  /** The line of the last append, or the declaration's. */
  readonly last: number
  readonly text: string
  readonly items: readonly string[]
}

const ARRAY_DECL = (name: string): RegExp =>
  new RegExp(`^\\s*(?:export\\s+|declare\\s+-a\\s+)?${name}=\\(`)
const ARRAY_APPEND = (name: string): RegExp => new RegExp(`^\\s*${name}\\+=\\(`)
// A literal value: "..." or '...' without expansions, or one unquoted word.
const LITERAL = `(?:"([^"$\`\\\\]*)"|'([^']*)'|([^\\s"'$\`;]*))`
const STRING_APPEND = (name: string): RegExp =>
  new RegExp(`^\\s*${name}\\+=${LITERAL}\\s*(?:#.*)?$`)
/** `export NAME="$NAME more"` or `NAME="${NAME} more"`: an append spelled as an assignment. */
const STRING_SELF_APPEND = (name: string): RegExp =>
  new RegExp(
    `^\\s*(?:export\\s+)?${name}="\\$(?:\\{${name}\\}|${name}(?![A-Za-z0-9_]))([^"$\`\\\\]*)"\\s*(?:#.*)?$`
  )
const STRING_DECL = (name: string): RegExp =>
  new RegExp(`^\\s*(?:export\\s+)?${name}=${LITERAL}\\s*(?:#.*)?$`)

/** A line of the file as a message shows it: control characters escaped, long lines cut. */
export function shownLine(text: string): string {
  const max = 200
  const cut = text.length > max ? `${text.slice(0, max)}...` : text
  return escapeControls(cut)
}

/** Splits the words of a bash array body or a space-separated string; quotes are removed. */
function words(body: string, file: string, line: number): string[] {
  const out: string[] = []
  for (const m of body.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const w = m[1] ?? m[2] ?? m[3] ?? ''
    if (/[$`\\]/.test(w)) {
      throw new ImageVarsError(
        `${file}:${line}: ${escapeForMessage(w)} is not a literal name; the image list must be plain words`
      )
    }
    out.push(w)
  }
  return out
}

/** Cuts a comment off a line of shell: a `#` at the start of a word. */
function stripComment(line: string): string {
  const m = /(^|[ \t])#/.exec(line)
  return m ? line.slice(0, m.index + (m[1] ?? '').length) : line
}

interface ParenState {
  depth: number
  quote: string
}

/**
 * The index in `text` of the `)` that closes an array body, or -1 when it is not there yet;
 * `state` carries open quotes and parentheses over to the next line. A `)` inside quotes or
 * closing a `$(...)` does not close the array, as in bash.
 */
function closingParen(text: string, state: ParenState): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (state.quote !== '') {
      if (ch === '\\' && state.quote === '"') i++
      else if (ch === state.quote) state.quote = ''
    } else if (ch === '\\') i++
    else if (ch === '"' || ch === "'") state.quote = ch
    else if (ch === '(') state.depth++
    else if (ch === ')') {
      if (state.depth === 0) return i
      state.depth--
    }
  }
  return -1
}

/** Refuses an append that bash may or may not run, or that has nothing to append to. */
function checkAppend(text: string, name: string, file: string, line: number, declared: boolean) {
  if (/^\s/.test(text)) {
    throw new ImageVarsError(
      `${file}:${line}: ${shownLine(text.trim())} is indented: it may run only in a function or a ` +
        `condition, so the image list cannot be known without running the file. Append at the top level.`
    )
  }
  if (!declared) {
    throw new ImageVarsError(
      `${file}:${line}: ${shownLine(text.trim())} appends to ${name} before it is declared; ` +
        `bash would append to whatever the environment holds. Declare ${name} first.`
    )
  }
}

/** The array as bash ends up with it: the last declaration, then the appends after it, in order. */
function findArray(lines: string[], name: string, file: string): ListDecl | undefined {
  let found: ListDecl | undefined
  const start = ARRAY_DECL(name)
  const append = ARRAY_APPEND(name)
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] ?? ''
    const isDecl = start.test(first)
    if (!isDecl && !append.test(first)) continue
    if (!isDecl) checkAppend(first, name, file, i + 1, found !== undefined)
    // Comments are cut per line, so a comment can neither hide later items nor close the array.
    const state: ParenState = { depth: 0, quote: '' }
    const parts = [stripComment(first.slice(first.indexOf('(') + 1))]
    let close = closingParen(parts[0] as string, state)
    let j = i
    while (close < 0) {
      j++
      if (j >= lines.length) {
        throw new ImageVarsError(
          `${file}:${i + 1}: ${name}${isDecl ? '' : '+'}=( is never closed by ")"`
        )
      }
      const part = stripComment(lines[j] ?? '')
      parts.push(part)
      close = closingParen(part, state)
    }
    parts[parts.length - 1] = (parts[parts.length - 1] as string).slice(0, close)
    const text = lines
      .slice(i, j + 1)
      .join(' ')
      .trim()
    const items = words(parts.join(' '), file, i + 1)
    found =
      isDecl || !found
        ? { line: i + 1, last: i + 1, text, items }
        : {
            ...found,
            last: i + 1,
            text: `${found.text} ${text}`,
            items: [...found.items, ...items]
          }
    i = j
  }
  return found
}

/** The string as bash ends up with it: the last assignment, then `+=` and `="$NAME ..."` appends. */
function findString(lines: string[], name: string, file: string): ListDecl | undefined {
  let found: (ListDecl & { raw: string }) | undefined
  const re = STRING_DECL(name)
  const append = STRING_APPEND(name)
  const selfAppend = STRING_SELF_APPEND(name)
  const any = new RegExp(`^\\s*(?:export\\s+)?${name}\\+?=`)
  const fromArray = new RegExp(
    `^\\s*(?:export\\s+)?${name}="\\$\\{${name}_ARR\\[[*@]\\]\\}"\\s*(?:#.*)?$`
  )
  lines.forEach((text, i) => {
    const m = re.exec(text)
    const more = append.exec(text) ?? selfAppend.exec(text)
    if (m) {
      const raw = m[1] ?? m[2] ?? m[3] ?? ''
      found = { line: i + 1, last: i + 1, text: text.trim(), raw, items: words(raw, file, i + 1) }
    } else if (more) {
      checkAppend(text, name, file, i + 1, found !== undefined)
      const prev = found as ListDecl & { raw: string }
      // Appended text is joined as is: "a" += "b" gives the one name "ab", as in bash.
      const raw = prev.raw + (more[1] ?? more[2] ?? more[3] ?? '')
      found = {
        ...prev,
        last: i + 1,
        text: `${prev.text} ${text.trim()}`,
        raw,
        items: words(raw, file, i + 1)
      }
    } else if (any.test(text) && !fromArray.test(text)) {
      // bash would see a list that cannot be read without running the file.
      throw new ImageVarsError(
        `${file}:${i + 1}: ${shownLine(text.trim())} does not set ${name} to plain words; ` +
          `the image list must be literal text`
      )
    }
  })
  return found
}

const LIST_NAMES = ['VRO_IMAGES_ARR', 'VAR_PREFIXES_ARR', 'VRO_IMAGES', 'VAR_PREFIXES']
/** Per list name, compiled once: its assignment at the start of a line, anywhere, and builtins. */
const LIST_EDITS = LIST_NAMES.map(
  (name) =>
    [
      name,
      {
        atStart: new RegExp(`^\\s*(?:(?:export|declare\\s+-a)\\s+)?${name}\\+?=`),
        assign: new RegExp(`(?:^|[^A-Za-z0-9_$])${name}(?:\\[[^\\]]*\\])?\\+?=`),
        builtin: new RegExp(`\\b(?:unset|read|readarray|mapfile)\\b.*\\b${name}\\b`)
      }
    ] as const
)

/**
 * Refuses every other way of changing a list that a line of shell has: an element assignment
 * (`VRO_IMAGES_ARR[3]=x`), `unset`, `read`/`readarray`/`mapfile`, or an assignment that does not
 * start its line (`true && VRO_IMAGES=...`). Reading the file would otherwise see a different
 * list than bash does.
 */
export function refuseOtherEdits(lines: string[], file: string): void {
  lines.forEach((line, i) => {
    const code = stripComment(line)
    // Most lines name no list at all: then none of the tests below can match.
    if (!LIST_NAMES.some((name) => code.includes(name))) return
    for (const [name, re] of LIST_EDITS) {
      const atStart = re.atStart.test(code)
      const edits = re.assign.test(code) || re.builtin.test(code)
      if (edits && !atStart) {
        throw new ImageVarsError(
          `${file}:${i + 1}: ${shownLine(line.trim())} changes ${name} in a way that cannot be read ` +
            `without running the file. Set the list with ${name}=( ... ) and append with ${name}+=( ... ) ` +
            `(or "+=" for a string), each at the start of a line.`
        )
      }
    }
  })
}

/** Reads one list, declared as an array, a string, or both (which must then agree). */
export function readList(lines: string[], base: string, file: string): ListDecl | undefined {
  const arr = findArray(lines, `${base}_ARR`, file)
  const str = findString(lines, base, file)
  const copy = new RegExp(`^\\s*(?:export\\s+)?${base}="\\$\\{${base}_ARR\\[[*@]\\]\\}"`)
  // The last copy counts: appends before it reach the string too.
  const copiedAt = lines.reduce((at, l, i) => (copy.test(l) ? i + 1 : at), 0)
  if (arr && copiedAt > 0 && arr.last > copiedAt) {
    throw new ImageVarsError(
      `${file}:${arr.last}: ${base}_ARR is appended to after line ${copiedAt} copied it into ${base}, ` +
        `so bash sees two different lists. Append before the copy.`
    )
  }
  if (arr && str && arr.items.join(' ') !== str.items.join(' ')) {
    throw new ImageVarsError(
      `${file}: ${base}_ARR and ${base} disagree:\n  line ${arr.line}: ${shownLine(arr.text)}\n  line ${str.line}: ${shownLine(str.text)}\n` +
        `Regenerate ${file} so that both list the same images in the same order.`
    )
  }
  return arr ?? str
}
