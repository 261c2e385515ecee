// GitHub's public GraphQL schema (from @octokit/graphql-schema), built once per process, and the
// translation of graphql-js validation errors into the shape GitHub (graphql-ruby) answers with.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSchema, print, visit } from 'graphql'

let cached = null

function findSchemaFile() {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql')
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new Error('@octokit/graphql-schema is not installed (schema.graphql not found)')
}

/** The GraphQLSchema of api.github.com. */
export function githubSchema() {
  if (!cached) {
    // The published SDL defines a couple of fields twice; the schema itself is valid.
    cached = buildSchema(readFileSync(findSchemaFile(), 'utf8'), { assumeValidSDL: true })
  }
  return cached
}

/**
 * graphql-ruby reports where a validation error sits as a path of AST names:
 * ["query GetFile", "repository", "object", "... on Blob", "txt"]. Build that for every node.
 */
function astPaths(document) {
  const paths = new Map()
  const stack = []
  const labelled = new WeakSet()
  visit(document, {
    enter(node) {
      let label = null
      switch (node.kind) {
        case 'OperationDefinition':
          label = node.name ? `${node.operation} ${node.name.value}` : node.operation
          break
        case 'FragmentDefinition':
          label = `fragment ${node.name.value}`
          break
        case 'Field':
          label = node.name.value
          break
        case 'InlineFragment':
          label = node.typeCondition ? `... on ${node.typeCondition.name.value}` : '...'
          break
        case 'FragmentSpread':
          label = `... ${node.name.value}`
          break
      }
      if (label !== null) {
        stack.push(label)
        labelled.add(node)
      }
      paths.set(node, [...stack])
    },
    leave(node) {
      if (labelled.has(node)) stack.pop()
    }
  })
  return paths
}

const RULES = [
  {
    re: /^Cannot query field "([^"]+)" on type "([^"]+)"\./,
    map: ([, field, type]) => ({
      message: `Field '${field}' doesn't exist on type '${type}'`,
      extensions: { code: 'undefinedField', typeName: type, fieldName: field }
    })
  },
  {
    re: /^Unknown argument "([^"]+)" on field "(?:[^".]+\.)?([^"]+)"\./,
    map: ([, arg, field]) => ({
      message: `Field '${field}' doesn't accept argument '${arg}'`,
      extensions: { code: 'argumentNotAccepted', name: field, typeName: 'Field', argumentName: arg }
    })
  },
  {
    re: /^Field "(?:[^".]+\.)?([^"]+)" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./,
    map: ([, field, arg]) => ({
      message: `Field '${field}' is missing required arguments: ${arg}`,
      extensions: {
        code: 'missingRequiredArguments',
        className: 'Field',
        name: field,
        arguments: arg
      }
    })
  },
  {
    re: /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./,
    map: ([, field, type]) => ({
      message: `Selections can't be made on scalars (field '${field}' returns ${type} but has selections)`,
      extensions: { code: 'selectionMismatch', nodeName: `field '${field}'`, typeName: type }
    })
  },
  {
    re: /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\./,
    map: ([, field, type]) => ({
      message: `Field must have selections (field '${field}' returns ${type} but has no selections. Did you mean '${field} { ... }'?)`,
      extensions: { code: 'selectionMismatch', nodeName: `field '${field}'`, typeName: type }
    })
  },
  {
    re: /^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./,
    map: ([, name, given, expected]) => ({
      message: `Type mismatch on variable $${name} and argument (${given} / ${expected})`,
      extensions: { code: 'variableMismatch', variableName: name, typeName: given }
    })
  },
  {
    re: /^Variable "\$([^"]+)" is never used/,
    map: ([, name]) => ({
      message: `Variable $${name} is declared by anonymous query but not used`,
      extensions: { code: 'variableNotUsed', variableName: name }
    })
  },
  {
    re: /^Variable "\$([^"]+)" is not defined/,
    map: ([, name]) => ({
      message: `Variable $${name} is used by anonymous query but not declared`,
      extensions: { code: 'variableNotDefined', variableName: name }
    })
  }
]

/** Convert graphql-js validation errors into GitHub's error objects. */
export function githubValidationErrors(errors, document) {
  const paths = astPaths(document)
  return errors.map((error) => {
    const rule = RULES.map((r) => ({ r, m: r.re.exec(error.message) })).find((x) => x.m)
    const mapped = rule
      ? rule.r.map(rule.m)
      : { message: error.message, extensions: { code: 'validationError' } }
    const node = error.nodes?.[error.nodes.length - 1]
    const out = {}
    const path = node ? paths.get(node) : undefined
    if (path) out.path = path
    out.extensions = mapped.extensions
    if (error.locations) out.locations = error.locations
    out.message = mapped.message
    return out
  })
}

/** GitHub's answer to a document that does not parse. */
export function githubSyntaxError(error) {
  const loc = error.locations?.[0]
  const detail = error.message.replace(/^Syntax Error: /, '')
  return {
    message: loc
      ? `Parse error: ${detail} at [${loc.line}, ${loc.column}]`
      : `Parse error: ${detail}`,
    ...(loc ? { locations: [loc] } : {})
  }
}

/**
 * graphql-js: 'Variable "$input" got invalid value null at "input.expectedHeadOid"; Expected
 * non-nullable type "GitObjectID!" not to be null.'  GitHub: 'Variable $input of type
 * CreateCommitOnBranchInput! was provided invalid value for expectedHeadOid (Expected value to
 * not be null)'.
 */
export function githubVariableError(error, document, variables) {
  const m = /^Variable "\$([^"]+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s.exec(
    error.message
  )
  const missing = /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\./.exec(
    error.message
  )
  const declared = (name) => {
    for (const def of document.definitions) {
      for (const v of def.variableDefinitions ?? []) {
        if (v.variable.name.value === name) return print(v.type)
      }
    }
    return '?'
  }
  if (missing) {
    return {
      extensions: {
        value: null,
        problems: [{ path: [], explanation: 'Expected value to not be null' }]
      },
      locations: error.locations,
      message: `Variable $${missing[1]} of type ${missing[2]} was provided invalid value`
    }
  }
  if (!m) return { message: error.message, locations: error.locations }
  const [, name, , at, reason] = m
  const path = at ? at.split('.').slice(1) : []
  let explanation = reason
  let fieldPath = path
  const required = /^Field "([^"]+)" of required type "[^"]+" was not provided\./.exec(reason)
  const unknown = /^Field "([^"]+)" is not defined by type "([^"]+)"/.exec(reason)
  if (/^Expected non-nullable type .* not to be null\.$/.test(reason)) {
    explanation = 'Expected value to not be null'
  } else if (required) {
    explanation = 'Expected value to not be null'
    fieldPath = [...path, required[1]]
  } else if (unknown) {
    explanation = `Field is not defined on ${unknown[2]}`
    fieldPath = [...path, unknown[1]]
  }
  return {
    extensions: {
      value: variables?.[name] ?? null,
      problems: [{ path: fieldPath, explanation }]
    },
    locations: error.locations,
    message: `Variable $${name} of type ${declared(name)} was provided invalid value${
      fieldPath.length ? ` for ${fieldPath.join('.')}` : ''
    } (${explanation})`
  }
}
