// The facts of shared scripts read through their views: an ancestor's script without what
// configures the ancestor only (unless the build names it), a convention plugin without its
// verification blocks.
import { describe, expect, it } from '@jest/globals'
import { viewFacts } from '../../../../src/detect/build/gradle/build-reads.js'
import type { ScriptFacts } from '../../../../src/detect/build/gradle/script.js'
import { treeOf } from '../../../../test-support/tree.js'

const script = [
  "tasks.register('devloop') {",
  "  doLast { copy { from 'app/src/Dev.java' } }",
  '}',
  "checkstyle { configFile = file('config/checkstyle.xml') }",
  'subprojects {',
  "  dependencies { implementation project(':lib') }",
  "  ext.banner = 'app/banner.txt'",
  '}'
].join('\n')
const tree = treeOf({ 'build.gradle': script })
const literals = (f: ScriptFacts | undefined): string[] | undefined =>
  f?.literals.map((l) => l.value)

describe('viewFacts', () => {
  it('reads an ancestor script without the tasks it registers for itself, unless the build names them', () => {
    expect(literals(viewFacts(tree, new Set())('build.gradle', 'ancestor'))).toEqual([
      ':lib',
      'app/banner.txt'
    ])
    expect(
      literals(viewFacts(tree, new Set(['task:devloop']))('build.gradle', 'ancestor'))
    ).toEqual(['devloop', 'app/src/Dev.java', ':lib', 'app/banner.txt'])
    // What it declares for its subprojects is read either way.
    expect(viewFacts(tree, new Set())('build.gradle', 'ancestor')?.deps.map((d) => d.path)).toEqual(
      [':lib']
    )
  })

  it('reads a convention plugin without its verification blocks', () => {
    expect(literals(viewFacts(tree, new Set())('build.gradle', 'convention'))).toEqual([
      'devloop',
      'app/src/Dev.java',
      ':lib',
      'app/banner.txt'
    ])
  })

  it('has no facts for a script it cannot read', () => {
    expect(viewFacts(tree, new Set())('missing.gradle', 'ancestor')).toBeUndefined()
  })
})
