/**
 * Properties of the file model and the engine, checked with fast-check; the bash properties run
 * real bash on batches of generated cases (one bash process per batch).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseImageVars, type Image } from '../../src/files/image-vars.js'
import { historyDate, pinEdit, unpinEdit } from '../../src/plan/pin-engine.js'
import { VersionsFile } from '../../src/files/versions-file.js'

const NOW = new Date('2023-09-01T21:08:58Z')
/** Set VRO_PROPERTY_RUNS=10 (or more) to search ten times as long. */
const SCALE = Number(process.env.VRO_PROPERTY_RUNS ?? '1') || 1
const RUNS = 300 * SCALE
const HISTORY = `# ${historyDate(NOW)} -- `

// ---------------------------------------------------------------------------------------------
// Generators

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/)
const imageName = fc
  .tuple(word, fc.option(word, { nil: undefined }))
  .map(([a, b]) => (b === undefined ? a : `${a}-${b}`))
const imageNames = fc.uniqueArray(imageName, {
  minLength: 1,
  maxLength: 6,
  selector: (n) => n.replace(/-/g, '')
})

const num = fc.integer({ min: 0, max: 30 })
const release = fc
  .tuple(
    fc.constantFrom('v', 'release-'),
    num,
    num,
    num,
    fc.option(fc.constantFrom('rc.1', 'alpha', 'beta.2', '0', 'x-y'), { nil: undefined })
  )
  .map(([form, a, b, c, pre]) => `${form}${a}.${b}.${c}${pre === undefined ? '' : `-${pre}`}`)
const shortSha = fc.stringMatching(/^[0-9a-f]{7}$/)
/** A value that may stand in a pin: a release, or a short sha (as people pin by hand). */
const pinValue = fc.oneof({ weight: 4, arbitrary: release }, { weight: 1, arbitrary: shortSha })

/** Comment text: anything but a line break or a NUL (which bash cannot hold either). */
const commentText = fc
  .string({ unit: 'binary', maxLength: 30 })
  .map((s) => s.replace(/[\r\n\0]/g, ' '))
const historyLine = fc
  .tuple(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    release
  )
  .map(([d, v]) => `# ${historyDate(d)} -- ${v}`)

/** One logical entry of a well-formed versions file, with what bash does with it. */
type Entry =
  | { t: 'auto'; p: string; v: string; quote: '"' | "'" | ''; trailer: string }
  | { t: 'export' | 'default' | 'declare' | 'indented'; p: string; v: string }
  | { t: 'inert'; lines: readonly string[] }

function entryArb(prefixes: readonly string[]): fc.Arbitrary<Entry> {
  const p = fc.constantFrom(...prefixes)
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        t: fc.constant('auto' as const),
        p,
        v: pinValue,
        quote: fc.constantFrom('"' as const, "'" as const, '' as const),
        trailer: fc.constantFrom('', '  ', '\t# pinned', ' # it\'s "here"')
      })
    },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constantFrom(
          'export' as const,
          'default' as const,
          'declare' as const,
          'indented' as const
        ),
        p,
        v: pinValue
      })
    },
    {
      weight: 5,
      arbitrary: fc
        .oneof(
          commentText.map((c) => [`#${c}`]),
          historyLine.map((h) => [h]),
          fc.tuple(p, pinValue).map(([x, v]) => [`# ${x}_VER="${v}"`]),
          fc.tuple(p, pinValue).map(([x, v]) => [`#export ${x}_VER=${v}`]),
          fc.constantFrom([''], ['\t'], ['   ']),
          pinValue.map((v) => [`REDIS_VER="${v}"`]),
          fc.constantFrom(
            ['true'],
            ['x=1'],
            [': "it\'s fine"'],
            ['quiet() { :; }'],
            ['LAST=$(true)']
          ),
          // pins that are not pins to bash: in a string, a here-document, a continuation, a subshell
          fc.tuple(p, pinValue).map(([x, v]) => ['x="', `${x}_VER=${v}`, '"']),
          fc.tuple(p, pinValue).map(([x, v]) => ["x='", `${x}_VER="${v}"`, "'"]),
          fc.tuple(p, pinValue).map(([x, v]) => [": <<'EOF'", `${x}_VER=${v}`, 'EOF']),
          fc.tuple(p, pinValue).map(([x, v]) => [': <<-END', `\t${x}_VER=${v}`, '\tEND']),
          fc.tuple(p, pinValue).map(([x, v]) => ['true \\', `${x}_VER=${v}`]),
          fc.tuple(p, pinValue).map(([x, v]) => [`( ${x}_VER=${v} )`]),
          fc.tuple(p, pinValue).map(([x, v]) => [`echo_${x}() { ${x}_VER=${v}; }`])
        )
        .map((lines) => ({ t: 'inert' as const, lines }))
    }
  )
}

function renderEntry(e: Entry): readonly string[] {
  switch (e.t) {
    case 'auto':
      return [`${e.p}_VER=${e.quote}${e.v}${e.quote}${e.trailer}`]
    case 'export':
      return [`export ${e.p}_VER="${e.v}"`]
    case 'default':
      return [`: \${${e.p}_VER:="${e.v}"}`]
    case 'declare':
      return [`declare -x ${e.p}_VER=${e.v}`]
    case 'indented':
      return [`  ${e.p}_VER="${e.v}"`]
    case 'inert':
      return e.lines
  }
}

function render(entries: readonly Entry[], finalNewline: boolean): string {
  const lines = entries.flatMap(renderEntry)
  return lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '')
}

/** What bash ends up with in `<prefix>_VER`, starting from the prelude's default. */
function simulate(entries: readonly Entry[], prefixes: readonly string[], def: string) {
  const env = new Map(prefixes.map((p) => [p, def]))
  for (const e of entries) {
    if (e.t === 'inert') continue
    if (e.t === 'default') {
      if ((env.get(e.p) ?? '') === '') env.set(e.p, e.v)
    } else env.set(e.p, e.v)
  }
  return env
}

const isManual = (e: Entry): boolean => e.t !== 'auto' && e.t !== 'inert'
const pinned = (entries: readonly Entry[], p: string): boolean =>
  entries.some((e) => e.t !== 'inert' && e.p === p)

interface Case {
  names: string[]
  images: Image[]
  entries: Entry[]
  finalNewline: boolean
  text: string
  vars: string
  lastRelease: string
  version: string
  only: Set<string> | undefined
  unpin: Set<string>
}

/** A generated image_vars.src in the shapes of the real one, ending with `source` of the pins. */
function varsFile(names: readonly string[], prefixes: readonly string[], style: number): string {
  const lines = ['#!/bin/bash', '# generated for a property test']
  if (style !== 1) lines.push(`VRO_IMAGES_ARR=( ${names.join(' ')} )`)
  if (style !== 2) lines.push(`export VRO_IMAGES="${names.join(' ')}"`)
  if (style !== 1) lines.push(`VAR_PREFIXES_ARR=( ${prefixes.join(' ')} )`)
  if (style !== 2) lines.push(`export VAR_PREFIXES="${prefixes.join(' ')}"`)
  lines.push('LAST_RELEASE_VERSION=$(tail -1 versions.txt)')
  lines.push('getVarValue(){', '  local VARNAME=${1}${2}', '  echo "${!VARNAME}"', '}')
  names.forEach((name, i) => {
    const p = prefixes[i] as string
    if (i % 2 === 0) lines.push(`# --- ${name} in folder ./${name}`)
    lines.push(`export ${p}_GRADLE_IMG="va/abd_vro-${name}"`)
    lines.push(`export ${p}_IMG="vro-${name}"`)
    lines.push(`export ${p}_VER="$LAST_RELEASE_VERSION"`)
  })
  lines.push('source scripts/image_versions.src')
  return `${lines.join('\n')}\n`
}

const caseArb: fc.Arbitrary<Case> = imageNames.chain((names) => {
  const prefixes = names.map((n) => n.replace(/-/g, ''))
  const subset = fc.subarray(prefixes)
  return fc
    .record({
      entries: fc.array(entryArb(prefixes), { maxLength: 14 }),
      finalNewline: fc.boolean(),
      style: fc.integer({ min: 0, max: 2 }),
      lastRelease: fc.oneof(release, fc.constant('')),
      version: release,
      only: fc.option(subset, { nil: undefined }),
      unpin: subset
    })
    .map((r) => {
      const vars = varsFile(names, prefixes, r.style)
      return {
        names,
        images: parseImageVars(vars).images as Image[],
        entries: r.entries,
        finalNewline: r.finalNewline,
        text: render(r.entries, r.finalNewline),
        vars,
        lastRelease: r.lastRelease,
        version: r.version,
        only: r.only === undefined ? undefined : new Set(r.only),
        unpin: new Set(r.unpin)
      }
    })
})

/** Arbitrary files from line fragments: pins, manual pins, comments, junk, CRLF/LF, BOM. */
const fragmentFile = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(
      fc.tuple(
        fc.oneof(
          fc
            .tuple(fc.constantFrom('app', 'apigateway', 'db', 'REDIS'), release)
            .map(([p, v]) => `${p}_VER="${v}"`),
          fc.tuple(fc.constantFrom('app', 'db'), release).map(([p, v]) => `${p}_VER=${v}`),
          fc.tuple(fc.constantFrom('app', 'db'), release).map(([p, v]) => `export ${p}_VER='${v}'`),
          fc.tuple(fc.constantFrom('app', 'db'), release).map(([p, v]) => `: \${${p}_VER:="${v}"}`),
          fc.tuple(fc.constantFrom('app', 'db'), release).map(([p, v]) => `# ${p}_VER="${v}"`),
          historyLine,
          commentText.map((c) => `#${c}`),
          fc.constantFrom(
            '',
            '\t',
            '\t\tapp_VER=v1.0.0',
            'x="unclosed',
            '"',
            "'",
            '\\',
            "$'a\\'",
            'cat <<EOF',
            'EOF',
            'app_VER=$(',
            ')',
            '`',
            'app_VER=v1;',
            'db_VER="a\\"b"',
            '\0',
            '\uFEFF',
            'x=$((1<<2))'
          ),
          fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replace(/\n/g, ''))
        ),
        fc.constantFrom('\n', '\r\n')
      ),
      { maxLength: 12 }
    ),
    finalNewline: fc.boolean()
  })
  .map(({ bom, lines, finalNewline }) => {
    const text = lines.map(([l, eol]) => l + eol).join('')
    const body = finalNewline || lines.length === 0 ? text : text.replace(/\r?\n$/, '')
    return (bom ? '\uFEFF' : '') + body
  })

const FRAGMENT_IMAGES = parseImageVars('VRO_IMAGES_ARR=( app api-gateway db )\n').images

// ---------------------------------------------------------------------------------------------
// Bash

const work = mkdtempSync(path.join(os.tmpdir(), 'vro-props-'))
let batchNumber = 0

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

interface BashCase {
  vars: string
  versions: string
  lastRelease: string
  prefixes: readonly string[]
}

interface BashResult {
  syntaxOk: boolean
  stderr: string
  values: Map<string, string>
}

const BATCH_SCRIPT = `
for d in "$@"; do
  if bash -n "$d/scripts/image_versions.src" 2>"$d/syntax"; then echo "$d	syntax	ok"; else echo "$d	syntax	bad"; fi
  (
    cd "$d" || exit 1
    read -r -a prefixes < prefixes
    source scripts/image_vars.src >/dev/null 2>stderr
    for p in "\${prefixes[@]}"; do
      v="\${p}_VER"
      printf '%s\\tvalue\\t%s=%s\\n' "$d" "$p" "\${!v-<unset>}"
    done
  )
done
`

/** Sources every case in a subshell of one bash process, after its image_vars.src. */
function runBash(cases: readonly BashCase[]): BashResult[] {
  const batch = path.join(work, `batch-${batchNumber++}`)
  const dirs = cases.map((c, i) => {
    const dir = path.join(batch, String(i))
    mkdirSync(path.join(dir, 'scripts'), { recursive: true })
    writeFileSync(path.join(dir, 'scripts/image_vars.src'), c.vars)
    writeFileSync(path.join(dir, 'scripts/image_versions.src'), c.versions)
    writeFileSync(
      path.join(dir, 'versions.txt'),
      c.lastRelease === '' ? '' : `v0.0.1\n${c.lastRelease}\n`
    )
    writeFileSync(path.join(dir, 'prefixes'), `${c.prefixes.join(' ')}\n`)
    return dir
  })
  const run = spawnSync('bash', ['--noprofile', '--norc', '-c', BATCH_SCRIPT, 'batch', ...dirs], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' },
    maxBuffer: 64 * 1024 * 1024
  })
  if (run.status !== 0) throw new Error(`bash failed: ${run.stderr}`)
  const results = dirs.map((): BashResult => ({ syntaxOk: false, stderr: '', values: new Map() }))
  const index = new Map(dirs.map((d, i) => [d, i]))
  for (const line of run.stdout.split('\n')) {
    if (line === '') continue
    const [dir, kind, rest] = line.split('\t') as [string, string, string]
    const r = results[index.get(dir) as number] as BashResult
    if (kind === 'syntax') r.syntaxOk = rest === 'ok'
    else {
      const eq = rest.indexOf('=')
      r.values.set(rest.slice(0, eq), rest.slice(eq + 1))
    }
  }
  dirs.forEach((d, i) => {
    const r = results[i] as BashResult
    r.stderr = spawnSync('cat', [path.join(d, 'stderr')], { encoding: 'utf8' }).stdout
  })
  rmSync(batch, { recursive: true, force: true })
  return results
}

/** `bash -n` on each text, in one bash process: true where bash reads the text without error. */
function bashSyntaxOk(texts: readonly string[]): boolean[] {
  const batch = path.join(work, `syntax-${batchNumber++}`)
  mkdirSync(batch, { recursive: true })
  const files = texts.map((t, i) => {
    const file = path.join(batch, `${i}.src`)
    writeFileSync(file, t)
    return file
  })
  const script =
    'for f in "$@"; do if bash -n "$f" 2>/dev/null; then echo ok; else echo bad; fi; done'
  const run = spawnSync('bash', ['--noprofile', '--norc', '-c', script, 'syntax', ...files], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' }
  })
  rmSync(batch, { recursive: true, force: true })
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => l === 'ok')
}

/** The text pinEdit must produce: the input, then one history comment and the new pins. */
function expectedPinText(text: string, version: string, prefixes: readonly string[]): string {
  if (prefixes.length === 0) return text
  const added = [`${HISTORY}${version}`, ...prefixes.map((p) => `${p}_VER="${version}"`)].join('\n')
  if (text === '') return `${added}\n`
  return text.endsWith('\n') ? `${text}${added}\n` : `${text}\n${added}`
}

// ---------------------------------------------------------------------------------------------

describe('round trip: parse then serialize is byte-identical', () => {
  it.each([
    ['arbitrary unicode strings', fc.string({ unit: 'binary', maxLength: 200 })],
    [
      'arbitrary UTF-16 code units, lone surrogates included',
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 200
      })
    ],
    [
      'strings of line-ending and quote characters',
      fc.string({
        unit: fc.constantFrom(
          '\n',
          '\r',
          '\uFEFF',
          '"',
          "'",
          '\\',
          '#',
          '$',
          '(',
          ')',
          '`',
          '<',
          ' ',
          '\t',
          'a',
          '\0'
        ),
        maxLength: 100
      })
    ],
    ['files built from line fragments', fragmentFile],
    ['well-formed generated files', caseArb.map((c) => c.text)]
  ])('%s', (_what, arb: fc.Arbitrary<string>) => {
    fc.assert(
      fc.property(arb, (text) => {
        const file = VersionsFile.parse(text)
        expect(file.toString()).toBe(text)
        expect(file.lines.filter((l) => !l.newline).length).toBeLessThanOrEqual(1)
      }),
      { numRuns: RUNS }
    )
  })
})

describe('pin twice = pin once', () => {
  it('on well-formed files: the second pin changes nothing, and the first only appends', () => {
    fc.assert(
      fc.property(caseArb, release, (c, second) => {
        const only = c.only
        const first = pinEdit(c.text, c.images, {
          version: c.version,
          ...(only ? { only } : {}),
          now: NOW
        })
        const toPin = c.images
          .map((i) => i.prefix)
          .filter((p) => !pinned(c.entries, p) && (only === undefined || only.has(p)))
        expect(first.text).toBe(expectedPinText(c.text, c.version, toPin))
        expect(first.decisions.filter((d) => d.action === 'pin').map((d) => d.prefix)).toEqual(
          toPin
        )
        const again = pinEdit(first.text, c.images, {
          version: c.version,
          ...(only ? { only } : {}),
          now: new Date()
        })
        expect(again.text).toBe(first.text)
        expect(again.changed).toBe(false)
        // a later release with another version leaves the pinned images alone too
        const later = pinEdit(first.text, c.images, {
          version: second,
          ...(only ? { only } : {}),
          now: NOW
        })
        expect(later.text).toBe(first.text)
      }),
      { numRuns: RUNS }
    )
  })

  it('on arbitrary fragment files, whenever the first pin is possible', () => {
    fc.assert(
      fc.property(fragmentFile, release, (text, version) => {
        let first
        try {
          first = pinEdit(text, FRAGMENT_IMAGES, { version, now: NOW })
        } catch (e) {
          expect((e as Error).message).toMatch(/^cannot append: /)
          expect(VersionsFile.parse(text).problems.length).toBeGreaterThan(0)
          return
        }
        const again = pinEdit(first.text, FRAGMENT_IMAGES, { version, now: NOW })
        expect(again.text).toBe(first.text)
        expect(again.changed).toBe(false)
        expect(first.text.startsWith(text.replace(/\r?$/, ''))).toBe(true)
      }),
      { numRuns: RUNS }
    )
  })

  it('unpin twice = unpin once', () => {
    fc.assert(
      fc.property(fragmentFile, fc.subarray(['app', 'apigateway', 'db']), (text, names) => {
        const unpin = new Map(names.map((p) => [p, 'x']))
        const once = unpinEdit(text, FRAGMENT_IMAGES, { unpin })
        const twice = unpinEdit(once.text, FRAGMENT_IMAGES, { unpin })
        expect(twice.text).toBe(once.text)
        expect(twice.changed).toBe(false)
      }),
      { numRuns: RUNS }
    )
  })
})

describe('unpin removes exactly the named auto-pin lines', () => {
  it('on well-formed files, by what each line is', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const unpin = new Map([...c.unpin].map((p) => [p, 'changed']))
        const result = unpinEdit(c.text, c.images, { unpin })
        const manual = new Set(c.entries.filter(isManual).map((e) => (e as { p: string }).p))
        const removed = (e: Entry): boolean =>
          e.t === 'auto' && c.unpin.has(e.p) && !manual.has(e.p)
        expect(result.text).toBe(
          render(
            c.entries.filter((e) => !removed(e)),
            c.finalNewline
          )
        )
        expect(result.changed).toBe(c.entries.some(removed))
        const unpinned = result.decisions.filter((d) => d.action === 'unpin').map((d) => d.prefix)
        expect(unpinned).toEqual(
          c.images
            .map((i) => i.prefix)
            .filter((p) => c.entries.some((e) => removed(e) && e.t !== 'inert' && e.p === p))
        )
      }),
      { numRuns: RUNS }
    )
  })

  it('on arbitrary fragment files: every other line, in order, byte-identical', () => {
    fc.assert(
      fc.property(fragmentFile, fc.subarray(['app', 'apigateway', 'db']), (text, names) => {
        const file = VersionsFile.parse(text)
        const unpin = new Map(names.map((p) => [p, 'x']))
        const result = unpinEdit(text, FRAGMENT_IMAGES, { unpin })
        const manual = new Set(
          file.lines.filter((l) => l.kind === 'manual').map((l) => l.prefix as string)
        )
        const gone = file.lines.map(
          (l) =>
            l.kind === 'auto' && unpin.has(l.prefix as string) && !manual.has(l.prefix as string)
        )
        // Segments of the text, each line with its own terminator.
        const body = text.slice(file.bom.length)
        const segments = body.match(/[^\n]*\n|[^\n]+$/g) ?? []
        expect(segments).toHaveLength(file.lines.length)
        const kept = segments.filter((_, i) => !gone[i])
        let expected = kept.join('')
        // Removing an unterminated last line leaves the new last line unterminated too.
        if (gone[gone.length - 1] && !text.endsWith('\n') && kept.length > 0) {
          expected = expected.replace(/\r?\n$/, '')
        }
        expect(result.text).toBe(file.bom + expected)
      }),
      { numRuns: RUNS }
    )
  })
})

describe('every output is valid bash that sets exactly the expected variables', () => {
  it('arbitrary fragment files that bash can read stay readable after pin and unpin', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fragmentFile, release, fc.subarray(['app', 'apigateway', 'db'])), {
          minLength: 60,
          maxLength: 60
        }),
        (cases) => {
          const inputOk = bashSyntaxOk(cases.map(([text]) => text))
          const outputs: string[] = []
          cases.forEach(([text, version, names], i) => {
            if (!inputOk[i]) return
            const unpin = new Map(names.map((p) => [p, 'x']))
            const unpinned = unpinEdit(text, FRAGMENT_IMAGES, { unpin }).text
            // A file with a NUL byte is no text file (the edit warns so). `bash -n` refuses one
            // whose first line holds a NUL ("cannot execute binary file"), which removing the
            // lines above it can make so, though `source` still reads it: not checked with bash.
            if (!text.includes('\0')) outputs.push(unpinned)
            try {
              outputs.push(pinEdit(text, FRAGMENT_IMAGES, { version, now: NOW }).text)
            } catch (e) {
              // refused: only a here-document or a continuation open at the end, or a NUL byte
              expect((e as Error).message).toMatch(/here-document|backslash continuation|NUL/)
            }
          })
          const outputOk = bashSyntaxOk(outputs)
          outputs.forEach((out, i) => {
            expect({ out, ok: outputOk[i] }).toEqual({ out, ok: true })
          })
        }
      ),
      { numRuns: 5 * SCALE }
    )
  })

  it('pin and unpin outputs, sourced after a generated image_vars.src', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 40, maxLength: 40 }), (cases) => {
        const runs: { bash: BashCase; expected: Map<string, string>; what: string }[] = []
        for (const c of cases) {
          const prefixes = c.images.map((i) => i.prefix)
          const only = c.only
          const pin = pinEdit(c.text, c.images, {
            version: c.version,
            ...(only ? { only } : {}),
            now: NOW
          })
          const afterPin = simulate(c.entries, prefixes, c.lastRelease)
          for (const p of prefixes) {
            if (!pinned(c.entries, p) && (only === undefined || only.has(p)))
              afterPin.set(p, c.version)
          }
          const manual = new Set(c.entries.filter(isManual).map((e) => (e as { p: string }).p))
          const remaining = c.entries.filter(
            (e) => !(e.t === 'auto' && c.unpin.has(e.p) && !manual.has(e.p))
          )
          const unpin = unpinEdit(c.text, c.images, {
            unpin: new Map([...c.unpin].map((p) => [p, 'changed']))
          })
          const base = { vars: c.vars, lastRelease: c.lastRelease, prefixes }
          runs.push(
            {
              bash: { ...base, versions: c.text },
              expected: simulate(c.entries, prefixes, c.lastRelease),
              what: 'input'
            },
            { bash: { ...base, versions: pin.text }, expected: afterPin, what: 'pin' },
            {
              bash: { ...base, versions: unpin.text },
              expected: simulate(remaining, prefixes, c.lastRelease),
              what: 'unpin'
            }
          )
        }
        const results = runBash(runs.map((r) => r.bash))
        runs.forEach((run, i) => {
          const r = results[i] as BashResult
          const context = `${run.what} of:\n${run.bash.versions}`
          expect({ context, syntaxOk: r.syntaxOk, stderr: r.stderr }).toEqual({
            context,
            syntaxOk: true,
            stderr: ''
          })
          expect({ context, values: Object.fromEntries(r.values) }).toEqual({
            context,
            values: Object.fromEntries(run.expected)
          })
        })
      }),
      { numRuns: 5 * SCALE }
    )
  })
})
