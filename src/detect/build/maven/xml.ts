/**
 * A small, tolerant XML reader for POMs: elements, their text and the line they start on.
 * Attributes are skipped, comments, processing instructions and the DOCTYPE are skipped,
 * CDATA is text, the five named entities and character references are decoded. One pass over
 * the text, each character looked at a bounded number of times (no backtracking regex), so a
 * hostile file costs linear time. What Maven itself would refuse (an unclosed element, a
 * mismatched end tag, an unterminated comment) is an error, with its line.
 */

/** One element: its name (with any prefix), the text directly inside it, and its children. */
export interface XmlElement {
  readonly name: string
  readonly line: number
  readonly children: XmlElement[]
  text: string
}

export type XmlResult =
  { readonly root: XmlElement } | { readonly error: string; readonly line: number }

/** The five named entities (a Map: `&toString;` is not one of them). */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"]
])

/** The highest Unicode code point: a character reference above it names no character. */
const MAX_CODE_POINT = 0x10ffff

/**
 * Text with its entities decoded; an entity the reader does not know is kept as written. A
 * character reference to no character (`&#x110000;`) is not well-formed: `bad` is where it is.
 */
function decode(text: string): string | { readonly bad: string; readonly at: number } {
  if (!text.includes('&')) return text
  let out = ''
  let i = 0
  while (i < text.length) {
    const amp = text.indexOf('&', i)
    if (amp < 0) break
    out += text.slice(i, amp)
    // An entity is short: only the next few characters are looked at for its `;`.
    const semi = text.slice(amp + 1, amp + 12).indexOf(';')
    const body = semi >= 0 ? text.slice(amp + 1, amp + 1 + semi) : ''
    const ref = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body)
    let value = NAMED.get(body)
    if (ref) {
      const code = ref[1] !== undefined ? parseInt(ref[1], 16) : parseInt(ref[2] as string, 10)
      if (code > MAX_CODE_POINT) return { bad: `&${body};`, at: amp }
      value = String.fromCodePoint(code)
    }
    if (value !== undefined) {
      out += value
      i = amp + body.length + 2
    } else {
      out += '&'
      i = amp + 1
    }
  }
  return out + text.slice(i)
}

const isNameChar = (c: string): boolean => c !== '' && !/[\s/>=<"'!?]/.test(c)

/** Reads an XML document. */
export function readXml(text: string): XmlResult {
  let i = 0
  let line = 1
  // Lines are counted once for each stretch of text passed over.
  let counted = 0
  const lineAt = (pos: number): number => {
    for (let k = counted; k < pos; k++) if (text.charCodeAt(k) === 10) line++
    counted = Math.max(counted, pos)
    return line
  }
  const top: XmlElement = { name: '', line: 1, children: [], text: '' }
  const stack: XmlElement[] = [top]
  const current = (): XmlElement => stack[stack.length - 1] as XmlElement
  const fail = (error: string, pos: number): XmlResult => ({ error, line: lineAt(pos) })
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    const end = lt < 0 ? text.length : lt
    if (end > i) {
      if (stack.length > 1) {
        const decoded = decode(text.slice(i, end))
        if (typeof decoded !== 'string')
          return fail(`a character reference ${decoded.bad} to no character`, i + decoded.at)
        current().text += decoded
      } else if (text.slice(i, end).trim() !== '') return fail('text outside the root element', i)
    }
    if (lt < 0) break
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4)
      if (close < 0) return fail('unterminated comment', lt)
      i = close + 3
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9)
      if (close < 0) return fail('unterminated CDATA section', lt)
      if (stack.length <= 1) return fail('CDATA outside the root element', lt)
      current().text += text.slice(lt + 9, close)
      i = close + 3
    } else if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt + 2)
      if (close < 0) return fail('unterminated processing instruction', lt)
      i = close + 2
    } else if (text.startsWith('<!', lt)) {
      // A DOCTYPE, with an internal subset in brackets at most one level deep.
      const gt = text.indexOf('>', lt)
      if (gt < 0) return fail('unterminated declaration', lt)
      const bracket = text.slice(lt, gt).indexOf('[')
      if (bracket >= 0) {
        const close = text.indexOf(']>', lt + bracket)
        if (close < 0) return fail('unterminated declaration', lt)
        i = close + 2
      } else i = gt + 1
    } else {
      const closing = text[lt + 1] === '/'
      let k = lt + (closing ? 2 : 1)
      const start = k
      while (k < text.length && isNameChar(text[k] as string)) k++
      const name = text.slice(start, k)
      if (name === '') return fail('a tag without a name', lt)
      // The rest of the tag: attributes (quoted values may hold `>`), up to `>` or `/>`.
      let quote = ''
      let selfClosing = false
      for (; k < text.length; k++) {
        const c = text[k] as string
        if (quote !== '') {
          if (c === quote) quote = ''
        } else if (c === '"' || c === "'") quote = c
        else if (c === '>') break
        else if (c === '<') return fail(`an unterminated tag <${name}`, lt)
      }
      if (k >= text.length) return fail(`an unterminated tag <${name}`, lt)
      selfClosing = !closing && text[k - 1] === '/'
      const at = lineAt(lt)
      i = k + 1
      if (closing) {
        if (stack.length <= 1 || current().name !== name)
          return fail(
            stack.length <= 1
              ? `an end tag </${name}> with no element open`
              : `an end tag </${name}> where </${current().name}> was expected`,
            lt
          )
        stack.pop()
        continue
      }
      if (stack.length === 1 && top.children.length > 0) return fail('a second root element', lt)
      const el: XmlElement = { name, line: at, children: [], text: '' }
      current().children.push(el)
      if (!selfClosing) stack.push(el)
    }
  }
  if (stack.length > 1) return fail(`the element <${current().name}> is not closed`, text.length)
  const root = top.children[0]
  if (!root) return fail('no root element', text.length)
  return { root }
}

/** The local name of an element (without a namespace prefix). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1)

/** The children of `el` named `name`. */
export function childrenOf(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => local(c.name) === name) : []
}

/** The first child of `el` named `name`. */
export function childOf(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => local(c.name) === name)
}

/** The trimmed text of the child `name` of `el`, if there is one. */
export function textOf(el: XmlElement | undefined, name: string): string | undefined {
  const c = childOf(el, name)
  return c ? c.text.trim() : undefined
}

/** Every element below `el` (not `el` itself), depth first, in document order. */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  const todo: XmlElement[] = [...el.children].reverse()
  while (todo.length > 0) {
    const e = todo.pop() as XmlElement
    out.push(e)
    for (let k = e.children.length - 1; k >= 0; k--) todo.push(e.children[k] as XmlElement)
  }
  return out
}

/** `local` exported for callers that match names themselves. */
export { local as localName }
