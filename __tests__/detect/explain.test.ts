import { describe, expect, it } from '@jest/globals'
import {
  afterMove,
  answerFromHits,
  deletedFolders,
  everyFile,
  withCompare
} from '../../src/detect/explain.js'
import { ChangedFiles } from '../../src/detect/path-globs.js'
import type { ImageInputs } from '../../src/detect/build/resolve-inputs.js'
import type { Input } from '../../src/detect/build/types.js'

const files = (...names: string[]) => new ChangedFiles(names, () => false)
const input = (path: string, why: string): Input => ({
  kind: 'dir',
  path,
  from: { provider: 'x', why }
})
const inputs = (extra: Partial<ImageInputs> = {}): ImageInputs => ({
  image: { name: 'app', prefix: 'app' },
  roots: [{ folder: 'app', how: 'Gradle project :app' }],
  inputs: [],
  noFolder: false,
  warnings: [],
  baseImages: [],
  ...extra
})

describe('answerFromHits', () => {
  it('names the files and why they count', () => {
    const f = files('app/a.java', 'lib/b.java')
    const hits = [
      { index: 0, input: input('app', 'Gradle project :app') },
      { index: 1, input: input('lib', 'app depends on :lib in app/build.gradle') }
    ]
    expect(answerFromHits(hits, f, 'v1.0.0', inputs())).toEqual({
      changed: true,
      reason:
        'app/a.java (Gradle project :app) and lib/b.java (app depends on :lib in app/build.gradle) changed since v1.0.0',
      files: ['app/a.java', 'lib/b.java'],
      fileCount: 2
    })
  })

  it('says where the image is built when nothing counts', () => {
    expect(answerFromHits([], files(), 'v1.0.0', inputs()).reason).toBe(
      'no input changed since v1.0.0 (build root app/, Gradle project :app)'
    )
    expect(answerFromHits([], files(), 'v1', inputs({ roots: [] })).reason).toBe(
      'no input changed since v1 (paths entry)'
    )
  })

  it('says why any change counts', () => {
    const f = files('x', 'y')
    const ins = inputs({ roots: [], any: 'no build root: no folder named app and no paths entry' })
    expect(answerFromHits(everyFile(f), f, 'v1', ins).reason).toBe(
      'x and y changed since v1 (no build root: no folder named app and no paths entry, so any change counts)'
    )
  })
})

describe('deletedFolders', () => {
  it('finds the folders named like an image with no folder at the head', () => {
    const f = files('old/app/a', 'old/app/b', 'other/c')
    expect(deletedFolders(inputs({ roots: [], noFolder: true }), f)).toEqual(['old/app'])
    expect(deletedFolders(inputs(), f)).toEqual([])
  })

  it('finds a declared folder that is gone', () => {
    const image = { name: 'app', prefix: 'app', folder: 'svc' }
    const ins = inputs({
      image,
      inputs: [
        {
          kind: 'dir',
          path: 'svc',
          from: { provider: 'image-vars', why: 'folder of image_vars.src' }
        }
      ]
    })
    expect(deletedFolders(ins, files('svc/x'))).toEqual(['svc'])
    expect(deletedFolders(ins, files('other/x'))).toEqual([])
  })
})

describe('afterMove', () => {
  it('keeps only the files that differ below the new root, and drops the old folder', () => {
    const f = files('new/app/a', 'new/app/b', 'old/app/a', 'old/app/b', 'lib/x')
    const hits = [0, 1, 2, 3, 4].map((index) => ({ index, input: input('', 'w') }))
    const kept = afterMove(hits, f, 'new/app', {
      kind: 'moved',
      from: 'old/app',
      differ: new Set(['new/app/b'])
    })
    expect(kept.map((h) => f.at(h.index))).toEqual(['lib/x', 'new/app/b'])
  })
})

describe('withCompare', () => {
  const before = { changed: false, reason: 'no input changed since v1', files: [], fileCount: 0 }
  it('puts the command first and keeps the path reason', () => {
    expect(withCompare(before, { changed: true, detail: 'exit 1' }, 'v1').reason).toBe(
      'compare-command reports a change since v1 (exit 1); no input changed since v1'
    )
    expect(withCompare(undefined, { changed: null, detail: 'killed by SIGTERM' }, 'v1')).toEqual({
      changed: null,
      reason: 'compare-command failed (killed by SIGTERM)',
      files: [],
      fileCount: 0
    })
  })
})
