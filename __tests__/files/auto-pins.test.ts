import { describe, expect, it } from '@jest/globals'
import { VersionsFile, hasAutoPins } from '../../src/files/versions-file.js'

const images = [{ prefix: 'app' }, { prefix: 'apigateway' }]

describe('hasAutoPins', () => {
  it('is true only when an image of the list is auto-pinned', () => {
    expect(hasAutoPins('', images)).toBe(false)
    expect(hasAutoPins('# nothing pinned\n', images)).toBe(false)
    expect(hasAutoPins('export app_VER="v1.0.0"\n', images)).toBe(false) // manual
    expect(hasAutoPins('other_VER="v1.0.0"\n', images)).toBe(false) // not in the list
    expect(hasAutoPins('# x -- v1.0.0\napigateway_VER="v1.0.0"\n', images)).toBe(true)
    expect(hasAutoPins('app_VER="$X"\n', images)).toBe(true) // auto, even if not a release
  })
})

describe('VersionsFile.parse', () => {
  it('reads the same text once and a new text anew', () => {
    const text = 'app_VER="v1.0.0"\n'
    const a = VersionsFile.parse(text)
    expect(VersionsFile.parse(`${text}`)).toBe(a)
    const b = VersionsFile.parse('app_VER="v2.0.0"\n')
    expect(b).not.toBe(a)
    expect(b.pinOf('app')?.value).toBe('v2.0.0')
    expect(VersionsFile.parse(text).pinOf('app')?.value).toBe('v1.0.0')
  })
})
