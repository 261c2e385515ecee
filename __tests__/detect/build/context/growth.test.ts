// The build-context readers grow linearly with what a pull request can add to their files: each
// is run at a size n and 10n in the same process, and the work may grow about 10x, not 100x
// (test-support/growth.js: CPU time ratios in one run, never a time against a limit).
import { describe, expect, it } from '@jest/globals'
import { parseHcl } from '../../../../src/detect/build/context/bake/hcl.js'
import { composeReader } from '../../../../src/detect/build/context/compose.js'
import { interpolate } from '../../../../src/detect/build/context/interpolate.js'
import { parseYaml, Yaml } from '../../../../src/detect/build/context/yaml.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'
import { treeOf } from '../../../../test-support/tree.js'

describe('linear growth', () => {
  it('a compose file whose services all use the same anchors', () => {
    // Each alias walked the whole document to find its anchor: quadratic.
    const text = (n: number): string => {
      let t = 'x-d: &d {image: o/x}\nx-b: &b {context: svc}\nservices:\n'
      for (let i = 0; i < n; i++) t += `  s${i}:\n    <<: *d\n    build: *b\n`
      return t
    }
    const read = (t: string) => composeReader.builds(treeOf({ 'docker-compose.yml': t }))
    expect(growth(text, read, 100)).toBeLessThan(LINEAR)
    expect(read(text(3)).builds.map((b) => [b.names[0], b.context])).toEqual([
      ['s0', 'svc'],
      ['s1', 'svc'],
      ['s2', 'svc']
    ])
  })

  it('a lookup through merge keys that point back at their own mapping', () => {
    // Each lookup branched n ways at each of 8 hops: n^8.
    const doc = (n: number): Yaml => {
      const p = parseYaml(`r: &r {<<: [${Array(n).fill('*r').join(', ')}]}\n`)
      if (!('docs' in p) || !p.docs[0]) throw new Error('not valid YAML')
      return new Yaml(p.docs[0], p.lines)
    }
    const lookup = (y: Yaml) => y.get(y.get(y.root, 'r'), 'absent')
    expect(growth(doc, lookup, 200)).toBeLessThan(LINEAR)
  })

  it('interpolation of many variables a .env does not set', () => {
    // Each unknown variable was looked for among those already found: quadratic.
    const text = (n: number): string => Array.from({ length: n }, (_, i) => `\${V${i}}`).join('/')
    const run = (t: string) => interpolate(t, new Map())
    expect(growth(text, run, 1000)).toBeLessThan(LINEAR)
    expect(run(text(2)).unknown).toEqual(['${V0}', '${V1}'])
  })

  // [what, the text at size n, n]: the small input large enough to be timed, the large one
  // small enough to stay in the caches that the small one enjoys (80,000 open brackets grew 22x).
  it.each<[string, (n: number) => string, number]>([
    ['many blocks', (n) => 'target "t" {\n  context = "${A}"\n  tags = ["a"]\n}\n'.repeat(n), 1000],
    ['a string left open', (n) => `x = "${'a'.repeat(n)}`, 20000],
    ['a heredoc left open', (n) => `x = <<EOT\n${'a\n'.repeat(n)}`, 20000],
    ['a ${ left open in a string', (n) => `x = "${'${'.repeat(n)}`, 20000],
    ['brackets left open', (n) => `x = ${'['.repeat(n)}`, 2000],
    ['brackets nested deep', (n) => `x = ${'['.repeat(n)}${']'.repeat(n)}`, 2000],
    ['blocks left open', (n) => 'a {\n'.repeat(n), 5000],
    ['<< that starts no heredoc', (n) => '<<A'.repeat(n), 5000]
  ])('a bake file of %s', (_, text, n) => {
    expect(growth(text, parseHcl, n)).toBeLessThan(LINEAR)
  })
})
