import { describe, expect, it } from '@jest/globals'
import { copiesBuildOutput } from '../../../src/detect/build/build-output.js'
import { treeOf } from '../../../test-support/tree.js'

describe('copiesBuildOutput', () => {
  const tree = treeOf({
    'jib/pom.xml': '',
    'out/pom.xml': '',
    'out/Dockerfile': 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar',
    'src/pom.xml': '',
    'src/Dockerfile': 'FROM maven:3 AS b\nCOPY pom.xml /b/\nRUN mvn package',
    'deploy/Dockerfile.out': 'FROM x\nCOPY target/*.jar /app/'
  })
  it.each([
    ['no Dockerfile: the build makes the image (jib)', 'jib', [], undefined],
    ['a Dockerfile that copies a build output', 'out', [], true],
    ['a Dockerfile that copies only files of the repository', 'src', [], false],
    [
      'a declared Dockerfile elsewhere that copies a build output',
      'src',
      ['deploy/Dockerfile.out'],
      true
    ],
    ['a declared Dockerfile, and no Dockerfile of its own', 'jib', ['deploy/Dockerfile.out'], true]
  ])('%s', (_name, folder, declared, expected) => {
    expect(copiesBuildOutput(folder, tree, new Set(declared))).toBe(expected)
  })

  it("reads the folder's own Dockerfile when no build is declared", () => {
    expect(copiesBuildOutput('out', tree)).toBe(true)
  })
})
