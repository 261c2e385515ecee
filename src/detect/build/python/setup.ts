/**
 * setuptools' own files, where they are literal: `setup.cfg` (`install_requires` and
 * `extras_require` lines, `file:` requirements files) and `setup.py`, a program: its string
 * literals that name a path above the project count, and a path built at run time from `../../../inputs`
 * (`os.pardir`, `'..'`, `.parent.parent`, `parents[n]`) cannot be read. Linear.
 */
import { localPath } from './requirements.js'
import type { PyRef } from './pyproject.js'

/** The local paths and requirements files of a `setup.cfg`. */
export function readSetupCfg(text: string, file: string): { refs: PyRef[]; includes: PyRef[] } {
  const refs: PyRef[] = []
  const includes: PyRef[] = []
  let section = ''
  let key = ''
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue
    const header = /^\[([^\]]*)\]/.exec(trimmed)
    let value: string
    if (header && !/^\s/.test(raw)) {
      section = (header[1] as string).trim()
      key = ''
      continue
    }
    if (/^\s/.test(raw)) value = trimmed
    else {
      const eq = raw.search(/[=:]/)
      if (eq < 0) continue
      key = raw.slice(0, eq).trim()
      value = raw.slice(eq + 1).trim()
    }
    const wanted =
      (section === 'options' && (key === 'install_requires' || key === 'setup_requires')) ||
      section === 'options.extras_require'
    if (!wanted || value === '') continue
    const line = i + 1
    if (value.startsWith('file:')) {
      for (const f of value
        .slice(5)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''))
        includes.push({ value: f, follow: true, why: `${key} = file: ${f} in ${file}`, line })
      continue
    }
    const p = localPath(value)
    if (p !== undefined)
      refs.push({ value: p, follow: true, why: `${value} in ${key} of ${file}`, line })
  }
  return { refs, includes }
}

/** What a `setup.py` names above its folder, and what it builds there that cannot be read. */
export function readSetupPy(
  text: string,
  file: string
): { refs: PyRef[]; dynamic: { what: string; line: number }[] } {
  const refs: PyRef[] = []
  const dynamic: { what: string; line: number }[] = []
  const breaks: number[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i)
  /** The 1-based line of a position: how many breaks come before it, plus one. */
  const lineAt = (pos: number): number => {
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((breaks[mid] as number) < pos) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }
  const literal = /(['"])((?:(?!\1)[^\\\n]|\\.)*)\1/g
  for (const m of text.matchAll(literal)) {
    const value = m[2] as string
    if (value === '..')
      dynamic.push({ what: `'..' is joined into a path at run time`, line: lineAt(m.index) })
    else if (/^(?:file:)?\.\.(?:\/|$)/.test(localPath(value) ?? ''))
      refs.push({
        value: localPath(value) as string,
        follow: true,
        why: `path ${value} in ${file}`,
        line: lineAt(m.index)
      })
  }
  for (const m of text.matchAll(/os\.pardir|\.parent\s*\.\s*parent|\.parents\s*\[/g))
    dynamic.push({ what: `${m[0]} builds a path above the project`, line: lineAt(m.index) })
  return { refs, dynamic: dynamic.sort((a, b) => a.line - b.line) }
}
