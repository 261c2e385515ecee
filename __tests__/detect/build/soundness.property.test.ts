// The soundness property: on generated monorepos whose builds are known by construction, every
// file that an image's build really reads is an input of that image, whatever the shape:
// Dockerfiles at any depth, contexts at their own folder or at the root (inferred), COPY of
// files, folders, globs and build outputs, `COPY .`, and Dockerfiles that are symbolic links.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ChangedFiles } from '../../../src/detect/path-globs.js'
import { inputSettings } from '../../../src/detect/build/index.js'
import { InputMatcher } from '../../../src/detect/match.js'
import { resolveInputs } from '../../../src/detect/build/resolve-inputs.js'
import { treeOf } from '../../../test-support/tree.js'
import type { Image } from '../../../src/files/image-vars.js'

interface Service {
  readonly name: string
  readonly folder: string
  readonly rootContext: boolean
  readonly sources: readonly number[]
  readonly output: boolean
  readonly linked: boolean
  readonly copyAll: boolean
}

const NAMES = ['alpha', 'bravo', 'charlie', 'delta']
const service = (name: string): fc.Arbitrary<Service> =>
  fc.record({
    name: fc.constant(name),
    folder: fc.constantFrom(name, `services/${name}`, `apps/web/${name}`),
    rootContext: fc.boolean(),
    sources: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
    output: fc.boolean(),
    linked: fc.boolean(),
    copyAll: fc.boolean()
  })

const ROOT_FILES: Record<string, string> = {
  'package.json': '{}',
  'yarn.lock': '#',
  'libs/one/index.js': '',
  'libs/one/util/x.js': '',
  'libs/two/index.js': '',
  'docs/guide.md': ''
}

/** A monorepo, and for each image the files its build reads (known by construction). */
function build(services: readonly Service[]): {
  files: Record<string, string>
  links: Record<string, string>
  reads: Map<string, string[]>
} {
  const files: Record<string, string> = { ...ROOT_FILES }
  const links: Record<string, string> = {}
  const reads = new Map<string, string[]>()
  for (const s of services) {
    const own = [
      `${s.folder}/src/main.js`,
      `${s.folder}/src/lib/a.js`,
      `${s.folder}/config.yml`,
      `${s.folder}/README.md`
    ]
    for (const f of own) files[f] = ''
    const ctx = s.rootContext ? '' : s.folder
    const rel = (p: string): string => (ctx === '' ? p : p.slice(ctx.length + 1))
    // Sources, as paths of the repository, then written relative to the context.
    const pool = s.rootContext
      ? [
          'package.json',
          'yarn.lock',
          'libs/one',
          'libs/two/index.js',
          `${s.folder}/config.yml`,
          'libs/*/index.js'
        ]
      : ['src', 'config.yml', 'src/lib', 'src/*.js', 'README.md', 'src/lib/a.js'].map(
          (p) => `${s.folder}/${p}`
        )
    const chosen = s.sources.map((i) => pool[i] as string)
    // A root context names at least one path of the service's own, as such builds do.
    if (s.rootContext) chosen.push(`${s.folder}/src`)
    const words = chosen.map(rel)
    const read = new Set<string>()
    const all = Object.keys(files)
    for (const c of chosen) {
      if (c.includes('*')) {
        const re = new RegExp(`^${c.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`)
        for (const f of all) if (re.test(f)) read.add(f)
      } else for (const f of all) if (f === c || f.startsWith(`${c}/`)) read.add(f)
    }
    if (s.copyAll && !s.rootContext) {
      words.push('.')
      for (const f of own) read.add(f)
    }
    if (s.output) {
      // A build output, made from the service's own folder by a build the repository does not show.
      words.push(ctx === '' ? `${s.folder}/build/app.jar` : 'build/app.jar')
      for (const f of own) read.add(f)
    }
    const text = ['FROM node:22', ...words.map((w) => `COPY ${w} /app/`), ''].join('\n')
    const dockerfile = `${s.folder}/Dockerfile`
    if (s.linked) {
      const shared = `docker/${s.name}.Dockerfile`
      files[shared] = text
      const depth = s.folder.split('/').length
      links[dockerfile] = `${'../'.repeat(depth)}${shared}`
      read.add(shared)
    } else files[dockerfile] = text
    read.add(dockerfile)
    reads.set(s.name, [...read].sort())
  }
  return { files, links, reads }
}

describe('soundness on generated monorepos', () => {
  it('counts every file the build reads as an input of the image', () => {
    const repos = fc
      .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 })
      .chain((names) => fc.tuple(...names.map(service)))
      // Two services in one folder would be one build: keep the folders apart.
      .filter((ss) => new Set(ss.map((s) => s.folder)).size === ss.length)
    fc.assert(
      fc.property(repos, (services) => {
        const { files, links, reads } = build(services)
        const tree = treeOf(files, links)
        const images: Image[] = services.map((s) => ({ name: s.name, prefix: s.name }))
        const resolved = resolveInputs(images, tree, inputSettings(undefined, undefined))
        const matcher = new InputMatcher()
        for (const r of resolved) {
          const want = reads.get(r.image.name) ?? []
          const changed = new ChangedFiles(want, () => false)
          const hit = new Set(matcher.match(r.inputs, changed).map((h) => changed.at(h.index)))
          const missed = want.filter((f) => !hit.has(f))
          expect({ image: r.image.name, missed }).toEqual({ image: r.image.name, missed: [] })
        }
      }),
      { numRuns: 300 }
    )
  })
})
