import { describe, expect, it } from '@jest/globals'
import { InputList } from '../../../src/detect/build/collect.js'
import type { Part } from '../../../src/detect/build/parts.js'

const part = (format: Part['format']): Part => ({ format, reads: () => undefined })

describe('InputList', () => {
  it('keeps each kind and path once, with its first provenance, and no empty excludes', () => {
    const list = new InputList('gradle')
    list.put('dir', 'app', 'Gradle project :app', 'settings.gradle', 2, [])
    list.put('dir', 'app', 'lib depends on :app in lib/build.gradle', 'lib/build.gradle', 4)
    list.put('file', 'app', 'a file of the same name is another input')
    list.add('dir', 'lib', { why: 'app depends on :lib' }, ['lib/src/test/**'])
    expect(list.all).toEqual([
      {
        kind: 'dir',
        path: 'app',
        from: { provider: 'gradle', why: 'Gradle project :app', file: 'settings.gradle', line: 2 }
      },
      {
        kind: 'file',
        path: 'app',
        from: { provider: 'gradle', why: 'a file of the same name is another input' }
      },
      {
        kind: 'dir',
        path: 'lib',
        excludes: ['lib/src/test/**'],
        from: { provider: 'gradle', why: 'app depends on :lib' }
      }
    ])
  })

  it('attaches a part to a file input once: the first part stays, a folder or a missing file gets none', () => {
    const list = new InputList('gradle')
    list.put('file', 'gradle.properties', 'root build file')
    list.put('dir', 'gradle', 'root build file')
    const props = part('properties')
    list.refine('gradle.properties', props)
    list.refine('gradle.properties', part('catalog'))
    list.refine('gradle', part('catalog'))
    list.refine('build.gradle', part('ancestor-script'))
    expect(list.all.map((i) => [i.kind, i.path, i.part])).toEqual([
      ['file', 'gradle.properties', props],
      ['dir', 'gradle', undefined]
    ])
  })
})
