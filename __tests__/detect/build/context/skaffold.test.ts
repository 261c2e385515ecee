// Skaffold files: `build.artifacts` and `profiles[].build.artifacts` of every YAML document;
// context (default `.`) relative to the skaffold file, docker.dockerfile (default Dockerfile)
// relative to the context; other builders are listed without a Dockerfile.
import { describe, expect, it } from '@jest/globals'
import { isSkaffoldFile, skaffoldReader } from '../../../../src/detect/build/context/skaffold.js'
import { treeOf } from '../../../../test-support/tree.js'

const read = (files: Record<string, string>) => skaffoldReader.builds(treeOf(files))

describe('isSkaffoldFile', () => {
  it.each([
    ['skaffold.yaml', true],
    ['k8s/skaffold.yml', true],
    ['skaffold-dev.yaml', false],
    ['skaffold.json', false]
  ])('%s -> %s', (path, yes) => {
    expect(isSkaffoldFile(path)).toBe(yes)
    expect(skaffoldReader.wants(path)).toBe(yes)
  })
})

describe('artifacts', () => {
  const text = [
    'apiVersion: skaffold/v4beta6',
    'kind: Config',
    'build:',
    '  artifacts:',
    '    - image: ghcr.io/o/api',
    '      context: ../services/api',
    '      docker:',
    '        dockerfile: docker/Dockerfile',
    '    - image: web',
    '    - image: kan',
    '      context: kan',
    '      kaniko:',
    '        dockerfile: K.Dockerfile',
    'profiles:',
    '  - name: dev',
    '    build:',
    '      artifacts:',
    '        - image: ghcr.io/o/api',
    '          context: ../services/api',
    '          docker:',
    '            dockerfile: Dockerfile.dev',
    '---',
    'apiVersion: skaffold/v4beta6',
    'kind: Config',
    'build:',
    '  artifacts:',
    '    - image: second',
    '      context: ./x/'
  ].join('\n')

  it('reads every artifact, of every profile and document, relative to the file', () => {
    const r = read({ 'deploy/skaffold.yaml': text })
    expect(r.warnings).toEqual([])
    expect(r.builds.map((b) => [b.names, b.context, b.dockerfile, b.line, b.unresolved])).toEqual([
      [['ghcr.io/o/api'], 'services/api', 'services/api/docker/Dockerfile', 5, []],
      [['web'], 'deploy', undefined, 9, []],
      [['kan'], 'deploy/kan', 'deploy/kan/K.Dockerfile', 10, []],
      [['ghcr.io/o/api'], 'services/api', 'services/api/Dockerfile.dev', 18, []],
      [['second'], 'deploy/x', undefined, 27, []]
    ])
    expect(r.builds[0]?.what).toBe('skaffold artifact ghcr.io/o/api (deploy/skaffold.yaml line 5)')
    expect(r.builds[3]?.what).toBe(
      'skaffold artifact ghcr.io/o/api of profile dev (deploy/skaffold.yaml line 18)'
    )
  })

  it.each([
    ['jib: {}', 'built by jib, not a Dockerfile'],
    ['jib:\n        project: app', 'built by jib, not a Dockerfile'],
    ['buildpacks:\n        builder: b', 'built by Cloud Native Buildpacks, not a Dockerfile'],
    ['bazel:\n        target: //:x.tar', 'built by Bazel, not a Dockerfile'],
    ['ko: {}', 'built by ko, not a Dockerfile'],
    ['custom:\n        buildCommand: ./b.sh', 'built by a custom script, not a Dockerfile']
  ])('lists an artifact with %s without a Dockerfile', (builder, why) => {
    const r = read({
      'skaffold.yaml': `build:\n  artifacts:\n    - image: j\n      context: app\n      ${builder}\n`
    })
    expect(r.builds).toEqual([
      {
        names: ['j'],
        context: 'app',
        file: 'skaffold.yaml',
        line: 3,
        what: 'skaffold artifact j (skaffold.yaml line 3)',
        extraFiles: [],
        unresolved: [why]
      }
    ])
  })

  it.each([
    ['context: "{{.DIR}}"', 'context {{.DIR}} is a template'],
    ['context: ../..', 'context ../.. leaves the repository'],
    ['context: /abs', 'context /abs is an absolute path'],
    [
      'docker:\n        dockerfile: /abs/Dockerfile',
      'dockerfile /abs/Dockerfile is an absolute path'
    ],
    ['docker:\n        dockerfile: "{{.DF}}"', 'dockerfile {{.DF}} is a template']
  ])('leaves %s unresolved', (field, why) => {
    const r = read({ 'a/skaffold.yaml': `build:\n  artifacts:\n    - image: x\n      ${field}\n` })
    expect(r.builds[0]?.unresolved).toEqual([why])
  })

  it('skips entries that are not mappings, and files without a build', () => {
    const r = read({
      'skaffold.yaml': 'build:\n  artifacts:\n    - just-a-string\n    - null\n',
      'b/skaffold.yaml': 'apiVersion: v\nkind: Config\n'
    })
    expect(r).toEqual({ builds: [], warnings: [] })
  })

  it('names an artifact without an image', () => {
    const r = read({ 'skaffold.yaml': 'build:\n  artifacts:\n    - context: x\n' })
    expect(r.builds[0]).toMatchObject({
      names: [],
      what: 'skaffold artifact (no image) (skaffold.yaml line 3)'
    })
  })

  it('warns about invalid YAML and reads nothing of that file', () => {
    const r = read({ 'skaffold.yaml': 'build:\n  artifacts:\n    - image: a\n   bad: [\n' })
    expect(r.builds).toEqual([])
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toMatch(
      /^skaffold\.yaml: not valid YAML \(line \d+\); its builds are not read$/
    )
  })
})
