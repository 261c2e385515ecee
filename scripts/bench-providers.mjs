#!/usr/bin/env node
// The cost of the build-system providers (Maven, JavaScript workspaces, Go, Python): input
// derivation (`inputsReport`: one ls-tree, one cat-file batch, resolveInputs) and detectChanges
// on a generated repository that uses a provider, against the same repository without its build
// files (then every image falls back to its folder). Optional, apart from `npm run bench`:
//
//   node scripts/bench-providers.mjs [--kinds maven,js,go,python] [--images 200] [--reps 11]
//
// Each figure is the median of the runs (min and max in brackets); the two repositories are run
// round robin, so a burst of load elsewhere hits both alike.
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TMP = join(ROOT, '.tmp/bench-providers')

const { values } = parseArgs({
  options: {
    kinds: { type: 'string', default: 'maven,js,go,python' },
    images: { type: 'string', default: '200' },
    libs: { type: 'string', default: '40' },
    reps: { type: 'string', default: '11' },
    help: { type: 'boolean', default: false }
  }
})
if (values.help) {
  console.log(
    'node scripts/bench-providers.mjs [--kinds maven,js,go,python] [--images 200] [--libs 40] [--reps 11]'
  )
  process.exit(0)
}
const IMAGES = Number(values.images)
const LIBS = Number(values.libs)
const REPS = Number(values.reps)

const git = (cwd, args) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}

const pom = (body) =>
  `<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n${body}\n</project>\n`
const lib = (k) => `lib-${k % LIBS}`

/** The files of a repository of `kind`: build file path -> text, and other files. */
function layout(kind) {
  const build = {}
  const other = {}
  const svc = (i) => `services/svc-${i}`
  const ext = { maven: 'java', js: 'ts', go: 'go', python: 'py' }[kind]
  for (let k = 0; k < LIBS; k++) {
    const d = `libs/lib-${k}`
    for (let f = 0; f < 10; f++) other[`${d}/src/main/${ext}/F${f}.${ext}`] = `// ${k} ${f}\n`
    for (let f = 0; f < 3; f++) other[`${d}/src/test/${ext}/T${f}.${ext}`] = `// ${k} ${f}\n`
  }
  for (let i = 0; i < IMAGES; i++) {
    const d = svc(i)
    for (let f = 0; f < 15; f++) other[`${d}/src/main/${ext}/F${f}.${ext}`] = `// ${i} ${f}\n`
    for (let f = 0; f < 5; f++) other[`${d}/src/test/${ext}/T${f}.${ext}`] = `// ${i} ${f}\n`
    other[`${d}/README.md`] = `# svc-${i}\n`
    other[`${d}/Dockerfile`] = 'FROM scratch\nCOPY out/app /app\n'
  }
  for (let f = 0; f < 50; f++) other[`docs/page-${f}.md`] = `# ${f}\n`
  if (kind === 'maven') {
    const modules = [
      ...Array.from({ length: LIBS }, (_, k) => `libs/lib-${k}`),
      ...Array.from({ length: IMAGES }, (_, i) => svc(i))
    ]
    build['pom.xml'] = pom(
      [
        '  <groupId>org.example.bench</groupId><artifactId>bench</artifactId><version>${revision}</version>',
        '  <packaging>pom</packaging><properties><revision>1.0</revision></properties>',
        `  <modules>${modules.map((m) => `<module>${m}</module>`).join('')}</modules>`
      ].join('\n')
    )
    const parent =
      '  <parent><groupId>org.example.bench</groupId><artifactId>bench</artifactId><version>${revision}</version><relativePath>../../pom.xml</relativePath></parent>'
    const dep = (a, scope = '') =>
      `<dependency><groupId>org.example.bench</groupId><artifactId>${a}</artifactId>${scope}</dependency>`
    for (let k = 0; k < LIBS; k++)
      build[`libs/lib-${k}/pom.xml`] = pom(
        `${parent}\n  <artifactId>lib-${k}</artifactId>\n  <dependencies>${k + 1 < LIBS && k % 5 !== 4 ? dep(lib(k + 1)) : ''}</dependencies>`
      )
    for (let i = 0; i < IMAGES; i++)
      build[`${svc(i)}/pom.xml`] = pom(
        `${parent}\n  <artifactId>svc-${i}</artifactId>\n  <dependencies>${dep(lib(i))}${dep(lib(i + 7), '<scope>test</scope>')}</dependencies>`
      )
  } else if (kind === 'js') {
    build['package.json'] = JSON.stringify({ private: true, workspaces: ['services/*', 'libs/*'] })
    build['tsconfig.base.json'] = '{ "compilerOptions": { "strict": true } }\n'
    other['yarn.lock'] = '# lock\n'
    for (let k = 0; k < LIBS; k++)
      build[`libs/lib-${k}/package.json`] = JSON.stringify({
        name: `@bench/lib-${k}`,
        version: '1.0.0',
        dependencies: k + 1 < LIBS && k % 5 !== 4 ? { [`@bench/${lib(k + 1)}`]: 'workspace:*' } : {}
      })
    for (let i = 0; i < IMAGES; i++) {
      build[`${svc(i)}/package.json`] = JSON.stringify({
        name: `@bench/svc-${i}`,
        scripts: { build: 'tsc' },
        dependencies: { [`@bench/${lib(i)}`]: 'workspace:*' }
      })
      build[`${svc(i)}/tsconfig.json`] = '{ "extends": "../../tsconfig.base.json" }\n'
    }
  } else if (kind === 'go') {
    for (let k = 0; k < LIBS; k++)
      build[`libs/lib-${k}/go.mod`] = `module example.org/bench/lib-${k}\n\ngo 1.22\n`
    for (let i = 0; i < IMAGES; i++) {
      build[`${svc(i)}/go.mod`] =
        `module example.org/bench/svc-${i}\n\ngo 1.22\n\nrequire example.org/bench/${lib(i)} v0.0.0\n\nreplace example.org/bench/${lib(i)} => ../../libs/${lib(i)}\n`
      other[`${svc(i)}/go.sum`] = ''
    }
  } else if (kind === 'python') {
    build['pyproject.toml'] =
      '[project]\nname = "bench"\nversion = "0"\n\n[tool.uv.workspace]\nmembers = ["services/*", "libs/*"]\n'
    other['uv.lock'] = 'version = 1\n'
    for (let k = 0; k < LIBS; k++)
      build[`libs/lib-${k}/pyproject.toml`] = `[project]\nname = "lib-${k}"\nversion = "1"\n`
    for (let i = 0; i < IMAGES; i++)
      build[`${svc(i)}/pyproject.toml`] =
        `[project]\nname = "svc-${i}"\nversion = "1"\ndependencies = ["${lib(i)}"]\n\n[tool.uv.sources]\n${lib(i)} = { workspace = true }\n`
  }
  return { build, other }
}

function writeAll(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** A repository with (or without) the build files: a tagged base, then a commit of 4 changes. */
function makeRepo(kind, withBuild) {
  const dir = join(TMP, `${kind}-${withBuild ? 'with' : 'without'}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  git(dir, ['init', '-q', '-b', 'main'])
  git(dir, ['config', 'user.email', 'bench@example.org'])
  git(dir, ['config', 'user.name', 'bench'])
  const { build, other } = layout(kind)
  const names = Array.from({ length: IMAGES }, (_, i) => `svc-${i}`)
  writeAll(dir, {
    ...other,
    ...(withBuild ? build : {}),
    'scripts/image_vars.src': `VRO_IMAGES_ARR=( ${names.join(' ')} )\nVAR_PREFIXES_ARR=( ${names.map((n) => n.replace(/-/g, '')).join(' ')} )\n`
  })
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-qm', 'base'])
  git(dir, ['tag', 'v1.0.0'])
  const ext = { maven: 'java', js: 'ts', go: 'go', python: 'py' }[kind]
  writeAll(dir, {
    [`libs/lib-3/src/main/${ext}/F1.${ext}`]: '// changed\n',
    [`services/svc-17/src/main/${ext}/F2.${ext}`]: '// changed\n',
    [`services/svc-18/src/test/${ext}/T0.${ext}`]: '// changed\n',
    'docs/page-1.md': '# changed\n'
  })
  git(dir, ['commit', '-qam', 'change'])
  return { dir, head: git(dir, ['rev-parse', 'HEAD']) }
}

function bundle() {
  const entry = join(TMP, 'entry.ts')
  mkdirSync(TMP, { recursive: true })
  writeFileSync(
    entry,
    [
      "export { detectChanges } from '../../src/detect/changes.js'",
      "export { parseImageVars } from '../../src/files/image-vars.js'",
      "export { inputsReport } from '../../src/detect/inputs-report.js'",
      ''
    ].join('\n')
  )
  const out = join(TMP, 'bundle')
  const r = spawnSync('npx', ['ncc', 'build', entry, '-o', out, '-t', '-q'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (r.status !== 0) throw new Error('ncc build failed')
  return import(pathToFileURL(join(out, 'index.js')).href)
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const shown = (xs) =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`

const lib_ = await bundle()
const { detectChanges, parseImageVars, inputsReport } = lib_
const rows = []
for (const kind of values.kinds.split(',')) {
  const repos = [makeRepo(kind, true), makeRepo(kind, false)]
  const images = parseImageVars(
    `VRO_IMAGES_ARR=( ${Array.from({ length: IMAGES }, (_, i) => `svc-${i}`).join(' ')} )\n`,
    'scripts/image_vars.src'
  ).images
  const t = repos.map(() => ({ derive: [], detect: [], unpinned: 0, warnings: 0 }))
  for (let rep = 0; rep < REPS + 1; rep++)
    for (const [n, repo] of (rep % 2 === 0 ? repos : [...repos].reverse()).entries()) {
      const idx = rep % 2 === 0 ? n : 1 - n
      let t0 = performance.now()
      const report = await inputsReport({ cwd: repo.dir, head: repo.head, images, ignored: [] })
      const derive = performance.now() - t0
      t0 = performance.now()
      const r = await detectChanges({
        cwd: repo.dir,
        head: repo.head,
        images,
        pins: new Map(images.map((img) => [img.prefix, 'v1.0.0'])),
        versionsFile: 'scripts/image_versions.src',
        onMissingTag: 'fail',
        detection: 'paths'
      })
      const detect = performance.now() - t0
      if (rep === 0) {
        // The first run warms the disk cache and the JIT: not counted.
        t[idx].unpinned = [...r.results.values()].filter((x) => x.changed).length
        t[idx].warnings = report.images.filter((i) => i.warnings.length > 0).length
        continue
      }
      t[idx].derive.push(derive)
      t[idx].detect.push(detect)
    }
  rows.push({ kind, t })
}
console.log(
  `${IMAGES} images, ${LIBS} libs, ${REPS} runs each, round robin; median (min–max)\n` +
    '| repository | input derivation: with build files · without · ratio | detectChanges: with · without · ratio | unpinned: with · without | images with warnings: with · without |\n' +
    '| --- | --- | --- | --- | --- |'
)
for (const { kind, t } of rows) {
  const [w, wo] = t
  console.log(
    `| ${kind} | ${shown(w.derive)} · ${shown(wo.derive)} · ${(median(w.derive) / median(wo.derive)).toFixed(2)}x | ` +
      `${shown(w.detect)} · ${shown(wo.detect)} · ${(median(w.detect) / median(wo.detect)).toFixed(2)}x | ` +
      `${w.unpinned} · ${wo.unpinned} | ${w.warnings} · ${wo.warnings} |`
  )
}
