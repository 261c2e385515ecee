/**
 * JSON build files read without throwing: `package.json` strictly, `tsconfig*.json` as JSONC
 * (comments and trailing commas, as TypeScript accepts them). One pass each: linear.
 */

/** A JSON object, or why the text is not one. */
export type ReadJson = { readonly value: Record<string, unknown> } | { readonly error: string }

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Parses a JSON object; anything else (malformed text, an array, a number) is an error. */
export function readJson(text: string): ReadJson {
  try {
    const value: unknown = JSON.parse(text)
    return isObject(value) ? { value } : { error: 'it is not a JSON object' }
  } catch (e) {
    return { error: `it is not valid JSON (${(e as Error).message})` }
  }
}

/**
 * JSONC as JSON: comments become spaces and a comma before `}` or `]` is dropped; strings are
 * kept as written. Each character is looked at a bounded number of times.
 */
export function stripJsonc(text: string): string {
  const out: string[] = []
  let i = 0
  /** Where the last comma was written to `out`, while only blanks and comments followed it. */
  let comma = -1
  const n = text.length
  while (i < n) {
    const c = text[i] as string
    if (c === '"') {
      let j = i + 1
      while (j < n && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1
      out.push(text.slice(i, j + 1))
      i = j + 1
      comma = -1
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? n : end + 2
      out.push(' ')
    } else if ((c === '}' || c === ']') && comma >= 0) {
      out[comma] = ' '
      out.push(c)
      comma = -1
      i++
    } else {
      if (c === ',') comma = out.length
      else if (!/\s/.test(c)) comma = -1
      out.push(c)
      i++
    }
  }
  return out.join('')
}

/** Parses a JSONC object (a tsconfig). */
export function readJsonc(text: string): ReadJson {
  return readJson(stripJsonc(text))
}

/** A string field, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** An object field, or undefined. */
export const obj = (v: unknown): Record<string, unknown> | undefined =>
  isObject(v) ? v : undefined
