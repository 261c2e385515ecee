import { escapeForMessage } from './version.js'

/** One container image of the monorepo, as `image_vars.src` declares it. */
export interface Image {
  /** The image name, e.g. `api-gateway`. */
  readonly name: string
  /** The bash variable prefix: the name with the dashes removed, e.g. `apigateway`. */
  readonly prefix: string
  /** Folder from an older `# --- name in folder ./dir` comment, without `./`. */
  readonly folder?: string
  /** `<prefix>_GRADLE_IMG`: the local image name from the build. */
  readonly gradleImage?: string
  /** `<prefix>_IMG`: the image name in the registry. */
  readonly registryImage?: string
}

export interface ImageList {
  readonly images: readonly Image[]
  readonly warnings: readonly string[]
}

export class ImageVarsError extends Error {
  override name = 'ImageVarsError'
}

const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/

interface ListDecl {
  readonly line: number
  readonly text: string
  readonly items: readonly string[]
}

const ARRAY_DECL = (name: string): RegExp =>
  new RegExp(`^\\s*(?:export\\s+|declare\\s+-a\\s+)?${name}=\\(`)
const STRING_DECL = (name: string): RegExp =>
  new RegExp(
    `^\\s*(?:export\\s+)?${name}=(?:"([^"$\`\\\\]*)"|'([^']*)'|([^\\s"'$\`;]*))\\s*(?:#.*)?$`
  )

/** A line of the file as a message shows it: control characters escaped, long lines cut. */
function shown(text: string): string {
  const max = 200
  const cut = text.length > max ? `${text.slice(0, max)}...` : text
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  return cut.replace(/[\0-\x1f\x7f]/g, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`)
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

function findArray(lines: string[], name: string, file: string): ListDecl | undefined {
  let found: ListDecl | undefined
  const start = ARRAY_DECL(name)
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] ?? ''
    if (!start.test(first)) continue
    // Comments are cut per line, so a comment can neither hide later items nor close the array.
    const state: ParenState = { depth: 0, quote: '' }
    const parts = [stripComment(first.slice(first.indexOf('(') + 1))]
    let close = closingParen(parts[0] as string, state)
    let j = i
    while (close < 0) {
      j++
      if (j >= lines.length) {
        throw new ImageVarsError(`${file}:${i + 1}: ${name}=( is never closed by ")"`)
      }
      const part = stripComment(lines[j] ?? '')
      parts.push(part)
      close = closingParen(part, state)
    }
    parts[parts.length - 1] = (parts[parts.length - 1] as string).slice(0, close)
    found = {
      line: i + 1,
      text: lines
        .slice(i, j + 1)
        .join(' ')
        .trim(),
      items: words(parts.join(' '), file, i + 1)
    }
    i = j
  }
  return found
}

function findString(lines: string[], name: string, file: string): ListDecl | undefined {
  let found: ListDecl | undefined
  const re = STRING_DECL(name)
  const any = new RegExp(`^\\s*(?:export\\s+)?${name}=`)
  const fromArray = new RegExp(
    `^\\s*(?:export\\s+)?${name}="\\$\\{${name}_ARR\\[[*@]\\]\\}"\\s*(?:#.*)?$`
  )
  lines.forEach((text, i) => {
    const m = re.exec(text)
    if (m) {
      found = {
        line: i + 1,
        text: text.trim(),
        items: words(m[1] ?? m[2] ?? m[3] ?? '', file, i + 1)
      }
    } else if (any.test(text) && !fromArray.test(text)) {
      // bash would see a list that cannot be read without running the file.
      throw new ImageVarsError(
        `${file}:${i + 1}: ${shown(text.trim())} does not set ${name} to plain words; ` +
          `the image list must be literal text`
      )
    }
  })
  return found
}

/** Reads one list, declared as an array, a string, or both (which must then agree). */
function readList(lines: string[], base: string, file: string): ListDecl | undefined {
  const arr = findArray(lines, `${base}_ARR`, file)
  const str = findString(lines, base, file)
  if (arr && str && arr.items.join(' ') !== str.items.join(' ')) {
    throw new ImageVarsError(
      `${file}: ${base}_ARR and ${base} disagree:\n  line ${arr.line}: ${shown(arr.text)}\n  line ${str.line}: ${shown(str.text)}\n` +
        `Regenerate ${file} so that both list the same images in the same order.`
    )
  }
  return arr ?? str
}

function checkUnique(items: readonly string[], what: string, decl: ListDecl, file: string): void {
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item))
      throw new ImageVarsError(`${file}:${decl.line}: ${what} "${item}" is listed twice`)
    seen.add(item)
  }
}

/** Reads the image list of `image_vars.src` as text; the file is never executed. */
export function parseImageVars(text: string, file = 'scripts/image_vars.src'): ImageList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const warnings: string[] = []
  const names = readList(lines, 'VRO_IMAGES', file)
  const prefixes = readList(lines, 'VAR_PREFIXES', file)
  if (!names && !prefixes) {
    throw new ImageVarsError(
      `${file}: no image list found. Expected VAR_PREFIXES_ARR=( ... ) or export VAR_PREFIXES="..." ` +
        `(and VRO_IMAGES_ARR / VRO_IMAGES for the image names).`
    )
  }
  for (const name of names?.items ?? []) {
    if (!IMAGE_NAME.test(name)) {
      throw new ImageVarsError(
        `${file}:${names?.line}: ${escapeForMessage(name)} is not a valid image name`
      )
    }
  }
  for (const prefix of prefixes?.items ?? []) {
    if (!PREFIX.test(prefix)) {
      throw new ImageVarsError(
        `${file}:${prefixes?.line}: ${escapeForMessage(prefix)} is not a valid bash variable prefix`
      )
    }
  }
  const nameList = names?.items ?? (prefixes?.items as string[])
  const prefixList = prefixes?.items ?? nameList.map((n) => n.replace(/-/g, ''))
  if (names && prefixes && names.items.length !== prefixes.items.length) {
    throw new ImageVarsError(
      `${file}: VRO_IMAGES lists ${names.items.length} images but VAR_PREFIXES lists ${prefixes.items.length}:\n` +
        `  line ${names.line}: ${shown(names.text)}\n  line ${prefixes.line}: ${shown(prefixes.text)}`
    )
  }
  if (!names) warnings.push(`${file}: no VRO_IMAGES list; image names are taken from VAR_PREFIXES`)
  for (const p of prefixList) {
    if (!PREFIX.test(p))
      throw new ImageVarsError(`${file}: image "${p}" does not give a valid bash prefix`)
  }
  checkUnique(nameList, 'image', (names ?? prefixes) as ListDecl, file)
  checkUnique(prefixList, 'prefix', (prefixes ?? names) as ListDecl, file)

  const folders = new Map<string, string>()
  const assigned = new Map<string, string>()
  for (const line of lines) {
    const folder = /^#\s*---\s*(\S+)\s+in\s+folder\s+(\S+)\s*$/.exec(line)
    if (folder?.[1] && folder[2])
      folders.set(folder[1], folder[2].replace(/^\.\//, '').replace(/\/+$/, ''))
    const v =
      /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*_(?:GRADLE_IMG|IMG))=(?:"([^"$`\\]*)"|'([^']*)')/.exec(
        line
      )
    if (v?.[1]) assigned.set(v[1], v[2] ?? v[3] ?? '')
  }

  const images = nameList.map((name, i): Image => {
    const prefix = prefixList[i] as string
    const folder = folders.get(name)
    const gradleImage = assigned.get(`${prefix}_GRADLE_IMG`)
    const registryImage = assigned.get(`${prefix}_IMG`)
    return {
      name,
      prefix,
      ...(folder !== undefined && folder !== '' && folder !== '.' ? { folder } : {}),
      ...(gradleImage !== undefined ? { gradleImage } : {}),
      ...(registryImage !== undefined ? { registryImage } : {})
    }
  })
  return { images, warnings }
}

/**
 * Resolves image references (image names or prefixes) against the list.
 * Throws naming the unknown references and the known images.
 */
export function resolveImages(list: readonly Image[], refs: readonly string[]): Image[] {
  const unknown: string[] = []
  const out: Image[] = []
  for (const ref of refs) {
    const image = list.find((i) => i.name === ref) ?? list.find((i) => i.prefix === ref)
    if (!image) unknown.push(ref)
    else if (!out.includes(image)) out.push(image)
  }
  if (unknown.length > 0) {
    throw new ImageVarsError(
      `Unknown image${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => escapeForMessage(u)).join(', ')}. ` +
        `Known images: ${list.map((i) => i.name).join(', ')}`
    )
  }
  return out
}
