import { describe, expect, it } from '@jest/globals'
import { MAX_LINK_HOPS, realPath } from '../../../src/detect/build/links.js'
import { linkTargets, widen } from '../../../src/detect/build/sound.js'
import { dockerInputs } from '../../../src/detect/build/docker/provider.js'
import { treeOf } from '../../../test-support/tree.js'
import type { Input, Unresolved } from '../../../src/detect/build/types.js'
import { inputSettings } from '../../../src/detect/build/index.js'
import { resolveInputs } from '../../../src/detect/build/resolve-inputs.js'
import { ChangedFiles } from '../../../src/detect/path-globs.js'
import { InputMatcher } from '../../../src/detect/match.js'

const dir = (path: string, excludes?: string[]): Input => ({
  kind: 'dir',
  path,
  ...(excludes ? { excludes } : {}),
  from: { provider: 'docker', why: 'test' }
})
const file = (path: string): Input => ({
  kind: 'file',
  path,
  from: { provider: 'docker', why: 'test' }
})
const u = (scope: string, what = `unresolved in ${scope}`, excludes?: string[]): Unresolved => ({
  what,
  scope,
  ...(excludes ? { excludes } : {})
})

describe('realPath', () => {
  const links: Record<string, string> = {
    'a/Dockerfile': '../docker/Dockerfile',
    'b/conf': '../shared/conf',
    'loop/x': 'y',
    'loop/y': 'x',
    abs: '/etc/passwd',
    up: '../outside',
    chain: 'a/Dockerfile',
    self: '.'
  }
  const target = (p: string): string | undefined => links[p]
  it.each([
    ['a path without links', 'x/y', { path: 'x/y', via: [] }],
    ['a linked file', 'a/Dockerfile', { path: 'docker/Dockerfile', via: ['a/Dockerfile'] }],
    ['through a linked folder', 'b/conf/app.yml', { path: 'shared/conf/app.yml', via: ['b/conf'] }],
    ['a chain of links', 'chain', { path: 'docker/Dockerfile', via: ['chain', 'a/Dockerfile'] }],
    ['.. after a linked folder', 'b/conf/../x', { path: 'shared/x', via: ['b/conf'] }],
    ['a link to its own folder', 'self', { path: '', via: ['self'] }]
  ])('%s', (_n, path, expected) => {
    expect(realPath(path, target)).toEqual(expected)
  })
  it.each([
    ['an absolute target', 'abs', 'abs is a symbolic link to /etc/passwd, outside the repository'],
    [
      'a target above the root',
      'up',
      'up is a symbolic link to ../outside, outside the repository'
    ],
    ['a loop', 'loop/x', `more than ${MAX_LINK_HOPS} symbolic links (a loop?)`],
    ['.. above the root', '../x', '../x leads outside the repository']
  ])('refuses %s', (_n, path, words) => {
    const r = realPath(path, target)
    expect('error' in r && r.error).toContain(words)
  })
  it('refuses a target with a newline or NUL', () => {
    expect(realPath('l', () => 'a\nb')).toMatchObject({
      error: expect.stringContaining('unusable')
    })
  })
})

describe('widen (the soundness rule)', () => {
  it('adds the scope, says why in the input and in one warning, naming the paths line', () => {
    const r = widen('app', [file('app/Dockerfile')], [u('app', 'COPY build/x.jar is not there')])
    expect(r.inputs[1]).toMatchObject({
      kind: 'dir',
      path: 'app',
      from: { provider: 'soundness', why: 'inputs widened to app/: COPY build/x.jar is not there' }
    })
    expect(r.warnings).toEqual([
      'app: inputs widened to app/, since what the build reads could not be resolved: COPY build/x.jar is not there. ' +
        'Every change there counts for app. To name its inputs instead, add a paths line (e.g. "app: app/**").'
    ])
  })

  it('adds nothing and warns nothing when the inputs already cover the scope', () => {
    for (const covering of [dir('app'), dir(''), dir('app', ['app/**/*.md'])]) {
      const r = widen('app', [covering], [u('app/sub', 'x', ['app/**/*.md'])])
      expect(r).toEqual({ inputs: [covering], warnings: [] })
    }
  })

  it('widens when the covering input keeps out more than the widening would', () => {
    const r = widen('app', [dir('app', ['app/src/**'])], [u('app')])
    expect(r.inputs).toHaveLength(2)
    expect(r.warnings).toHaveLength(1)
  })

  it('groups reasons by scope, and counts the rest after three', () => {
    const r = widen('app', [], [u('a', '1'), u('a', '2'), u('', '3'), u('a', '4'), u('a', '1')])
    expect(r.inputs.map((i) => [i.path, i.from.why])).toEqual([
      ['a', 'inputs widened to a/: 1 and 2 more'],
      ['', 'inputs widened to the whole tree: 3']
    ])
    expect(r.warnings[0]).toContain('inputs widened to a/, the whole tree, since')
    expect(r.warnings[0]).toContain(': 1; 2; 4; and 1 more.')
    expect(r.warnings[0]).toContain('(e.g. "app: a/**")')
  })
})

describe('linkTargets', () => {
  const tree = treeOf(
    { 'docker/Dockerfile.py': 'FROM python', 'shared/conf/a.yml': '', 'app/x': '' },
    {
      'app/Dockerfile': '../docker/Dockerfile.py',
      'app/conf': '../shared/conf',
      'shared/conf/more': '../../more',
      'app/out': '/etc',
      'other/Dockerfile': '../docker/Dockerfile.py'
    }
  )
  it('counts the targets of the links among the inputs, followed again inside them', () => {
    const r = linkTargets([dir('app')], tree, 'app')
    expect(r.inputs.map((i) => `${i.kind} ${i.path} <- ${i.from.file}`)).toEqual([
      'file docker/Dockerfile.py <- app/Dockerfile',
      'dir shared/conf <- app/conf',
      'file more <- shared/conf/more'
    ])
    expect(r.inputs[0]?.from.why).toBe('target of the symbolic link app/Dockerfile (test)')
    // shared/conf/more leads to `more`, not in the tree: still counted, its creation would count.
    expect(r.unresolved.map((x) => x.what)).toEqual([
      'app/out is a symbolic link to /etc, outside the repository'
    ])
  })
  it('leaves links that are not inputs alone, and costs nothing without links', () => {
    expect(linkTargets([file('app/x')], tree, 'app')).toEqual({ inputs: [], unresolved: [] })
    expect(linkTargets([dir('')], treeOf({ a: '' }), '')).toEqual({ inputs: [], unresolved: [] })
  })
  it('reads a linked Dockerfile at its target, never its link text', () => {
    expect(tree.read('app/Dockerfile')).toBe('FROM python')
    expect(tree.read('app/out/passwd')).toBeUndefined()
    const r = dockerInputs('app', tree)
    expect(r.baseImages).toEqual([{ image: 'python', file: 'app/Dockerfile', line: 1 }])
  })
})

describe('linkTargets: inputs below a linked folder', () => {
  const tree = treeOf(
    { 'shared/conf/a.yml': '', 'more/x.yml': '', 'app/Dockerfile': 'FROM x' },
    { 'app/conf': '../shared/conf', 'shared/conf/more': '../../more', 'app/out': '/etc' }
  )
  const brief = (r: ReturnType<typeof linkTargets>): string[] =>
    r.inputs.map((i) => `${i.kind} ${i.path} <- ${i.from.why}`)

  it('counts the links on the way, each once, and the real path, through every link', () => {
    expect(
      brief(linkTargets([file('app/conf/a.yml'), file('app/conf/more/x.yml')], tree, 'app'))
    ).toEqual([
      'file app/conf <- app/conf/a.yml is read through the symbolic link app/conf (test)',
      'file shared/conf/more <- app/conf/more/x.yml is read through the symbolic link shared/conf/more (test)',
      'file shared/conf/a.yml <- app/conf/a.yml is read through the symbolic link app/conf (test)',
      'file more/x.yml <- app/conf/more/x.yml is read through the symbolic link app/conf, shared/conf/more (test)'
    ])
  })

  it('follows the links inside a linked folder read below its link', () => {
    const r = linkTargets([dir('app/conf/more')], tree, 'app')
    expect(r.inputs.map((i) => `${i.kind} ${i.path}`)).toEqual([
      'file app/conf',
      'file shared/conf/more',
      'dir more'
    ])
  })

  it('leaves a way out of the repository unresolved, and a glob to the widening', () => {
    const glob: Input = { kind: 'glob', path: 'app/conf/*.yml', from: { provider: 'x', why: 'y' } }
    const r = linkTargets([file('app/out/passwd'), glob], tree, 'app')
    expect(brief(r)).toEqual([
      'file app/out <- app/out/passwd is read through the symbolic link app/out (test)'
    ])
    expect(r.unresolved).toEqual([
      {
        what: 'app/out is a symbolic link to /etc, outside the repository',
        scope: 'app',
        file: 'app/out/passwd'
      }
    ])
  })

  it('makes a change to the linked file, or to the link, count for the image that copies it', () => {
    const files = {
      'svc/Dockerfile': 'FROM x\nCOPY conf/a.yml /conf/\n',
      'shared/conf/a.yml': '',
      'shared/conf/b.yml': ''
    }
    const [svc] = resolveInputs(
      [{ name: 'svc', prefix: 'svc' }],
      treeOf(files, { 'svc/conf': '../shared/conf' }),
      inputSettings(undefined, undefined)
    )
    const counted = (...paths: string[]): string[] => {
      const changed = new ChangedFiles(paths, () => false)
      return new InputMatcher().match(svc?.inputs ?? [], changed).map((h) => changed.at(h.index))
    }
    expect(counted('shared/conf/a.yml', 'svc/conf', 'shared/conf/b.yml')).toEqual([
      'shared/conf/a.yml',
      'svc/conf'
    ])
    expect(svc?.warnings).toEqual([])
  })
})

describe('the Dockerfile context, inferred', () => {
  const ctx = (files: Record<string, string>, folder = 'svc/api') => {
    const r = dockerInputs(folder, treeOf(files))
    return {
      context: r.builds?.[0]?.context,
      how: r.builds?.[0]?.how,
      unresolved: (r.unresolved ?? []).map((x) => `${x.scope}: ${x.what}`)
    }
  }
  it('is the Dockerfile folder when every source is there', () => {
    expect(
      ctx({
        'svc/api/Dockerfile': 'FROM x\nCOPY a.js lib/ ./\n',
        'svc/api/a.js': '',
        'svc/api/lib/b': ''
      })
    ).toEqual({
      context: 'svc/api',
      how: "the Dockerfile's folder, where every COPY source is",
      unresolved: []
    })
  })
  it('is the nearest folder above where every source exists', () => {
    expect(
      ctx({ 'svc/api/Dockerfile': 'FROM x\nCOPY api/a.js /\n', 'svc/api/a.js': '', 'api/a.js': '' })
    ).toMatchObject({ context: 'svc', how: 'inferred: every COPY source exists under svc/' })
  })
  it('finds glob sources only where they match a file', () => {
    expect(
      ctx({ 'svc/api/Dockerfile': 'FROM x\nCOPY svc/api/*.js /\n', 'svc/api/a.js': '' })
    ).toMatchObject({ context: '', unresolved: [] })
    expect(
      ctx({ 'svc/api/Dockerfile': 'FROM x\nCOPY target/*.jar /\n', 'svc/api/a.js': '' }).unresolved
    ).toEqual([
      'svc/api: svc/api/Dockerfile line 2: COPY target/*.jar is not a file or folder of the build context svc/api/ (a build output?)'
    ])
  })
  it('takes the folder holding the most sources when none holds all, and leaves the rest unresolved', () => {
    const r = ctx({
      'svc/api/Dockerfile':
        'FROM x\nCOPY package.json /\nCOPY svc/api/src /src\nCOPY svc/api/dist /d\n',
      'package.json': '',
      'svc/api/src/a.ts': ''
    })
    expect(r.context).toBe('')
    expect(r.how).toContain('2 of 3 COPY sources exist under the repository root')
    expect(r.unresolved).toEqual([
      'svc/api: svc/api/Dockerfile line 4: COPY svc/api/dist is not a file or folder of the build context the repository root (a build output?)'
    ])
  })
  it('counts the sources under every folder that fits as well, when the guess is not the only one', () => {
    const files = {
      'svc/api/Dockerfile': 'FROM x\nCOPY package.json ./\nCOPY src/ ./src/\nCOPY . .\n',
      'svc/api/package.json': '',
      'svc/api/src/a.ts': '',
      'package.json': '',
      'src/b.ts': ''
    }
    const r = ctx(files)
    expect(r.context).toBe('svc/api')
    const what =
      'svc/api/Dockerfile: its build context is not declared; every COPY source exists under svc/api/ and under the repository root too (declare it, e.g. in a compose file)'
    // Were the root the context, `COPY .` would copy all of it: the whole tree counts then too.
    expect(r.unresolved).toEqual([`package.json: ${what}`, `src: ${what}`, `: ${what}`])
    const d = dockerInputs('svc/api', treeOf(files))
    const w = widen('api', d.inputs, d.unresolved ?? [])
    expect(w.inputs.map((i) => i.path)).toEqual(expect.arrayContaining(['package.json', 'src', '']))
    expect(w.warnings[0]).toContain(
      'api: inputs widened to package.json/, src/, the whole tree, since'
    )
    // With COPY . alone nothing is named: the Dockerfile's folder, as `docker build svc/api`.
    expect(
      ctx({ 'svc/api/Dockerfile': 'FROM x\nCOPY . .\n', 'package.json': '' }).unresolved
    ).toEqual([])
  })

  it('leaves an unknown instruction and a missing FROM unresolved', () => {
    expect(ctx({ 'svc/api/Dockerfile': 'FORM x\nCOPY . /\n' }).unresolved).toEqual([
      'svc/api: svc/api/Dockerfile has no FROM instruction',
      'svc/api: svc/api/Dockerfile line 1: unknown instruction FORM'
    ])
  })
  it('resolves a source through a linked folder of the context', () => {
    const r = dockerInputs(
      'app',
      treeOf(
        { 'app/Dockerfile': 'FROM x\nCOPY conf/a.yml /\n', 'shared/a.yml': '' },
        { 'app/conf': '../shared' }
      )
    )
    expect(r.unresolved).toEqual([])
    expect(r.inputs.map((i) => i.path)).toContain('app/conf/a.yml')
  })
})

describe('the widening warning in docs/change-detection.md', () => {
  it('is the one the rule prints', async () => {
    const { readFile } = await import('node:fs/promises')
    const doc = await readFile(
      new URL('../../../docs/change-detection.md', import.meta.url),
      'utf8'
    )
    const shown = /```text\n(billing: inputs widened[^\n]*)\n```/.exec(doc)?.[1]
    const what =
      'billing/Dockerfile line 2: COPY build/libs/billing.jar is not a file or folder of the build context billing/ (a build output?)'
    const r = dockerInputs(
      'billing',
      treeOf({
        'billing/Dockerfile': 'FROM eclipse-temurin:17\nCOPY build/libs/billing.jar /app.jar\n'
      })
    )
    expect(r.unresolved?.map((x) => x.what)).toEqual([what])
    expect(widen('billing', r.inputs, r.unresolved ?? []).warnings).toEqual([shown])
  })
})
