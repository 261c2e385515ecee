/**
 * What changed in a shared build file, by its format (pure): the differ of each format of
 * parts.ts, chosen in one place.
 */
import { catalogChange } from './gradle/catalog-diff.js'
import { propertiesChange } from './gradle/properties-diff.js'
import { scriptChange } from './gradle/script-diff.js'
import type { FileChange, PartFormat } from './parts.js'

/** What changed between the file's text at the tag and at the head (undefined: not there). */
export function fileChange(
  format: PartFormat,
  before: string | undefined,
  after: string | undefined
): FileChange {
  switch (format) {
    case 'properties':
      return propertiesChange(before, after)
    case 'catalog':
      return catalogChange(before, after)
    case 'ancestor-script':
      return scriptChange(before, after, 'ancestor')
    case 'convention-script':
      return scriptChange(before, after, 'convention')
  }
}
