// Renders docs/configuration.md from schema/vro-image-version.schema.json, so that the page
// cannot say anything the schema does not. Used by scripts/gen-docs.mjs and its drift test.

/** The schema node a `$ref` or a one-element `allOf` of a `$ref` stands for. */
function resolve(schema, node) {
  const ref = node.$ref ?? (node.allOf?.length === 1 ? node.allOf[0].$ref : undefined)
  if (!ref) return node
  const target = ref.replace(/^#\/definitions\//, '')
  return { ...schema.definitions[target], ...node }
}

/** A node's type in words: `paths` or `command`, list of strings, ... */
function typeOf(schema, raw) {
  const node = resolve(schema, raw)
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' or ')
  if (node.anyOf) return node.anyOf.map((n) => typeOf(schema, n)).join(', or ')
  if (node.type === 'array') return `list of ${node.items.title?.toLowerCase() ?? 'string'}s`
  if (node.type === 'object')
    return `mapping of image name or prefix to ${typeOf(schema, node.additionalProperties)}`
  return node.type
}

/** The Markdown page for the schema. */
export function renderConfigDocs(schema) {
  const out = [
    '<!-- Generated from schema/vro-image-version.schema.json by scripts/gen-docs.mjs; do not edit. -->',
    '',
    `# ${schema.title}`,
    '',
    schema.description,
    '',
    'The file is YAML. Every key is optional; an unknown key is an error. Editors that read JSON',
    'Schemas complete and check the file when its first line names the schema:',
    '',
    '```yaml',
    `# yaml-language-server: $schema=${schema.$id}`,
    'version: 1',
    'paths:',
    '  app: [app/**, libs/auth/**]',
    'shared-paths: [build.gradle, gradle/**]',
    '```',
    '',
    'An error names the file, the line and the key, e.g.',
    '`.github/vro-image-version.yml line 3: paths.app: "!x/**": "!" negation is not supported ...`.',
    '',
    '## Settings',
    ''
  ]
  for (const [key, raw] of Object.entries(schema.properties)) {
    const node = resolve(schema, raw)
    out.push(
      `### \`${key}\`: ${node.title}`,
      '',
      `Type: ${typeOf(schema, raw)}.`,
      '',
      node.description,
      ''
    )
  }
  return `${out.join('\n').trimEnd()}\n`
}
