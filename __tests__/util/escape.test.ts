// The control-character helpers of src/util/escape.ts (the sinks themselves: __tests__/sinks.test.ts).
import { describe, expect, it } from '@jest/globals'
import { escapeControls, hasControl } from '../../src/util/escape.js'

describe('hasControl', () => {
  it.each(['\0', 'a\nb', 'a\rb', 'tab\there', '\x1b[31m', 'del\x7f', '\x1f'])(
    'finds one in %j',
    (t) => expect(hasControl(t)).toBe(true)
  )

  it.each(['', 'plain text', 'ünïcödé', 'nel\u0085 and \u202e stay', ' ~'])(
    'finds none in %j',
    (t) => expect(hasControl(t)).toBe(false)
  )
})

describe('escapeControls', () => {
  it('shows C0 and DEL as \\u{..}, a newline too, and keeps everything else', () => {
    expect(escapeControls('a\nb\r\t\0\x1b\x7f')).toBe('a\\u{a}b\\u{d}\\u{9}\\u{0}\\u{1b}\\u{7f}')
    expect(escapeControls('ü \\ "q" \u202e\u0085')).toBe('ü \\ "q" \u202e\u0085')
  })
})
