#!/usr/bin/env node
// The paths-filter-like baseline of `npm run bench`, as its own process (as a workflow step
// would run it): one full `git diff --name-only` per distinct tag, then every filter of every
// image pinned to that tag matched against every changed file with picomatch (dot: true), the
// way dorny/paths-filter matches its filters. Reads a JSON job file, prints the changed prefixes.
//
//   node scripts/paths-filter-baseline.mjs JOB.json
//   JOB: { cwd, ignore: [path], images: [{ prefix, commit, filters: [{ globs, excludes }] }] }
//   (an image changed when a file matches one of a filter's globs and none of its excludes)
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import picomatch from 'picomatch'

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const ignore = new Set(job.ignore)
const byTag = new Map()
for (const image of job.images) byTag.set(image.commit, [...(byTag.get(image.commit) ?? []), image])
const changed = []
for (const [commit, images] of byTag) {
  const out = execFileSync('git', ['diff', '--name-only', '--no-renames', '-z', commit, 'HEAD'], {
    cwd: job.cwd,
    maxBuffer: 1 << 30
  })
  const files = out
    .toString('utf8')
    .split('\0')
    .filter((f) => f !== '' && !ignore.has(f))
  for (const image of images) {
    const filters = image.filters.map((f) => ({
      yes: picomatch(f.globs, { dot: true }),
      no: f.excludes.length > 0 ? picomatch(f.excludes, { dot: true }) : () => false
    }))
    if (files.some((file) => filters.some((f) => f.yes(file) && !f.no(file))))
      changed.push(image.prefix)
  }
}
process.stdout.write(JSON.stringify(changed))
