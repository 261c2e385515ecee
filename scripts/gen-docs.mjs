// Writes docs/configuration.md from the configuration schema; with --check, fails when the
// page on disk differs (a CI guard besides __tests__/docs-config.test.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { renderConfigDocs } from './config-docs.js'

const schema = JSON.parse(
  readFileSync(new URL('../schema/vro-image-version.schema.json', import.meta.url), 'utf8')
)
const page = new URL('../docs/configuration.md', import.meta.url)
const text = renderConfigDocs(schema)
if (process.argv.includes('--check')) {
  if (readFileSync(page, 'utf8') !== text) {
    console.error('docs/configuration.md is out of date: run node scripts/gen-docs.mjs')
    process.exit(1)
  }
} else {
  writeFileSync(page, text)
}
