/**
 * The build providers in use, and the settings of resolveInputs with them. Pure, as everything
 * under detect/build/: the head tree they read is loaded by detect/load-tree.ts.
 */
import { isBuildRootCandidate } from './build-files.js'
import { declaredBuilds } from './context/index.js'
import { buildsFor } from './context/match.js'
import { dockerProvider } from './docker/provider.js'
import { folderProvider } from './folder.js'
import { goProvider } from './go/provider.js'
import { gradleProvider } from './gradle/provider.js'
import { findJsRoots, jsProvider } from './js/index.js'
import { pythonProvider } from './python/index.js'
import { findBuildRootByGradle } from './gradle/roots.js'
import { findMavenRoots, mavenProvider } from './maven/provider.js'
import type { InputSettings } from './resolve-inputs.js'
import type { Provider } from './types.js'

/** The providers, in the order their inputs are listed. A new build system is one more here. */
export const PROVIDERS: readonly Provider[] = [
  gradleProvider,
  dockerProvider,
  mavenProvider,
  goProvider,
  jsProvider,
  pythonProvider
]

/** The settings of resolveInputs with the default providers. */
export function inputSettings(
  paths: InputSettings['paths'],
  sharedPaths: InputSettings['sharedPaths']
): InputSettings {
  return {
    ...(paths ? { paths } : {}),
    ...(sharedPaths ? { sharedPaths } : {}),
    providers: PROVIDERS,
    fallback: folderProvider,
    gradleRoots: findBuildRootByGradle,
    isBuildRoot: isBuildRootCandidate,
    nameRoots: [findMavenRoots, findJsRoots],
    contexts: { declared: declaredBuilds, match: buildsFor }
  }
}
