/** The Maven provider (reactor builds from `pom.xml`), and the finder of the modules that build an image. */
export { findMavenRoots, mavenInputs, mavenProvider, wantsMaven } from './provider.js'
