import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseImageVars, resolveImages, type Image } from '../../src/files/image-vars.js'
import { ImageVarsError } from '../../src/files/image-vars-lists.js'

const compat = readFileSync(
  new URL('../../__fixtures__/compat/image_vars.src', import.meta.url),
  'utf8'
)

const names = (text: string): string[] => parseImageVars(text).images.map((i) => i.name)
const prefixes = (text: string): string[] => parseImageVars(text).images.map((i) => i.prefix)

function errorOf(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected an error')
}

describe('parseImageVars on the 15-image compatibility fixture', () => {
  const { images, warnings } = parseImageVars(compat)

  it('lists the 15 images in order, with prefixes', () => {
    expect(warnings).toEqual([])
    expect(images.map((i) => `${i.name}:${i.prefix}`)).toEqual([
      'postgres:postgres',
      'rabbitmq:rabbitmq',
      'api-gateway:apigateway',
      'app:app',
      'db-init:dbinit',
      'console:console',
      'svc-lighthouse-api:svclighthouseapi',
      'svc-bgs-api:svcbgsapi',
      'svc-bie-kafka:svcbiekafka',
      'svc-bip-api:svcbipapi',
      'xample-workflows:xampleworkflows',
      'cc-app:ccapp',
      'ee-max-cfi-app:eemaxcfiapp',
      'ee-ep-merge-app:eeepmergeapp',
      'dev-tools:devtools'
    ])
  })

  it.each([
    ['postgres', 'db/postgres', 'va/abd_vro-postgres', 'vro-postgres'],
    ['rabbitmq', 'mocks/rabbitmq', 'va/abd_vro-rabbitmq', 'vro-rabbitmq'],
    ['api-gateway', 'api-gateway', 'va/abd_vro-api-gateway', 'vro-api-gateway'],
    ['app', 'app', 'va/abd_vro-app', 'vro-app'],
    ['db-init', 'db-init', 'va/abd_vro-db-init', 'vro-db-init'],
    ['console', undefined, 'va/abd_vro-console', 'vro-console'],
    ['dev-tools', undefined, 'va/abd_vro-dev-tools', 'vro-dev-tools']
  ])('%s: folder %s, build %s, registry %s', (name, folder, gradleImage, registryImage) => {
    const image = images.find((i) => i.name === name) as Image
    expect(image.folder).toBe(folder)
    expect(image.gradleImage).toBe(gradleImage)
    expect(image.registryImage).toBe(registryImage)
  })

  it('reads the same list from a CRLF copy with a BOM', () => {
    const crlf = '\uFEFF' + compat.replace(/\n/g, '\r\n')
    expect(parseImageVars(crlf).images).toEqual(images)
  })
})

describe('parseImageVars list forms', () => {
  it.each([
    [
      'arrays only',
      'VRO_IMAGES_ARR=( a b-c )\nVAR_PREFIXES_ARR=( a bc )\n',
      ['a', 'b-c'],
      ['a', 'bc']
    ],
    [
      'strings only',
      'export VRO_IMAGES="a b-c"\nexport VAR_PREFIXES="a bc"\n',
      ['a', 'b-c'],
      ['a', 'bc']
    ],
    [
      'single-quoted strings',
      "VRO_IMAGES='a b-c'\nVAR_PREFIXES='a bc'\n",
      ['a', 'b-c'],
      ['a', 'bc']
    ],
    ['unquoted one-word string', 'export VAR_PREFIXES=app\n', ['app'], ['app']],
    [
      'names only: prefixes derived',
      'VRO_IMAGES_ARR=( api-gateway svc-x-y )\n',
      ['api-gateway', 'svc-x-y'],
      ['apigateway', 'svcxy']
    ],
    [
      'prefixes only',
      'VAR_PREFIXES_ARR=( app postgres )\n',
      ['app', 'postgres'],
      ['app', 'postgres']
    ],
    ['quoted array items', 'VRO_IMAGES_ARR=( "a" \'b-c\' )\n', ['a', 'b-c'], ['a', 'bc']],
    [
      'declare -a and export',
      'declare -a VRO_IMAGES_ARR=(a b)\nexport VAR_PREFIXES_ARR=(a b)\n',
      ['a', 'b'],
      ['a', 'b']
    ],
    ['indented', '  VRO_IMAGES_ARR=( a )\n\tVRO_IMAGES="a"\n', ['a'], ['a']],
    [
      'trailing comment',
      'VRO_IMAGES_ARR=( a b ) # two images\nexport VRO_IMAGES="a b" # same\n',
      ['a', 'b'],
      ['a', 'b']
    ],
    ['multi-line array', 'VRO_IMAGES_ARR=(\n  a\n  b-c\n)\n', ['a', 'b-c'], ['a', 'bc']],
    [
      'comment on the opening line',
      'VAR_PREFIXES_ARR=(  # the prefixes\n  app\n  postgres\n)\n',
      ['app', 'postgres'],
      ['app', 'postgres']
    ],
    [
      'comments between items',
      'VAR_PREFIXES_ARR=(\n  app # the app (main)\n  # postgres is next\n  postgres\n)\n',
      ['app', 'postgres'],
      ['app', 'postgres']
    ],
    [
      'the string form made from the array',
      'VAR_PREFIXES_ARR=( a b )\nexport VAR_PREFIXES="${VAR_PREFIXES_ARR[*]}"\n',
      ['a', 'b'],
      ['a', 'b']
    ],
    [
      'a ) inside quotes or $( ) does not close the array',
      'VRO_IMAGES_ARR=( "a" \'b\'\n  c # (d)\n)\n',
      ['a', 'b', 'c'],
      ['a', 'b', 'c']
    ],
    [
      'the last declaration wins',
      'VAR_PREFIXES_ARR=( old )\nVAR_PREFIXES_ARR=( new )\n',
      ['new'],
      ['new']
    ],
    [
      'a commented-out declaration is ignored',
      '# VAR_PREFIXES_ARR=( old )\nVAR_PREFIXES_ARR=( new )\n',
      ['new'],
      ['new']
    ],
    ['empty list', 'VAR_PREFIXES_ARR=( )\n', [], []]
  ])('%s', (_what, text, expectedNames, expectedPrefixes) => {
    expect(names(text)).toEqual(expectedNames)
    expect(prefixes(text)).toEqual(expectedPrefixes)
  })

  it('warns when only VAR_PREFIXES is given', () => {
    expect(parseImageVars('# list\nVAR_PREFIXES_ARR=( app )\n', 'vars.src').warnings).toEqual([
      {
        message: 'vars.src: no VRO_IMAGES list; image names are taken from VAR_PREFIXES',
        file: 'vars.src',
        line: 2
      }
    ])
  })
})

describe('parseImageVars details', () => {
  it.each([
    ['# --- app in folder ./app/', 'app'],
    ['# --- app in folder ./services/app', 'services/app'],
    ['#--- app in folder app', 'app'],
    ['# --- app in folder .', undefined],
    ['# --- app in folder ./', undefined],
    ['# --- other in folder ./other', undefined]
  ])('folder comment %j -> %s', (comment, folder) => {
    const [image] = parseImageVars(`VRO_IMAGES_ARR=( app )\n${comment}\n`).images
    expect(image?.folder).toBe(folder)
  })

  it.each([
    ['export app_IMG="vro-app"', 'vro-app'],
    ["app_IMG='vro-app'", 'vro-app'],
    ['export app_IMG="$NAME"', undefined],
    ['# export app_IMG="old"', undefined],
    ['export app_IMG=vro-app', undefined]
  ])('registry name line %j -> %s', (line, registryImage) => {
    const [image] = parseImageVars(`VRO_IMAGES_ARR=( app )\n${line}\n`).images
    expect(image?.registryImage).toBe(registryImage)
  })

  it('does not confuse one prefix with another that ends the same', () => {
    const text =
      'VRO_IMAGES_ARR=( app cc-app )\nexport app_IMG="vro-app"\nexport ccapp_IMG="vro-cc-app"\n'
    const [app, ccapp] = parseImageVars(text).images
    expect(app?.registryImage).toBe('vro-app')
    expect(ccapp?.registryImage).toBe('vro-cc-app')
  })
})

describe('parseImageVars errors', () => {
  it.each([
    [
      'no list at all',
      '#!/bin/bash\necho hi\n',
      'vars.src: no image list found. Expected VAR_PREFIXES_ARR=( ... ) or export VAR_PREFIXES="..." (and VRO_IMAGES_ARR / VRO_IMAGES for the image names).'
    ],
    [
      'arrays and strings disagree',
      'VAR_PREFIXES_ARR=( a b )\nexport VAR_PREFIXES="a c"\n',
      'vars.src: VAR_PREFIXES_ARR and VAR_PREFIXES disagree:\n  line 1: VAR_PREFIXES_ARR=( a b )\n  line 2: export VAR_PREFIXES="a c"\nRegenerate vars.src so that both list the same images in the same order.'
    ],
    [
      'order differs',
      'VRO_IMAGES_ARR=( a b )\nVRO_IMAGES="b a"\n',
      'vars.src: VRO_IMAGES_ARR and VRO_IMAGES disagree:\n  line 1: VRO_IMAGES_ARR=( a b )\n  line 2: VRO_IMAGES="b a"\nRegenerate vars.src so that both list the same images in the same order.'
    ],
    [
      'names and prefixes of different lengths',
      'VRO_IMAGES_ARR=( a b )\nVAR_PREFIXES_ARR=( a )\n',
      'vars.src: VRO_IMAGES lists 2 images but VAR_PREFIXES lists 1:\n  line 1: VRO_IMAGES_ARR=( a b )\n  line 2: VAR_PREFIXES_ARR=( a )'
    ],
    [
      'unclosed array',
      'x=1\nVRO_IMAGES_ARR=( a\nb\n',
      'vars.src:2: VRO_IMAGES_ARR=( is never closed by ")"'
    ],
    [
      'a variable in the list',
      'VRO_IMAGES_ARR=( a $EXTRA )\n',
      'vars.src:1: "$EXTRA" is not a literal name; the image list must be plain words'
    ],
    [
      'a command substitution in the list',
      'VRO_IMAGES_ARR=( a "`id`" )\n',
      'vars.src:1: "`id`" is not a literal name; the image list must be plain words'
    ],
    [
      'an invalid image name',
      'VRO_IMAGES_ARR=( a -rf )\n',
      'vars.src:1: "-rf" is not a valid image name'
    ],
    [
      'an invalid prefix',
      'VAR_PREFIXES_ARR=( a b-c )\n',
      'vars.src:1: "b-c" is not a valid bash variable prefix'
    ],
    [
      'an image name that gives no prefix',
      'VRO_IMAGES_ARR=( a.b )\n',
      'vars.src: image "a.b" does not give a valid bash prefix'
    ],
    ['a duplicate image', 'VRO_IMAGES_ARR=( a b a )\n', 'vars.src:1: image "a" is listed twice'],
    [
      'two names with one prefix',
      'VRO_IMAGES_ARR=( a-b ab )\n',
      'vars.src:1: prefix "ab" is listed twice'
    ],
    [
      'a command substitution in the string form',
      'VAR_PREFIXES_ARR=( a b )\nexport VAR_PREFIXES="a `id`"\n',
      'vars.src:2: export VAR_PREFIXES="a `id`" does not set VAR_PREFIXES to plain words; the image list must be literal text'
    ],
    [
      'a variable in the string form',
      'export VRO_IMAGES="$LIST"\n',
      'vars.src:1: export VRO_IMAGES="$LIST" does not set VRO_IMAGES to plain words; the image list must be literal text'
    ],
    [
      'an unclosed string form',
      'VRO_IMAGES="a b\n',
      'vars.src:1: VRO_IMAGES="a b does not set VRO_IMAGES to plain words; the image list must be literal text'
    ],
    [
      'an array that is never closed before a command substitution',
      'VAR_PREFIXES_ARR=( a b\nexport VAR_PREFIXES="a b"\nLAST_RELEASE_VERSION=$(tail -1 versions.txt)\nf() { :; }\n',
      'vars.src:1: VAR_PREFIXES_ARR=( is never closed by ")"'
    ],
    [
      'a NUL byte in a list that disagrees (the lines are shown escaped)',
      'VRO_IMAGES_ARR=( a\0 b )\nexport VRO_IMAGES="a b"\n',
      'vars.src: VRO_IMAGES_ARR and VRO_IMAGES disagree:\n  line 1: VRO_IMAGES_ARR=( a\\u{0} b )\n  line 2: export VRO_IMAGES="a b"\nRegenerate vars.src so that both list the same images in the same order.'
    ],
    [
      'an escaped parenthesis in an array',
      'VRO_IMAGES_ARR=( a \\) )\n',
      'vars.src:1: "\\\\)" is not a literal name; the image list must be plain words'
    ],
    [
      'an escaped quote in an array',
      'VRO_IMAGES_ARR=( "a\\")" )\n',
      'vars.src:1: "a\\\\" is not a literal name; the image list must be plain words'
    ],
    [
      'a long line that disagrees (cut in the message)',
      `VRO_IMAGES_ARR=( a )\nVRO_IMAGES="${'b '.repeat(150)}"\n`,
      `vars.src: VRO_IMAGES_ARR and VRO_IMAGES disagree:\n  line 1: VRO_IMAGES_ARR=( a )\n  line 2: ${`VRO_IMAGES="${'b '.repeat(150)}"`.slice(0, 200)}...\nRegenerate vars.src so that both list the same images in the same order.`
    ],
    [
      'a control character in a name',
      'VRO_IMAGES_ARR=( "a\x1bb" )\n',
      'vars.src:1: "a\\u{1b}b" is not a valid image name'
    ]
  ])('%s', (_what, text, message) => {
    const error = errorOf(() => parseImageVars(text, 'vars.src'))
    expect(error).toBeInstanceOf(ImageVarsError)
    expect(error.message).toBe(message)
  })

  it('defaults the file name in messages to scripts/image_vars.src', () => {
    expect(errorOf(() => parseImageVars('')).message).toMatch(
      /^scripts\/image_vars\.src: no image list/
    )
  })
})

describe('parseImageVars on hostile input', () => {
  const MB10 = 10 * 1024 * 1024

  it.each([
    ['a 10 MB comment line', `#${'x'.repeat(MB10)}\nVRO_IMAGES_ARR=( a )\n`],
    ['a 10 MB line of spaces', `${' '.repeat(MB10)}\nVRO_IMAGES_ARR=( a )\n`],
    ['a 10 MB _IMG name', `export ${'a'.repeat(MB10)}_IM="x"\nVRO_IMAGES_ARR=( a )\n`],
    ['a 10 MB folder comment', `# --- ${'a '.repeat(MB10 / 2)}\nVRO_IMAGES_ARR=( a )\n`]
  ])('%s is read, and the read finishes', (_what, text) => {
    expect(names(text)).toEqual(['a'])
  })

  it('fails, naming the line, on an unclosed string declaration of 10 MB', () => {
    expect(() => parseImageVars(`VRO_IMAGES="${'a'.repeat(MB10)}\nVRO_IMAGES_ARR=( a )\n`)).toThrow(
      'does not set VRO_IMAGES to plain words'
    )
  })

  it('reads a quoted array over 200,000 lines', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => `"a${i + 1}"\n`).join('')
    expect(names(`VRO_IMAGES_ARR=( "a0"\n${items})\n`)).toHaveLength(200_001)
  })

  it('fails, naming the line, on an array that is never closed over 200,000 lines', () => {
    const text = 'VRO_IMAGES_ARR=(\n' + 'image\n'.repeat(200_000)
    expect(() => parseImageVars(text, 'vars.src')).toThrow(
      'vars.src:1: VRO_IMAGES_ARR=( is never closed'
    )
  })

  it('never executes the file', () => {
    const text = 'VRO_IMAGES_ARR=( a )\n$(touch /tmp/pwned)\n`touch /tmp/pwned`\n'
    expect(names(text)).toEqual(['a'])
  })
})

describe('resolveImages', () => {
  const list = parseImageVars(compat).images

  it.each([
    [['api-gateway'], ['api-gateway']],
    [['apigateway'], ['api-gateway']],
    [
      ['dev-tools', 'postgres'],
      ['dev-tools', 'postgres']
    ],
    [['devtools', 'dev-tools'], ['dev-tools']],
    [
      ['svc-bip-api', 'svcbgsapi'],
      ['svc-bip-api', 'svc-bgs-api']
    ],
    [[], []]
  ])('%j -> %j', (refs, expected) => {
    expect(resolveImages(list, refs).map((i) => i.name)).toEqual(expected)
  })

  it.each([
    [['nope'], 'Unknown image "nope". Known images: a, b-c'],
    [['nope', 'a', 'x\ny'], 'Unknown images "nope", "x\\ny". Known images: a, b-c'],
    [['B-C'], 'Unknown image "B-C". Known images: a, b-c']
  ])('%j is refused', (refs, message) => {
    const small = parseImageVars('VRO_IMAGES_ARR=( a b-c )\n').images
    const error = errorOf(() => resolveImages(small, refs))
    expect(error).toBeInstanceOf(ImageVarsError)
    expect(error.message).toBe(message)
  })
})

describe('parseImageVars appends (issue 9)', () => {
  it.each([
    ['array +=', 'VRO_IMAGES_ARR=( a )\nVRO_IMAGES_ARR+=( b c )\n', ['a', 'b', 'c']],
    [
      'array += over lines, after a redeclaration',
      'VRO_IMAGES_ARR=( old )\nVRO_IMAGES_ARR=( a )\nVRO_IMAGES_ARR+=(\n  b # second\n)\n',
      ['a', 'b']
    ],
    [
      'both arrays appended',
      'VRO_IMAGES_ARR=( a )\nVAR_PREFIXES_ARR=( a )\nVRO_IMAGES_ARR+=( b-c )\nVAR_PREFIXES_ARR+=( bc )\n',
      ['a', 'b-c']
    ],
    ['string +=', 'export VRO_IMAGES="a"\nVRO_IMAGES+=" b"\n', ['a', 'b']],
    ['string += joins like bash', 'VRO_IMAGES="a"\nVRO_IMAGES+="b"\n', ['ab']],
    [
      'string "$NAME more"',
      'export VRO_IMAGES="a"\nexport VRO_IMAGES="$VRO_IMAGES b"\n',
      ['a', 'b']
    ],
    ['string "${NAME} more"', 'VRO_IMAGES="a"\nVRO_IMAGES="${VRO_IMAGES} b c"\n', ['a', 'b', 'c']],
    [
      'array appended, then copied into the string',
      'VRO_IMAGES_ARR=( a )\nVRO_IMAGES_ARR+=( b )\nexport VRO_IMAGES="${VRO_IMAGES_ARR[*]}"\n',
      ['a', 'b']
    ]
  ])('%s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('an appended array that disagrees with the string is refused', () => {
    expect(() =>
      parseImageVars('VRO_IMAGES_ARR=( a )\nVRO_IMAGES_ARR+=( b )\nexport VRO_IMAGES="a"\n')
    ).toThrow('VRO_IMAGES_ARR and VRO_IMAGES disagree')
  })

  it.each([
    [
      'an element assignment',
      'VRO_IMAGES_ARR=( a )\nVRO_IMAGES_ARR[3]=x\n',
      'f.src:2: VRO_IMAGES_ARR[3]=x changes VRO_IMAGES_ARR in a way that cannot be read without running the file'
    ],
    [
      'unset',
      'VAR_PREFIXES_ARR=( a )\nunset VAR_PREFIXES_ARR\n',
      'f.src:2: unset VAR_PREFIXES_ARR changes VAR_PREFIXES_ARR'
    ],
    ['mapfile', 'VRO_IMAGES_ARR=( a )\nmapfile -t VRO_IMAGES_ARR < list\n', 'f.src:2: mapfile'],
    [
      'an assignment after a command',
      'VRO_IMAGES_ARR=( a )\ntrue && VRO_IMAGES_ARR+=( b )\n',
      'f.src:2: true && VRO_IMAGES_ARR+=( b ) changes VRO_IMAGES_ARR'
    ],
    [
      'local in a function',
      'VRO_IMAGES="a"\nf() { local VRO_IMAGES="b"; }\n',
      'f.src:2: f() { local VRO_IMAGES="b"; } changes VRO_IMAGES'
    ],
    [
      'an append before the declaration',
      'VRO_IMAGES_ARR+=( b )\nVRO_IMAGES_ARR=( a )\n',
      'f.src:1: VRO_IMAGES_ARR+=( b ) appends to VRO_IMAGES_ARR before it is declared'
    ],
    [
      'a string append before the declaration',
      'VAR_PREFIXES+=" b"\nVAR_PREFIXES="a"\n',
      'f.src:1: VAR_PREFIXES+=" b" appends to VAR_PREFIXES before it is declared'
    ],
    [
      'an indented append (in a condition)',
      'VRO_IMAGES_ARR=( a )\nif [ -n "$X" ]; then\n  VRO_IMAGES_ARR+=( b )\nfi\n',
      'f.src:3: VRO_IMAGES_ARR+=( b ) is indented'
    ],
    [
      'an append after the array was copied into the string',
      'VRO_IMAGES_ARR=( a )\nexport VRO_IMAGES="${VRO_IMAGES_ARR[*]}"\nVRO_IMAGES_ARR+=( b )\n',
      'f.src:3: VRO_IMAGES_ARR is appended to after line 2 copied it into VRO_IMAGES'
    ],
    [
      'an append that is not literal',
      'VRO_IMAGES="a"\nVRO_IMAGES+=" $(ls)"\n',
      'f.src:2: VRO_IMAGES+=" $(ls)" does not set VRO_IMAGES to plain words'
    ],
    [
      'a hostile line is shown escaped',
      'VRO_IMAGES_ARR=( a )\nVRO_IMAGES_ARR[0]=x\u001b[2J\n',
      'f.src:2: VRO_IMAGES_ARR[0]=x\\u{1b}[2J changes'
    ]
  ])('%s is refused, naming the line', (_what, text, message) => {
    expect(errorOf(() => parseImageVars(text, 'f.src')).message).toContain(message)
  })
})
