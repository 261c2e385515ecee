/** docs/configuration.md is generated from the schema; this fails when the two drift apart. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import schema from '../schema/vro-image-version.schema.json' with { type: 'json' }
import { renderConfigDocs } from '../scripts/config-docs.js'

const page = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8')

describe('docs/configuration.md', () => {
  it('is what scripts/gen-docs.mjs renders from the schema (run it after a schema change)', () => {
    expect(page).toBe(renderConfigDocs(schema))
  })

  it.each(Object.entries(schema.properties))('documents %s with its description', (key, node) => {
    expect(page).toContain(`### \`${key}\`: ${node.title}`)
    expect(page).toContain(node.description)
  })
})
