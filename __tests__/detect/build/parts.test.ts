import { describe, expect, it } from '@jest/globals'
import { type FileChange, type Part, partVerdict } from '../../../src/detect/build/parts.js'

/** The part of gradle.properties that an image's build reads: the key `spring_boot_version`. */
const part: Part = {
  format: 'properties',
  reads: (kind, name) =>
    kind === 'key' && name === 'spring_boot_version' ? 'app/build.gradle' : undefined
}
const key = (name: string): FileChange['parts'][number] => ({
  kind: 'key',
  name,
  what: `${name} changed`
})

describe('partVerdict', () => {
  it.each<[string, FileChange, ReturnType<typeof partVerdict>]>([
    [
      'a change that shapes every build counts, whatever the parts',
      { all: 'line 3 is not a plain key=value', parts: [key('other')], none: [] },
      { counts: true, why: 'line 3 is not a plain key=value' }
    ],
    [
      'a changed part the build reads counts, naming who reads it',
      { parts: [key('other'), key('spring_boot_version')], none: ['comments changed'] },
      { counts: true, why: 'spring_boot_version changed, read by app/build.gradle' }
    ],
    [
      'parts the build does not read, and changes that count for none, do not count',
      { parts: [key('other')], none: ['comments and layout changed'] },
      {
        counts: false,
        why: 'other changed, which this build does not read; comments and layout changed'
      }
    ],
    ['nothing changed: no count', { parts: [], none: [] }, { counts: false, why: 'no change' }]
  ])('%s', (_name, change, verdict) => {
    expect(partVerdict(part, change)).toEqual(verdict)
  })
})
