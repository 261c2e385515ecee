/**
 * The image list of `image_vars.src`, read as text (the file is never executed): each image's
 * name and bash prefix from its two lists (image-vars-lists.ts), checked, with the folder of an
 * older `# --- name in folder ./dir` comment and its `_GRADLE_IMG` and `_IMG` names; and image
 * references resolved against that list.
 */
import { escapeForMessage } from '../util/escape.js'
import {
  ImageVarsError,
  readList,
  refuseOtherEdits,
  shownLine,
  type ListDecl
} from './image-vars-lists.js'
import { fileWarning, type Warning } from '../util/warning.js'

/** One container image of the monorepo, as `image_vars.src` declares it. */
export interface Image {
  /** The image name, e.g. `api-gateway`. */
  readonly name: string
  /** The bash variable prefix: the name with the dashes removed, e.g. `apigateway`. */
  readonly prefix: string
  /** Folder from an older `# --- name in folder ./dir` comment, without `./`. */
  readonly folder?: string
  /** `<prefix>_GRADLE_IMG`: the local image name from the build. */
  readonly gradleImage?: string
  /** `<prefix>_IMG`: the image name in the registry. */
  readonly registryImage?: string
}

export interface ImageList {
  readonly images: readonly Image[]
  readonly warnings: readonly Warning[]
  /** Image name -> the 1-based line of its `# --- name in folder ./dir` comment. */
  readonly folderLines: ReadonlyMap<string, number>
}

const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/

function checkUnique(items: readonly string[], what: string, decl: ListDecl, file: string): void {
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item))
      throw new ImageVarsError(`${file}:${decl.line}: ${what} "${item}" is listed twice`)
    seen.add(item)
  }
}

/** Reads the image list of `image_vars.src` as text; the file is never executed. */
export function parseImageVars(text: string, file = 'scripts/image_vars.src'): ImageList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const warnings: Warning[] = []
  refuseOtherEdits(lines, file)
  const names = readList(lines, 'VRO_IMAGES', file)
  const prefixes = readList(lines, 'VAR_PREFIXES', file)
  if (!names && !prefixes) {
    throw new ImageVarsError(
      `${file}: no image list found. Expected VAR_PREFIXES_ARR=( ... ) or export VAR_PREFIXES="..." ` +
        `(and VRO_IMAGES_ARR / VRO_IMAGES for the image names).`
    )
  }
  for (const name of names?.items ?? []) {
    if (!IMAGE_NAME.test(name)) {
      throw new ImageVarsError(
        `${file}:${names?.line}: ${escapeForMessage(name)} is not a valid image name`
      )
    }
  }
  for (const prefix of prefixes?.items ?? []) {
    if (!PREFIX.test(prefix)) {
      throw new ImageVarsError(
        `${file}:${prefixes?.line}: ${escapeForMessage(prefix)} is not a valid bash variable prefix`
      )
    }
  }
  const nameList = names?.items ?? (prefixes?.items as string[])
  const prefixList = prefixes?.items ?? nameList.map((n) => n.replace(/-/g, ''))
  if (names && prefixes && names.items.length !== prefixes.items.length) {
    throw new ImageVarsError(
      `${file}: VRO_IMAGES lists ${names.items.length} images but VAR_PREFIXES lists ${prefixes.items.length}:\n` +
        `  line ${names.line}: ${shownLine(names.text)}\n  line ${prefixes.line}: ${shownLine(prefixes.text)}`
    )
  }
  if (!names) {
    const message = `${file}: no VRO_IMAGES list; image names are taken from VAR_PREFIXES`
    warnings.push(fileWarning(message, file, prefixes?.line))
  }
  for (const p of prefixList) {
    if (!PREFIX.test(p))
      throw new ImageVarsError(`${file}: image "${p}" does not give a valid bash prefix`)
  }
  checkUnique(nameList, 'image', (names ?? prefixes) as ListDecl, file)
  checkUnique(prefixList, 'prefix', (prefixes ?? names) as ListDecl, file)

  const folders = new Map<string, string>()
  const folderLines = new Map<string, number>()
  const assigned = new Map<string, string>()
  for (const [n, line] of lines.entries()) {
    const folder = /^#\s*---\s*(\S+)\s+in\s+folder\s+(\S+)\s*$/.exec(line)
    if (folder?.[1] && folder[2]) {
      folders.set(folder[1], folder[2].replace(/^\.\//, '').replace(/\/+$/, ''))
      folderLines.set(folder[1], n + 1)
    }
    const v =
      /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*_(?:GRADLE_IMG|IMG))=(?:"([^"$`\\]*)"|'([^']*)')/.exec(
        line
      )
    if (v?.[1]) assigned.set(v[1], v[2] ?? v[3] ?? '')
  }

  const images = nameList.map((name, i): Image => {
    const prefix = prefixList[i] as string
    const folder = folders.get(name)
    const gradleImage = assigned.get(`${prefix}_GRADLE_IMG`)
    const registryImage = assigned.get(`${prefix}_IMG`)
    return {
      name,
      prefix,
      ...(folder !== undefined && folder !== '' && folder !== '.' ? { folder } : {}),
      ...(gradleImage !== undefined ? { gradleImage } : {}),
      ...(registryImage !== undefined ? { registryImage } : {})
    }
  })
  return { images, warnings, folderLines }
}

/**
 * Resolves image references (image names or prefixes) against the list.
 * Throws naming the unknown references and the known images.
 */
export function resolveImages(list: readonly Image[], refs: readonly string[]): Image[] {
  const unknown: string[] = []
  const out: Image[] = []
  for (const ref of refs) {
    const image = list.find((i) => i.name === ref) ?? list.find((i) => i.prefix === ref)
    if (!image) unknown.push(ref)
    else if (!out.includes(image)) out.push(image)
  }
  if (unknown.length > 0) {
    throw new ImageVarsError(
      `Unknown image${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => escapeForMessage(u)).join(', ')}. ` +
        `Known images: ${list.map((i) => i.name).join(', ')}`
    )
  }
  return out
}
