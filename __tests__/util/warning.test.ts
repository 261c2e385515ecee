/** Warnings and where they point (src/util/warning.ts): the text shown, the file named, the annotation. */
import { describe, expect, it } from '@jest/globals'
import {
  annotationOf,
  fileWarning,
  inFile,
  warningText,
  type Warning
} from '../../src/util/warning.js'

describe('fileWarning', () => {
  it('keeps only the parts given', () => {
    expect(fileWarning('m')).toEqual({ message: 'm' })
    expect(fileWarning('m', 'a.src')).toEqual({ message: 'm', file: 'a.src' })
    expect(fileWarning('m', 'a.src', 3)).toEqual({ message: 'm', file: 'a.src', line: 3 })
    expect(fileWarning('m', undefined, 3)).toEqual({ message: 'm', line: 3 })
    expect(Object.keys(fileWarning('m', undefined, undefined))).toEqual(['message'])
  })

  it('line 0 is no line (lines are 1-based)', () => {
    expect(fileWarning('m', 'a.src', 0)).toEqual({ message: 'm', file: 'a.src' })
  })
})

describe('warningText', () => {
  it('the text of a plain and of a file warning', () => {
    expect(warningText('plain')).toBe('plain')
    expect(warningText(fileWarning('about a line', 'a.src', 2))).toBe('about a line')
  })
})

describe('inFile', () => {
  it('names the file of file warnings without one; leaves the others as they are', () => {
    const named = fileWarning('named', 'other.src', 1)
    const warnings: Warning[] = ['plain', fileWarning('line only', undefined, 4), named]
    const out = inFile(warnings, 'scripts/image_versions.src')
    expect(out).toEqual([
      'plain',
      { message: 'line only', line: 4, file: 'scripts/image_versions.src' },
      named
    ])
    expect(out[2]).toBe(named)
    // The input is not changed.
    expect(warnings[1]).toEqual({ message: 'line only', line: 4 })
  })
})

describe('annotationOf', () => {
  it('a file and a line: both', () => {
    expect(annotationOf(fileWarning('m', 'a.src', 7))).toEqual({ file: 'a.src', startLine: 7 })
  })
  it('a file without a line: the file only', () => {
    expect(annotationOf(fileWarning('m', 'a.src'))).toEqual({ file: 'a.src' })
  })
  it('no file: no annotation, with or without a line', () => {
    expect(annotationOf('plain')).toBeUndefined()
    expect(annotationOf(fileWarning('m', undefined, 7))).toBeUndefined()
  })
})
