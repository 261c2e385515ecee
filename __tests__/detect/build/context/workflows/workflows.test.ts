// Workflows: docker/build-push-action steps (Git context by default, `file` from the
// repository root) and docker/podman/buildah builds in run scripts (paths from the working
// directory), with literal job matrices expanded and literal env values substituted.
import { describe, expect, it } from '@jest/globals'
import { expandMatrix } from '../../../../../src/detect/build/context/workflows/matrix.js'
import { buildCommand } from '../../../../../src/detect/build/context/workflows/build-command.js'
import { shellCommands } from '../../../../../src/detect/build/context/workflows/shell.js'
import type { DeclaredBuild } from '../../../../../src/detect/build/context/types.js'
import {
  isWorkflowFile,
  workflowsReader
} from '../../../../../src/detect/build/context/workflows/workflows.js'
import { treeOf } from '../../../../../test-support/tree.js'

const WF = '.github/workflows/publish.yml'
const read = (files: Record<string, string>) => workflowsReader.builds(treeOf(files))
const indent = (text: string, n: number): string =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(n) + l))
    .join('\n')
/** A workflow with one job running these steps (YAML, written at column 0). */
const job = (steps: string, jobExtra = '', top = ''): string =>
  `on: push\n${top}jobs:\n  build:\n    runs-on: ubuntu-latest\n${indent(jobExtra, 4)}${jobExtra ? '\n' : ''}    steps:\n${indent(steps, 6)}\n`
const builds = (steps: string, jobExtra = '', top = '', more: Record<string, string> = {}) =>
  read({ [WF]: job(steps, jobExtra, top), ...more }).builds
const pick = (b: readonly DeclaredBuild[]) =>
  b.map((x) => ({
    context: x.context,
    dockerfile: x.dockerfile,
    names: x.names,
    unresolved: x.unresolved
  }))

describe('isWorkflowFile', () => {
  it.each([
    ['.github/workflows/ci.yml', true],
    ['.github/workflows/ci.yaml', true],
    ['.github/workflows/sub/ci.yml', false],
    ['.github/actions/build/action.yml', false],
    ['x/.github/workflows/ci.yml', false]
  ])('%s -> %s', (path, yes) => {
    expect(isWorkflowFile(path)).toBe(yes)
    expect(workflowsReader.wants(path)).toBe(yes)
  })
})

describe('docker/build-push-action', () => {
  it('reads context, file and tags (lines and commas), with the line of uses', () => {
    const b = builds(
      '- uses: actions/checkout@v4\n- name: Build\n  uses: docker/build-push-action@v6\n  with:\n    context: ./services/api/\n    file: services/api/docker/Dockerfile\n    tags: |\n      ghcr.io/o/api:latest\n      ghcr.io/o/api:1, o/api:2\n'
    )
    expect(b).toEqual([
      {
        names: ['ghcr.io/o/api:latest', 'ghcr.io/o/api:1', 'o/api:2'],
        context: 'services/api',
        dockerfile: 'services/api/docker/Dockerfile',
        file: WF,
        line: 8,
        what: `workflow step docker/build-push-action (${WF} line 8)`,
        extraFiles: [],
        unresolved: []
      }
    ])
  })

  it('defaults to the Git context: the repository root and its Dockerfile', () => {
    expect(pick(builds('- uses: docker/build-push-action@v6\n  with:\n    push: true\n'))).toEqual([
      { context: '', dockerfile: undefined, names: [], unresolved: [] }
    ])
    expect(pick(builds('- uses: docker/build-push-action@v6\n'))[0]?.context).toBe('')
  })

  it('reads a subfolder of the Git context, the file relative to it', () => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  with:\n    context: "{{defaultContext}}:services/api"\n    file: docker/Dockerfile\n'
    )
    expect(pick(b)).toEqual([
      {
        context: 'services/api',
        dockerfile: 'services/api/docker/Dockerfile',
        names: [],
        unresolved: []
      }
    ])
  })

  it('takes file relative to the repository root for a path context, and ignores working-directory', () => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  working-directory: nope\n  with:\n    context: app\n    file: ./ops/app.Dockerfile\n',
      'defaults:\n  run:\n    working-directory: also-nope'
    )
    expect(pick(b)[0]).toMatchObject({ context: 'app', dockerfile: 'ops/app.Dockerfile' })
  })

  it('reads github.workspace as the repository root and env values', () => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  env:\n    DF: app.Dockerfile\n  with:\n    context: ${{ github.workspace }}/app\n    file: ${{ github.workspace }}/ops/${{ env.DF }}\n    tags: ${{ env.IMG }}:1\n',
      '',
      'env:\n  IMG: ghcr.io/o/app\n'
    )
    expect(pick(b)).toEqual([
      {
        context: 'app',
        dockerfile: 'ops/app.Dockerfile',
        names: ['ghcr.io/o/app:1'],
        unresolved: []
      }
    ])
  })

  it('names the images of a docker/metadata-action step whose tags it uses', () => {
    const b = builds(
      '- id: meta\n  uses: docker/metadata-action@v5\n  with:\n    images: |\n      ghcr.io/o/api\n      name=docker.io/o/api,enable=true\n- uses: docker/build-push-action@v6\n  with:\n    context: api\n    tags: ${{ steps.meta.outputs.tags }}\n'
    )
    expect(b[0]?.names).toEqual(['ghcr.io/o/api', 'docker.io/o/api'])
  })

  it.each([
    [
      'context: ${{ inputs.dir }}',
      'context ${{ inputs.dir }} uses ${{ inputs.dir }}, an expression'
    ],
    ['context: ${{ env.NOPE }}/x', 'context ${{ env.NOPE }}/x uses ${{ env.NOPE }}, an expression'],
    [
      'context: ${{ matrix.app }}',
      'context ${{ matrix.app }} uses ${{ matrix.app }}, and the job has no matrix'
    ],
    [
      'context: https://github.com/o/r.git#main',
      'context https://github.com/o/r.git#main is a remote (URL or git) context'
    ],
    ['context: ../x', 'context ../x leaves the repository'],
    ['context: ${{ x', 'context ${{ x uses an unterminated expression ${{ x']
  ])('leaves %s unresolved', (w, why) => {
    const b = builds(`- uses: docker/build-push-action@v6\n  with:\n    ${w}\n`)
    expect(pick(b)).toEqual([
      { context: undefined, dockerfile: undefined, names: [], unresolved: [why] }
    ])
  })

  it('keeps tags it cannot expand as written', () => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  with:\n    tags: o/x:${{ github.sha }}\n'
    )
    expect(b[0]?.names).toEqual(['o/x:${{ github.sha }}'])
  })
})

describe('matrix', () => {
  it('expands a literal matrix, one build per combination the step uses', () => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  with:\n    context: services/${{ matrix.app }}\n    tags: o/${{ matrix.app }}:1\n',
      'strategy:\n  matrix:\n    app: [api, web]\n    os: [a, b]'
    )
    expect(b.map((x) => [x.context, x.names, x.what])).toEqual([
      [
        'services/api',
        ['o/api:1'],
        `workflow step docker/build-push-action with matrix app=api (${WF} line 10)`
      ],
      [
        'services/web',
        ['o/web:1'],
        `workflow step docker/build-push-action with matrix app=web (${WF} line 10)`
      ]
    ])
  })

  it('reads include entries and object values', () => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  with:\n    context: ${{ matrix.svc.dir }}\n',
      'strategy:\n  matrix:\n    svc:\n      - { dir: a }\n    include:\n      - svc: { dir: b }'
    )
    expect(b.map((x) => x.context)).toEqual(['a', 'b'])
  })

  it('is one build for a step that does not use the matrix', () => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  with:\n    context: x\n',
      'strategy:\n  matrix:\n    n: [1, 2, 3]'
    )
    expect(b.map((x) => x.what)).toEqual([`workflow step docker/build-push-action (${WF} line 9)`])
  })

  it.each([
    ['strategy:\n  matrix: ${{ fromJSON(needs.a.outputs.m) }}', 'the job matrix is an expression'],
    ['strategy:\n  matrix:\n    app: ${{ fromJSON(x) }}', 'matrix.app is an expression'],
    [
      'strategy:\n  matrix:\n    a: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]\n    app: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]',
      'the job matrix has more than 256 combinations'
    ]
  ])('leaves it unresolved when %s', (strategy, why) => {
    const b = builds(
      '- uses: docker/build-push-action@v6\n  with:\n    context: ${{ matrix.app }}\n',
      strategy
    )
    expect(b[0]?.unresolved).toEqual([
      `context \${{ matrix.app }} uses \${{ matrix.app }}, and ${why}`
    ])
  })

  it("follows GitHub's include and exclude rules", () => {
    const r = expandMatrix({
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' }
      ]
    })
    expect(r).toEqual({
      combos: [
        { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
        { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
        { fruit: 'pear', animal: 'cat', color: 'pink' },
        { fruit: 'pear', animal: 'dog', color: 'green' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' }
      ]
    })
    expect(expandMatrix({ a: [1, 2], b: ['x', 'y'], exclude: [{ a: '1', b: 'y' }] })).toEqual({
      combos: [
        { a: 1, b: 'x' },
        { a: 2, b: 'x' },
        { a: 2, b: 'y' }
      ]
    })
    expect(expandMatrix({ include: [{ a: 1 }, { a: 2 }] })).toEqual({
      combos: [{ a: 1 }, { a: 2 }]
    })
    expect(expandMatrix([1])).toEqual({ why: 'the job matrix is not a mapping' })
    expect(expandMatrix({ a: 'x' })).toEqual({ why: 'matrix.a is not a list' })
    expect(expandMatrix({ include: 'x' })).toEqual({ why: 'matrix.include is not a list' })
    expect(expandMatrix({ include: [1] })).toEqual({
      why: 'an entry of matrix.include is not a mapping'
    })
  })
})

describe('run scripts', () => {
  it.each([
    [
      'docker build -t o/api:1 -f services/api/Dockerfile .',
      '',
      'services/api/Dockerfile',
      ['o/api:1']
    ],
    [
      'docker buildx build --push --platform linux/amd64 --tag=o/api --file=D services/api',
      'services/api',
      'D',
      ['o/api']
    ],
    ['docker image build services/api', 'services/api', undefined, []],
    [
      'sudo DOCKER_BUILDKIT=1 docker build --build-arg A=1 --label x=y --no-cache services/api',
      'services/api',
      undefined,
      []
    ],
    ['podman build -t x -f Containerfile ctx', 'ctx', 'Containerfile', ['x']],
    ['buildah bud -t x ctx', 'ctx', undefined, ['x']],
    ['docker build -fD.x -tname .', '', 'D.x', ['name']],
    ['docker build \'services/a b\' -t "o/x"', 'services/a b', undefined, ['o/x']],
    ['/usr/bin/docker --context remote build -- .', '', undefined, []]
  ])('%s', (cmd, context, dockerfile, names) => {
    const b = builds(`- run: ${JSON.stringify(cmd)}\n`)
    expect(pick(b)).toEqual([{ context, dockerfile, names, unresolved: [] }])
  })

  it('reads continuations, several commands, the line of each, and skips other commands', () => {
    const script = [
      'echo docker build nothing',
      'docker build \\',
      '  -t o/a:1 \\',
      '  a && docker build -t o/b b; docker push o/a:1',
      '# docker build commented',
      'docker build c > build.log 2>&1 | tee x',
      'docker run --rm x build .'
    ].join('\n')
    const b = builds(`- name: b\n  run: |\n${indent(script, 4)}\n`)
    expect(b.map((x) => [x.context, x.names, x.line, x.what])).toEqual([
      ['a', ['o/a:1'], 9, `workflow step docker build (${WF} line 9)`],
      ['b', ['o/b'], 11, `workflow step docker build (${WF} line 11)`],
      ['c', [], 13, `workflow step docker build (${WF} line 13)`]
    ])
  })

  it('resolves paths from the working directory: step, job default, workflow default', () => {
    const steps =
      '- run: docker build -f docker/Dockerfile .\n  working-directory: ./services/api\n- run: docker build ..\n'
    expect(pick(builds(steps))).toEqual([
      {
        context: 'services/api',
        dockerfile: 'services/api/docker/Dockerfile',
        names: [],
        unresolved: []
      },
      {
        context: undefined,
        dockerfile: undefined,
        names: [],
        unresolved: ['context .. leaves the repository']
      }
    ])
    expect(
      builds('- run: docker build .\n', 'defaults:\n  run:\n    working-directory: jobdir')[0]
        ?.context
    ).toBe('jobdir')
    expect(
      builds('- run: docker build .\n', '', 'defaults:\n  run:\n    working-directory: wfdir\n')[0]
        ?.context
    ).toBe('wfdir')
  })

  it('follows cd in the script', () => {
    const b = builds(
      '- run: |\n    cd services\n    cd api && docker build -f ../Dockerfile.base .\n    cd "$X"\n    docker build .\n'
    )
    expect(pick(b)).toEqual([
      {
        context: 'services/api',
        dockerfile: 'services/Dockerfile.base',
        names: [],
        unresolved: []
      },
      {
        context: undefined,
        dockerfile: undefined,
        names: [],
        unresolved: ['the command runs after cd $X, a folder that is not known']
      }
    ])
  })

  it('substitutes env values, $GITHUB_WORKSPACE and the matrix', () => {
    const b = builds(
      '- run: docker build -t "$IMG:${{ matrix.app }}" -f "$GITHUB_WORKSPACE/ops/Dockerfile" "services/${{ matrix.app }}"\n  env:\n    IMG: o/img\n',
      'strategy:\n  matrix:\n    app: [api]'
    )
    expect(pick(b)).toEqual([
      {
        context: 'services/api',
        dockerfile: 'ops/Dockerfile',
        names: ['o/img:api'],
        unresolved: []
      }
    ])
  })

  it('uses a Containerfile for podman when the context holds one', () => {
    const b = builds('- run: podman build app\n', '', '', { 'app/Containerfile': 'FROM x' })
    expect(b[0]?.dockerfile).toBe('app/Containerfile')
  })

  it.each([
    ['docker build -t o/x "$DIR"', 'context $DIR uses a shell variable or command'],
    ['docker build $(pwd)', 'context $(pwd) uses a shell variable or command'],
    ['docker build - < Dockerfile', 'context - is read from standard input'],
    ['docker build -f - .', 'file - is read from standard input'],
    [
      'docker build https://github.com/o/r.git',
      'context https://github.com/o/r.git is a remote (URL or git) context'
    ],
    [
      'docker build --build-context lib=../lib .',
      'named context lib=../lib is read by the build too'
    ],
    ['docker build -t x', 'the command names no context'],
    [
      'docker build ${{ inputs.ctx }}',
      'context ${{ inputs.ctx }} uses ${{ inputs.ctx }}, an expression'
    ]
  ])('%s -> unresolved', (cmd, why) => {
    expect(builds(`- run: ${JSON.stringify(cmd)}\n`)[0]?.unresolved).toEqual([why])
  })

  it('keeps literal dollars of single quotes', () => {
    expect(builds("- run: docker build 'a$b'\n")[0]?.context).toBe('a$b')
  })

  it('skips docker build --help', () => {
    expect(builds('- run: docker build --help\n')).toEqual([])
  })

  it('shell words and commands', () => {
    expect(shellCommands('a "b c" d\\\ne; f|g && h').map((c) => c.map((w) => w.text))).toEqual([
      ['a', 'b c', 'de'],
      ['f'],
      ['g'],
      ['h']
    ])
    expect(buildCommand(shellCommands('docker push x')[0] ?? [])).toBeUndefined()
    expect(buildCommand([])).toBeUndefined()
  })
})

describe('malformed workflows', () => {
  it('warns and reads nothing of that file', () => {
    const r = read({
      [WF]: 'on: push\njobs:\n  a:\n    steps: [\n',
      '.github/workflows/ok.yml': job('- run: docker build .\n')
    })
    expect(r.warnings).toEqual([`${WF}: not valid YAML (line 5); its builds are not read`])
    expect(r.builds).toHaveLength(1)
  })

  it.each([
    'jobs: 1',
    'jobs:\n  a: 1',
    'jobs:\n  a:\n    steps: 3',
    'jobs:\n  a:\n    steps:\n      - run: [1]\n      - uses: 3',
    ''
  ])('does not throw on %j', (text) => {
    expect(read({ [WF]: text }).builds).toEqual([])
  })
})
