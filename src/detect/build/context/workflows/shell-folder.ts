/**
 * The folder each command of a run script runs in, relative to the step's working directory:
 * moved by `cd` and `pushd`, back at `popd` and at the end of a subshell. A move the script may
 * or may not make leaves the folder unknown from where it may have happened: a `cd` after `&&`
 * or `||`, or in a pipeline (run in a subshell), once its list ends; and one inside an `if`, a
 * loop or a `case` once that ends (or at its next branch: `else`, `elif`, a `case` pattern, each
 * start again from where it began).
 */
import { at } from '../../../../util/paths.js'
import { shown } from '../common.js'
import { interpolate } from '../interpolate.js'
import { programAt } from './build-command.js'
import { WORKSPACE, type Env } from './expressions.js'
import { LITERAL_DOLLAR, type Command, type ScriptPart } from './shell.js'

/** A longer path is no folder of a checkout (PATH_MAX); it is not followed, and stays short. */
const MAX_PATH = 4096

/** The folder a command runs in, relative to the working directory, or why it is not known. */
export type Folder = { path: string } | { why: string }

/** The folders `pushd` left to go back to, the last first. */
interface Pushed {
  readonly cd: Folder
  readonly below: Pushed | undefined
}

/** Where the shell is: its folder and its `pushd` stack. */
interface Place {
  readonly cd: Folder
  readonly pushed: Pushed | undefined
}

/** Where a subshell began, and the list it interrupted. */
interface Subshell extends Place {
  readonly afterAndOr: boolean
  readonly listMoved: boolean
  readonly maybeMoved: boolean
}

/** An `if`, loop or `case` being read: where it began, and whether a branch moved. */
interface Compound {
  readonly entry: Place
  moved: boolean
}

const OPENS_BEFORE = new Set(['if', 'while', 'until'])
const OPENS = new Set(['for', 'case', 'select'])
const CLOSES = new Set(['fi', 'done', 'esac'])
const BRANCHES = new Set(['else', 'elif'])
const MAYBE = 'a cd that may not have run'

/** A value of a run script with its variables expanded from the env, or undefined. */
export function shellValue(word: string, env: Env): string | undefined {
  if (word.includes('$(') || word.includes('`')) return undefined
  const withWs = new Map(env)
  withWs.set('GITHUB_WORKSPACE', WORKSPACE)
  const r = interpolate(word, withWs)
  if (r.value === undefined || r.value.includes('$')) return undefined
  return r.value.split(LITERAL_DOLLAR).join('$')
}

export class ShellFolder {
  /** The folder the next command runs in. */
  cd: Folder = { path: '' }
  private pushed: Pushed | undefined
  private readonly subshells: Subshell[] = []
  private readonly compounds: Compound[] = []
  /** The current list has had an `&&`, `||` or `|`: what follows may not run, or not here. */
  private afterAndOr = false
  /** The current list has moved. */
  private listMoved = false
  /** The current list moved where the move may not have run, or not in this shell. */
  private maybeMoved = false

  constructor(private readonly env: Env) {}

  /** Reads one part of the script; returns it when it is a command that may build. */
  next(part: ScriptPart): Command | undefined {
    if (part === '(') {
      const { cd, pushed, afterAndOr, listMoved, maybeMoved } = this
      this.subshells.push({ cd, pushed, afterAndOr, listMoved, maybeMoved })
      this.afterAndOr = false
      this.listMoved = false
      this.maybeMoved = false
    } else if (part === ')') {
      const outer = this.subshells.pop()
      // A `)` that closes no subshell ends a `case` pattern: a branch begins.
      if (outer === undefined) this.branch()
      else Object.assign(this, outer)
    } else if (part === '&&') this.afterAndOr = true
    else if (part === '|') {
      // Each side of a pipe runs in a subshell: a move on either side is not this shell's.
      this.afterAndOr = true
      if (this.listMoved) this.maybeMoved = true
    } else if (part === ';') this.endList()
    else return this.command(part)
    return undefined
  }

  private command(words: Command): Command | undefined {
    const k = programAt(words).at
    for (const w of words.slice(0, k)) {
      if (OPENS_BEFORE.has(w.text)) this.open()
      else if (BRANCHES.has(w.text)) this.branch()
    }
    const first = words[k]?.text
    if (first === undefined) return undefined
    if (OPENS.has(first)) this.open()
    else if (CLOSES.has(first)) this.close()
    else if (first === 'popd') {
      this.moving()
      this.cd = this.pushed?.cd ?? this.cd
      this.pushed = this.pushed?.below
    } else if (first === 'cd' || first === 'pushd') {
      this.moving()
      if (first === 'pushd') this.pushed = { cd: this.cd, below: this.pushed }
      this.cd = this.moved(first, words[k + 1]?.text)
    } else return words
    return undefined
  }

  /** The folder after `cd arg` (or `pushd arg`). */
  private moved(how: string, arg: string | undefined): Folder {
    const cd = this.cd
    // `-` is the previous folder; an option (`cd -P dir`) is not the folder.
    const v = arg === undefined || arg.startsWith('-') ? undefined : shellValue(arg, this.env)
    let to: Folder
    if (v === undefined || !('path' in cd)) {
      const written = arg === undefined ? '' : ` ${shown(arg.split(LITERAL_DOLLAR).join('$'))}`
      to = { why: `runs after ${how}${written}, a folder that is not known` }
    } else if (v.startsWith(WORKSPACE) || v.includes('${{')) {
      to = v.includes('${{') ? { why: `runs after cd ${shown(v)}` } : { path: v }
    } else to = { path: at(cd.path, v) }
    if ('path' in to && to.path.length > MAX_PATH) {
      return { why: `runs after ${how} into a path of more than ${MAX_PATH} characters` }
    }
    return to
  }

  private moving(): void {
    this.listMoved = true
    if (this.afterAndOr) this.maybeMoved = true
  }

  private endList(): void {
    if (this.maybeMoved) this.unknown(`runs after ${MAYBE} (after &&, || or in a pipeline)`)
    this.afterAndOr = false
    this.listMoved = false
    this.maybeMoved = false
  }

  private open(): void {
    this.compounds.push({ entry: { cd: this.cd, pushed: this.pushed }, moved: false })
  }

  private branch(): void {
    const c = this.compounds.at(-1)
    if (!c) return
    this.endList()
    c.moved ||= this.movedSince(c.entry)
    this.cd = c.entry.cd
    this.pushed = c.entry.pushed
  }

  private close(): void {
    const c = this.compounds.pop()
    if (!c) return
    this.endList()
    if (c.moved || this.movedSince(c.entry)) {
      this.unknown(`runs after ${MAYBE} (inside an if, a loop or a case)`)
    }
  }

  private movedSince(entry: Place): boolean {
    return this.cd !== entry.cd || this.pushed !== entry.pushed
  }

  private unknown(why: string): void {
    this.cd = { why: `${why}, a folder that is not known` }
    this.pushed = undefined
  }
}
