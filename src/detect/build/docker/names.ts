/** Dockerfile names: which files are Dockerfiles (or Containerfiles), and those of a build root. */

/** The Dockerfile of a build root, in the order it is looked for (the Gradle docker plugins' last). */
export const ROOT_DOCKERFILES: readonly string[] = [
  'Dockerfile',
  'Containerfile',
  'src/docker/Dockerfile'
]

/**
 * Whether a path's file name is a Dockerfile's: `Dockerfile` or `Containerfile`, alone, with a
 * suffix after `.` or `-` (`Dockerfile.prod`, `Dockerfile-java`), or as the extension
 * (`api.Dockerfile`).
 */
export function isDockerfile(path: string): boolean {
  return /^(?:Dockerfile|Containerfile)(?:[.-]|$)|\.(?:Dockerfile|Containerfile)$/.test(
    path.slice(path.lastIndexOf('/') + 1)
  )
}
