// The import graph of src/, read statically from the sources, for the tests about the layout
// (__tests__/plan/import-graph.test.ts, __tests__/layout.test.ts). TypeScript, like tree.ts:
// it uses the typescript compiler's parser, and only jest's ts-jest transform loads it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export const SRC = path.resolve('src')

export interface Edge {
  readonly to: string
  /**
   * True when the import brings types only (`import type`, every name marked `type`,
   * `export type ... from`, a `typeof import('...')` type): it loads nothing at run time.
   */
  readonly typeOnly: boolean
}

/** The file of src/ that a relative module specifier names, from `file`; undefined outside src/. */
function resolve(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined
  const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'))
  return target.startsWith(`${SRC}${path.sep}`) ? target : undefined
}

/** Whether an import declaration brings types only. */
function typeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause
  const named = clause?.namedBindings
  return (
    clause !== undefined &&
    (clause.isTypeOnly ||
      (clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly)))
  )
}

/**
 * The relative imports and re-exports of one source file, resolved to files of src/: the import
 * and export declarations, and the `import('...')` calls and types anywhere in the file (a call
 * loads its module at run time, a type loads nothing).
 */
export function importsOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022)
  const edges: Edge[] = []
  const add = (spec: ts.Node | undefined, typeOnly: boolean): void => {
    const to = spec && ts.isStringLiteral(spec) ? resolve(file, spec.text) : undefined
    if (to !== undefined) edges.push({ to, typeOnly })
  }
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, typeOnlyImport(node))
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edges
}

/** Every TypeScript file of src/, absolute, sorted. */
export function srcFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? srcFiles(path.join(dir, e.name))
        : e.name.endsWith('.ts')
          ? [path.join(dir, e.name)]
          : []
    )
    .sort()
}

/** A path relative to src/, with `/`. */
export const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/')
