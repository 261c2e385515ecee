// The differs of shared Gradle build files: gradle.properties and version catalogs compared
// between the tag and the head, and the catalog accessors a script reads.
import { describe, expect, it } from '@jest/globals'
import { catalogChange } from '../../../../../src/detect/build/gradle/diff/catalog-diff.js'
import { catalogReferences } from '../../../../../src/detect/build/gradle/diff/catalog-refs.js'
import {
  propertiesChange,
  readPropertyEntries
} from '../../../../../src/detect/build/gradle/diff/properties-diff.js'
import type { FileChange } from '../../../../../src/detect/build/parts.js'

const names = (c: FileChange): string[] => c.parts.map((p) => p.name)

describe('propertiesChange', () => {
  const cases: [string, string, string, string[]][] = [
    ['a changed value', 'a=1\nb=2\n', 'a=1\nb=3\n', ['b']],
    ['an added key', 'a=1\n', 'a=1\nb=2\n', ['b']],
    ['a removed key', 'a=1\nb=2\n', 'a=1\n', ['b']],
    ['the three separators read alike', 'a=1\nb:2\nc 3\n', 'a : 1\nb   2\nc=3\n', []],
    ['leading blanks of a line', 'a=1\n', '   \t a=1\n', []],
    ['blanks after the separator', 'a=1\n', 'a =   1\n', []],
    ['a trailing blank is part of the value', 'a=1\n', 'a=1 \n', ['a']],
    ['a continuation line', 'a=1,2\n', 'a=1,\\\n    2\n', []],
    ['a continuation changes the value', 'a=1,\\\n 2\n', 'a=1,\\\n 3\n', ['a']],
    ['two backslashes do not continue', 'a=x\\\\\nb=2\n', 'a=x\\\\\nb=3\n', ['b']],
    ['a continued line is never a comment', 'a=1\\\n#x\n', 'a=1\\\n#y\n', ['a']],
    ['a comment line does not continue', '# x \\\na=1\n', '# y \\\na=2\n', ['a']],
    ['escapes in keys', 'a\\=b=1\n', 'a\\=b=2\n', ['a=b']],
    ['a \\u escape reads as its character', 'k=\\u0041\n', 'k=A\n', []],
    ['an escaped blank in a key', 'a\\ b=1\n', 'a\\ b = 2\n', ['a b']],
    ['the last of two settings wins', 'a=1\na=2\n', 'a=2\n', []],
    ['the order of keys', 'a=1\nb=2\n', 'b=2\na=1\n', []],
    ['CRLF line breaks', 'a=1\nb=2\n', 'a=1\r\nb=2\r\n', []],
    ['a key with no value', 'a\n', 'a=\n', []],
    [
      'an ordinary dotted key',
      'kotlin.code.style=official\n',
      'kotlin.code.style=x\n',
      ['kotlin.code.style']
    ]
  ]
  it.each(cases)('%s', (_name, before, after, keys) => {
    const c = propertiesChange(before, after)
    expect(c.all).toBeUndefined()
    expect(names(c)).toEqual(keys)
  })

  it('says how each key changed', () => {
    expect(propertiesChange('a=1\nb=2', 'a=3\nc=4').parts).toEqual([
      { kind: 'key', name: 'a', what: 'a changed' },
      { kind: 'key', name: 'b', what: 'b removed' },
      { kind: 'key', name: 'c', what: 'c added' }
    ])
  })

  it('says when only comments or layout changed', () => {
    expect(propertiesChange('# one\na=1\n', '! two\n\n  a = 1\n')).toEqual({
      parts: [],
      none: ['only comments or layout changed']
    })
    expect(propertiesChange('a=1', 'a=1')).toEqual({ parts: [], none: [] })
    expect(propertiesChange(undefined, undefined)).toEqual({ parts: [], none: [] })
  })

  it.each([
    ['org.gradle.jvmargs=-Xmx1g', 'org.gradle.jvmargs=-Xmx2g', 'org.gradle.jvmargs changed'],
    ['', 'systemProp.http.proxyHost=x', 'systemProp.http.proxyHost added'],
    ['version=1.0', 'version=1.1', 'version changed'],
    ['group=a', '', 'group removed'],
    ['description=a', 'description=b', 'description changed'],
    ['status=a', 'status=b', 'status changed'],
    ['buildDir=a', 'buildDir=b', 'buildDir changed']
  ])('a key Gradle reads by name counts for all: %s → %s', (before, after, what) => {
    expect(propertiesChange(before, after).all).toBe(`${what} (read by Gradle itself)`)
  })

  it.each([
    [undefined, 'a=1', 'gradle.properties was added'],
    ['a=1', undefined, 'gradle.properties was deleted'],
    [
      'a=1\n=2\n',
      'a=2\n=2\n',
      'gradle.properties at the tag cannot be read: line 2 has an empty key'
    ],
    ['a=1', 'a=1\n: x', 'gradle.properties cannot be read: line 2 has an empty key'],
    ['a=1', 'a=\\u00zz', 'gradle.properties cannot be read: line 1 has a malformed \\uXXXX escape'],
    ['a=1', 'a=1\nb=\0', 'gradle.properties cannot be read: line 2 has a NUL character']
  ])('refuses what it cannot read: %j → %j', (before, after, all) => {
    expect(propertiesChange(before, after).all).toBe(all)
  })

  it('reads values as Properties does', () => {
    const r = readPropertyEntries(
      'a = x \\\n   y\\\n\nb\\:c\\=d e\\tf\n  # c\n!c\nu=\\u00e9\\n\ng\ncont=\\\n'
    )
    expect('keys' in r && Object.fromEntries([...r.keys].map(([k, v]) => [k, v]))).toEqual({
      a: { value: 'x y', line: 1 },
      'b:c=d': { value: 'e\tf', line: 4 },
      u: { value: 'é\n', line: 7 },
      g: { value: '', line: 8 },
      cont: { value: '', line: 9 }
    })
  })
})

const CATALOG = `# the catalog
[versions]
spring-boot = "3.2.0"
jackson = { strictly = "2.16.0" }
kotlin = "1.9.0"

[libraries]
spring-boot_starter-web = { module = "org.springframework.boot:spring-boot-starter-web", version.ref = "spring-boot" }
jackson-databind = { group = "com.fasterxml.jackson.core", name = "jackson-databind", version = { ref = "jackson" } }
jackson-kotlin = { module = "com.fasterxml.jackson.module:jackson-module-kotlin", version.ref = "jackson" }
guava = "com.google.guava:guava:33.0.0-jre"
junit = { module = "org.junit.jupiter:junit-jupiter", version = { strictly = "[5,6[", prefer = "5.10.0" } }

[bundles]
jackson = ["jackson-databind", "jackson-kotlin"]
web = ["spring-boot_starter-web", "guava"]

[plugins]
spring-boot = { id = "org.springframework.boot", version.ref = "spring-boot" }
kotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version.ref = "kotlin" }
spotless = "com.diffplug.spotless:6.25.0"
`

describe('catalogChange', () => {
  const edit = (from: string, to: string): string => {
    expect(CATALOG).toContain(from)
    return CATALOG.replace(from, to)
  }
  const cases: [string, string, string, string[]][] = [
    [
      'a version reaches the libraries, plugins and bundles that take it',
      'spring-boot = "3.2.0"',
      'spring-boot = "3.2.1"',
      ['versions.spring.boot', 'spring.boot.starter.web', 'plugins.spring.boot', 'bundles.web']
    ],
    [
      'a rich version, taken with an inline ref table',
      'jackson = { strictly = "2.16.0" }',
      'jackson = { strictly = "2.16.1" }',
      ['versions.jackson', 'jackson.databind', 'jackson.kotlin', 'bundles.jackson']
    ],
    [
      'a version only a plugin takes',
      'kotlin = "1.9.0"',
      'kotlin = "1.9.10"',
      ['versions.kotlin', 'plugins.kotlin.jvm']
    ],
    [
      'a library, and the bundle that lists it',
      'guava:33.0.0-jre',
      'guava:33.1.0-jre',
      ['guava', 'bundles.web']
    ],
    [
      'a library whose version moves from a ref to a literal: it and its bundle',
      'version = { ref = "jackson" }',
      'version = "2.15.0"',
      ['jackson.databind', 'bundles.jackson']
    ],
    [
      'a library that now takes another version: the old version does not change',
      'version.ref = "jackson" }',
      'version.ref = "kotlin" }',
      ['jackson.kotlin', 'bundles.jackson']
    ],
    ['a rich library version', 'prefer = "5.10.0"', 'prefer = "5.10.1"', ['junit']],
    ['an added library', '[bundles]', 'okio = "com.squareup.okio:okio:3.0.0"\n[bundles]', ['okio']],
    [
      'a removed library, and the bundles that listed it',
      'guava = "com.google.guava:guava:33.0.0-jre"\n',
      '',
      ['guava', 'bundles.web']
    ],
    [
      'a bundle',
      '"jackson-databind", "jackson-kotlin"]',
      '"jackson-databind"]',
      ['bundles.jackson']
    ],
    ['a plugin', 'spotless:6.25.0', 'spotless:6.25.1', ['plugins.spotless']],
    ['an added version nothing takes', '[libraries]', 'okio = "3"\n[libraries]', ['versions.okio']],
    ['comments and layout', '# the catalog', '\n\n# a catalog', []],
    [
      'the order of keys in an inline table',
      '{ group = "com.fasterxml.jackson.core", name = "jackson-databind",',
      '{ name = "jackson-databind", group = "com.fasterxml.jackson.core",',
      []
    ],
    [
      'a dotted key and an inline table alike',
      'version.ref = "kotlin" }',
      'version = { ref = "kotlin" } }',
      []
    ]
  ]
  it.each(cases)('%s', (_name, from, to, parts) => {
    const c = catalogChange(CATALOG, edit(from, to))
    expect(c.all).toBeUndefined()
    expect(names(c)).toEqual(parts)
    expect(c.none).toEqual(parts.length === 0 ? ['only comments or layout changed'] : [])
  })

  it('says what changed, and why a part counts', () => {
    expect(catalogChange(CATALOG, edit('kotlin = "1.9.0"', 'kotlin = "2.0.0"')).parts).toEqual([
      { kind: 'alias', name: 'versions.kotlin', what: 'version kotlin changed' },
      {
        kind: 'alias',
        name: 'plugins.kotlin.jvm',
        what: 'plugin kotlin-jvm takes version kotlin, which changed'
      }
    ])
    expect(catalogChange(CATALOG, edit('guava:33.0', 'guava:34.0')).parts).toEqual([
      { kind: 'alias', name: 'guava', what: 'library guava changed' },
      { kind: 'alias', name: 'bundles.web', what: 'bundle web lists guava (library guava changed)' }
    ])
  })

  it.each([
    [
      'a [metadata] table',
      '# the catalog',
      '[metadata]\nformat.version = "1.1"',
      'metadata changed'
    ],
    ['a top-level key', '# the catalog', 'x = 1', 'x changed'],
    ['a number', 'kotlin = "1.9.0"', 'kotlin = 1.9', 'version kotlin has an unexpected value'],
    [
      'an unknown key',
      'version.ref = "kotlin" }',
      'version.ref = "kotlin", x = 1 }',
      'plugin kotlin-jvm has an unexpected value'
    ],
    [
      'a bundle of tables',
      '["jackson-databind", "jackson-kotlin"]',
      '[{}]',
      'bundle jackson has an unexpected value'
    ],
    ['a parse error', '[plugins]', '[plugins', 'line 18: a table header is not closed'],
    ['__proto__', '[plugins]', '[__proto__]\nx = 1\n[plugins]', '__proto__']
  ])('counts for all: %s', (_name, from, to, all) => {
    expect(catalogChange(CATALOG, edit(from, to)).all).toContain(all)
  })

  it('reads keys and values named __proto__ as plain text (the TOML tables have no prototype)', () => {
    const withProto = `${CATALOG}\n[bundles]\n"__proto__" = ["guava"]\n`
    expect(catalogChange(withProto, `${withProto}# a comment\n`)).toEqual({
      parts: [],
      none: ['only comments or layout changed']
    })
    const changed = catalogChange(withProto, withProto.replace('["guava"]', '[]'))
    expect(changed.all).toBeUndefined()
    expect(changed.parts.map((p) => p.name)).toEqual(['bundles...proto..'])
  })

  it('counts for all when the catalog is added, deleted or cannot be read at the tag', () => {
    expect(catalogChange(undefined, CATALOG).all).toBe('the version catalog was added')
    expect(catalogChange(CATALOG, undefined).all).toBe('the version catalog was deleted')
    expect(catalogChange('[versions\n', CATALOG).all).toMatch(/^the version catalog at the tag/)
    expect(catalogChange(CATALOG, CATALOG)).toEqual({ parts: [], none: [] })
    expect(catalogChange('', 'bundles = 1').all).toBe(
      'the version catalog cannot be read: bundles is not a table'
    )
  })
})

describe('catalogReferences', () => {
  const cases: [string, string, string[]][] = [
    [
      'Groovy accessors',
      'dependencies {\n  implementation libs.spring.boot.starter.web\n  implementation libs.bundles.jackson\n}',
      ['spring.boot.starter.web', 'bundles.jackson']
    ],
    [
      'Kotlin accessors, a plugin alias and a version',
      'plugins { alias(libs.plugins.spring.boot) }\nversion = libs.versions.app.get()\nimplementation(libs.guava)',
      ['plugins.spring.boot', 'versions.app', 'guava']
    ],
    [
      'asProvider() is left off',
      'implementation(libs.spring.boot.asProvider().get())',
      ['spring.boot']
    ],
    [
      'comments are skipped, strings too',
      '// libs.commented\n/* libs.block */\nimplementation "libs.x"\nimplementation libs.real',
      ['real']
    ],
    [
      'interpolations are read',
      'implementation "org.x:y:${libs.versions.y.get()}"\nimplementation "a:b:$libs.versions.b"',
      ['versions.y', 'versions.b']
    ],
    [
      'literal lookups, normalised',
      'val libs = versionCatalogs.named("libs")\nimplementation(libs.findLibrary("spring-boot_web").get())\n' +
        'libs.findVersion("java").get()\nlibs.findBundle("a-b")\nlibs.findPlugin("p.q")\ncatalog.getLibrary(\'z\')',
      ['spring.boot.web', 'versions.java', 'bundles.a.b', 'plugins.p.q', 'z']
    ],
    [
      'a Groovy lookup through extensions',
      'def catalog = project.extensions.getByType(VersionCatalogsExtension).find("libs").get()\n' +
        'implementation catalog.findLibrary("x").get()',
      ['x']
    ],
    [
      'a declared libs and a Gradle API getter',
      "val libs = the<LibrariesForLibs>()\nproject.getVersion()\nplugins.getPlugin('java')",
      ['plugins.java']
    ],
    [
      'an import of LibrariesForLibs',
      'import org.gradle.accessors.dm.LibrariesForLibs\nval libs = the<LibrariesForLibs>()',
      []
    ],
    [
      'a versionCatalogs block',
      'dependencyResolutionManagement { versionCatalogs { libs { } } }',
      []
    ],
    ['a class passed to findPlugin', 'plugins.findPlugin(JavaPlugin)', []],
    ['a configuration named libs', 'configurations.libs', []]
  ]
  it.each(cases)('%s', (_name, text, accessors) => {
    const r = catalogReferences(text)
    expect(r.dynamic).toEqual([])
    expect(r.refs.map((x) => x.accessor)).toEqual(accessors)
  })

  it('gives the 1-based line of each reference', () => {
    expect(catalogReferences('\n\nimplementation(libs.a)\n  // libs.b\nlibs.c').refs).toEqual([
      { accessor: 'a', line: 3 },
      { accessor: 'c', line: 5 }
    ])
  })

  it.each([
    [
      'findLibrary(name)',
      'implementation(libs.findLibrary(name).get())',
      'findLibrary(...) looks up a computed alias'
    ],
    [
      'an interpolated alias',
      'libs.findVersion("${n}")',
      'findVersion(...) looks up a computed alias'
    ],
    [
      'versionCatalogs.named(x)',
      'val c = versionCatalogs.named(catalogName)',
      'versionCatalogs names a catalog by a computed name'
    ],
    [
      'versionCatalogs iterated',
      'versionCatalogs.catalogNames.forEach { }',
      'versionCatalogs is read as a whole'
    ],
    [
      'library aliases',
      'libs.libraryAliases.each { }',
      'libraryAliases lists the aliases of a catalog'
    ],
    [
      'getLibraryAliases()',
      'for (a in catalog.getLibraryAliases()) {}',
      'getLibraryAliases lists the aliases of a catalog'
    ],
    ['libs indexed', 'implementation libs[name]', 'libs is read by a computed alias'],
    [
      'libs with a GString property',
      'implementation libs."$name"',
      'libs is read by a computed alias'
    ],
    ['libs passed on', 'configureDeps(libs)', 'libs is passed on as a whole'],
    [
      'a method called on libs',
      'libs.getProperty(n)',
      'libs.getProperty(...) is called on the catalog'
    ],
    [
      'LibrariesForLibs under another name',
      'val deps = the<LibrariesForLibs>()\ndeps.guava',
      'LibrariesForLibs is read under another name'
    ]
  ])('reports %s as dynamic', (_name, text, what) => {
    expect(catalogReferences(text).dynamic).toEqual([{ line: 1, what }])
  })

  it('never mistakes other words for the catalog', () => {
    expect(catalogReferences('mylibs.x\nlibsx.y\n$libs2\nfindLibraryX("a")')).toEqual({
      refs: [],
      dynamic: []
    })
  })
})
