/**
 * The differs of shared Gradle build files (pure): what changed in a `gradle.properties` or a
 * version catalog between the tag and the head, and which catalog accessors a script reads.
 */
export { propertiesChange, readProperties, readByGradle } from './properties-diff.js'
export { accessorOf, catalogChange } from './catalog-diff.js'
export { type CatalogReferences, catalogReferences } from './catalog-refs.js'
