// `run` steps that build: the folder each command runs in (working-directory, cd, pushd and
// popd, subshells), GitHub expressions and shell variables in its words, the tags kept as
// written when they cannot be expanded, and podman's Containerfile.
import { describe, expect, it } from '@jest/globals'
import type { DeclaredBuild } from '../../../../../src/detect/build/context/types.js'
import { workflowsReader } from '../../../../../src/detect/build/context/workflows/workflows.js'
import { LINEAR, growth } from '../../../../../test-support/growth.js'
import { treeOf } from '../../../../../test-support/tree.js'

const WF = '.github/workflows/publish.yml'
const indent = (text: string, n: number): string =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(n) + l))
    .join('\n')
/** A workflow whose one job runs this script in one step (the step's keys and the job's after it). */
const workflow = (script: string, step = '', job = ''): string =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${indent(job, 4)}${job ? '\n' : ''}    steps:\n      - run: |\n${indent(script, 10)}\n${indent(step, 8)}\n`
const builds = (script: string, step = '', job = '', files: Record<string, string> = {}) =>
  workflowsReader.builds(treeOf({ [WF]: workflow(script, step, job), ...files })).builds
const pick = (b: readonly DeclaredBuild[]) =>
  b.map((x) => ({
    context: x.context,
    dockerfile: x.dockerfile,
    names: x.names,
    unresolved: x.unresolved
  }))
const contexts = (script: string, step = '', job = '') =>
  builds(script, step, job).map((b) => b.context ?? b.unresolved)

describe('the folder a command runs in', () => {
  it.each([
    ['cd $GITHUB_WORKSPACE/app && docker build .', 'working-directory: x', 'app'],
    ['cd "${GITHUB_WORKSPACE}" && cd app && docker build .', 'working-directory: x', 'app'],
    ['cd ../b && docker build .', 'working-directory: a', 'b'],
    ['pushd services/api && docker build .', '', 'services/api'],
    ['if cd app; then docker build .; fi', '', 'app'],
    ['for x in 1; do cd app && docker build .; done', '', 'app'],
    ['{ cd app; docker build .; }', '', 'app'],
    ['[ -d app ] && cd app && docker build .', '', 'app'],
    ['cd app || exit 1\ndocker build .', '', 'app'],
    ['(test -d x && cd x)\ndocker build app', '', 'app'],
    ['if true; then pushd x; popd; fi\ndocker build app', '', 'app']
  ])('%s (%s) -> %s', (script, step, context) => {
    expect(contexts(script, step)).toEqual([context])
  })

  // A cd the script may or may not make leaves the folder unknown from there: never a guess.
  const IN_LIST =
    'the command runs after a cd that may not have run (after &&, || or in a pipeline), a folder that is not known'
  const COMPOUND =
    'the command runs after a cd that may not have run (inside an if, a loop or a case), a folder that is not known'
  it.each([
    ['[ -d app ] && cd app; docker build .', [[IN_LIST]]],
    ['test -n "$CI" || cd app\ndocker build .', [[IN_LIST]]],
    ['cd app | tee log\ndocker build .', [[IN_LIST]]],
    ['echo x | cd app; docker build .', [[IN_LIST]]],
    ['case "$x" in\n  a) cd a;;\nesac\ndocker build .', [[COMPOUND]]],
    ['case "$x" in\n  a) cd a; docker build .;;\n  b) docker build .;;\nesac', ['a', '']],
    [
      'if [ -d a ]; then cd a; docker build .; elif true; then docker build b; else cd c; fi\ndocker build d',
      ['a', 'b', [COMPOUND]]
    ],
    ['for d in a b; do cd x; done\ndocker build .', [[COMPOUND]]],
    ['while false; do cd x && docker build .; done; docker build y', ['x', [COMPOUND]]]
  ])('%s -> %j', (script, expected) => {
    expect(contexts(script)).toEqual(expected)
  })

  it('goes back at the end of a subshell', () => {
    expect(
      pick(
        builds(
          '(cd services/api && docker build -t api .)\ndocker build -t web -f services/web/Dockerfile .\n(cd a; (cd b); docker build x)'
        )
      )
    ).toEqual([
      { context: 'services/api', dockerfile: undefined, names: ['api'], unresolved: [] },
      { context: '', dockerfile: 'services/web/Dockerfile', names: ['web'], unresolved: [] },
      { context: 'a/x', dockerfile: undefined, names: [], unresolved: [] }
    ])
  })

  it('goes back to the folder of the last pushd at popd', () => {
    expect(
      contexts(
        'pushd a\n  pushd b\n    docker build .\n  popd\n  docker build .\npopd\ndocker build .\npopd\ndocker build x'
      )
    ).toEqual(['a/b', 'a', '', 'x'])
  })

  it.each([
    ['cd', 'the command runs after cd, a folder that is not known'],
    ['cd -', 'the command runs after cd -, a folder that is not known'],
    ['cd -P services', 'the command runs after cd -P, a folder that is not known'],
    ['pushd "$DIR"', 'the command runs after pushd $DIR, a folder that is not known'],
    ['cd "$X"; cd sub', 'the command runs after cd sub, a folder that is not known'],
    ['cd ..', 'the command runs after cd .., not a folder of the repository'],
    [
      "cd '${{ inputs.dir }}'",
      'the command runs after cd ${{ inputs.dir }}, a folder that is not known'
    ],
    // A `${{` the shell's quotes keep from GitHub is a literal, and not a folder to follow.
    ["cd '$'{{x}}", 'the command runs after cd ${{x}}'],
    [
      'cd a/a/…/a (4,098 characters)',
      'the command runs after cd into a path of more than 4096 characters'
    ]
  ])('after %s the folder is not known', (cd, why) => {
    const script = cd.replace(/^cd a\/a\/.*/, `cd ${'a/'.repeat(2049)}`)
    expect(pick(builds(`${script}\ndocker build -f Dockerfile .`))).toEqual([
      { context: undefined, dockerfile: undefined, names: [], unresolved: [why] }
    ])
  })

  it('a wrapper that runs the build in another folder leaves the folder unknown', () => {
    expect(
      pick(builds('env -C services/api docker build -f Dockerfile .\nsudo -u ci docker build web'))
    ).toEqual([
      {
        context: undefined,
        dockerfile: undefined,
        names: [],
        unresolved: ['the command runs after env -C services/api']
      },
      { context: 'web', dockerfile: undefined, names: [], unresolved: [] }
    ])
  })

  it('still reads paths from the workspace, and standard input, when the folder is not known', () => {
    expect(
      pick(
        builds(
          'cd "$X"\ndocker build -f $GITHUB_WORKSPACE/ops/D $GITHUB_WORKSPACE/app\ndocker build -f - -'
        )
      )
    ).toEqual([
      {
        context: 'app',
        dockerfile: 'ops/D',
        names: [],
        unresolved: ['the command runs after cd $X, a folder that is not known']
      },
      {
        context: undefined,
        dockerfile: undefined,
        names: [],
        unresolved: [
          'the command runs after cd $X, a folder that is not known',
          'context - is read from standard input',
          'file - is read from standard input'
        ]
      }
    ])
  })
})

describe('working-directory', () => {
  it.each([
    [
      'working-directory: ${{ inputs.wd }}',
      'working-directory ${{ inputs.wd }} uses ${{ inputs.wd }}, an expression'
    ],
    ['working-directory: ../out', 'working-directory ../out is not a folder of the repository'],
    ['working-directory: /srv/app', 'working-directory /srv/app is not a folder of the repository']
  ])('%s leaves the context unresolved', (step, why) => {
    expect(pick(builds('docker build -f D .', step))).toEqual([
      { context: undefined, dockerfile: undefined, names: [], unresolved: [why] }
    ])
  })

  it('reads the workspace, env values and the matrix in it', () => {
    expect(
      contexts(
        'docker build .',
        'working-directory: ${{ github.workspace }}/services/${{ matrix.app }}/${{ env.SUB }}\nenv:\n  SUB: src',
        'strategy:\n  matrix:\n    app: [api, web]'
      )
    ).toEqual(['services/api/src', 'services/web/src'])
    expect(contexts('docker build .', 'working-directory: ${{ github.workspace }}')).toEqual([''])
  })

  it('names the workspace path of a context after an unknown working-directory', () => {
    expect(pick(builds('docker build $GITHUB_WORKSPACE', 'working-directory: ../x'))).toEqual([
      {
        context: '',
        dockerfile: undefined,
        names: [],
        unresolved: ['working-directory ../x is not a folder of the repository']
      }
    ])
  })
})

describe('words of the command', () => {
  it('expands GitHub expressions in any shell quotes, as GitHub does before the shell runs', () => {
    expect(
      pick(
        builds(
          "docker build -t '${{ env.IMG }}:${{ matrix.app }}' '${{ matrix.app }}'\ndocker build \\${{ inputs.ctx }}",
          'env:\n  IMG: o/img',
          'strategy:\n  matrix:\n    app: [api]'
        )
      )
    ).toEqual([
      { context: 'api', dockerfile: undefined, names: ['o/img:api'], unresolved: [] },
      {
        context: undefined,
        dockerfile: undefined,
        names: [],
        unresolved: ['context ${{ inputs.ctx }} uses ${{ inputs.ctx }}, an expression']
      }
    ])
  })

  it('keeps a tag it cannot expand as written', () => {
    expect(
      builds(
        'docker build -t ${{ inputs.tag }} -t "$UNSET:1" -t $GITHUB_WORKSPACE/x -t \'o/$lit\' .'
      )[0]?.names
    ).toEqual(['${{ inputs.tag }}', '$UNSET:1', '$GITHUB_WORKSPACE/x', 'o/$lit'])
  })

  it.each([
    ['docker build -f "$DF" .', 'file $DF uses a shell variable or command'],
    ['docker build -f `which D` .', 'file `which D` uses a shell variable or command'],
    [
      'docker build -f ${{ inputs.df }} .',
      'file ${{ inputs.df }} uses ${{ inputs.df }}, an expression'
    ]
  ])('%s: the file is unresolved, the context read', (script, why) => {
    expect(pick(builds(script))).toEqual([
      { context: '', dockerfile: undefined, names: [], unresolved: [why] }
    ])
  })
})

describe('podman and buildah', () => {
  const files = { Containerfile: 'FROM x', 'app/Containerfile': 'FROM x', 'web/Dockerfile': 'x' }
  it.each([
    ['podman build .', 'Containerfile'],
    ['buildah bud app', 'app/Containerfile'],
    ['podman build web', undefined],
    ['docker build app', undefined],
    ['podman build -f web/Dockerfile app', 'web/Dockerfile']
  ])('%s uses the Dockerfile %s', (script, dockerfile) => {
    expect(builds(script, '', '', files)[0]?.dockerfile).toBe(dockerfile)
  })

  it('looks for no Containerfile in a context it cannot resolve', () => {
    expect(pick(builds('podman build "$CTX"', '', '', files))).toEqual([
      {
        context: undefined,
        dockerfile: undefined,
        names: [],
        unresolved: ['context $CTX uses a shell variable or command']
      }
    ])
  })
})

describe('linear growth', () => {
  // Each builds the root: the folder's path grows (`a/../a/..`), the builds do not.
  it.each([
    ['cd into a folder and out again', 'cd a; cd ..; docker build .\n'],
    ['pushd without popd', 'pushd a; cd ..; docker build .\n'],
    ['unclosed subshells', '(cd a; cd ..; docker build .\n']
  ])('%s, many times', (_, line) => {
    const read = (text: string) => workflowsReader.builds(treeOf({ [WF]: text }))
    const r = growth((n) => workflow(line.repeat(n)), read, 300)
    expect(r).toBeLessThan(LINEAR)
  })
})
