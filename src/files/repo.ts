/** Loads what every run needs from a checkout: the image list and the versions file. */
import path from 'node:path'
import { parseImageVars, type Image } from './image-vars.js'
import { readCheckoutFile } from './checkout-file.js'
import { FileError, repoPath } from './repo-files.js'
import { fileWarning, type Warning } from '../util/warning.js'

export interface Repo {
  readonly root: string
  readonly images: readonly Image[]
  /** Warnings about the two files, each naming its file. */
  readonly warnings: readonly Warning[]
  readonly versionsFile: { readonly abs: string; readonly rel: string }
  /** The image list's file, relative to the root. */
  readonly varsFile: string
  /** Image name -> the line of its `# --- name in folder ./dir` comment in the image list. */
  readonly folderLines: ReadonlyMap<string, number>
  /** The versions file's text; empty when the file does not exist yet. */
  readonly versionsText: string
}

/** Reads the image list from `varsFile` and the pins from `versionsFile`, both repo-relative. */
export async function loadRepo(dir: string, varsFile: string, versionsFile: string): Promise<Repo> {
  const root = path.resolve(dir)
  const vars = repoPath(root, varsFile, 'vars-file')
  const versions = repoPath(root, versionsFile, 'versions-file')
  // The files named by inputs are never symbolic links (docs/security.md); the versions file is
  // also written back, which would replace a link with a file.
  const varsText = await readCheckoutFile(root, vars.rel, { what: 'vars-file', symlinks: 'refuse' })
  if (varsText === undefined) {
    throw new FileError(
      `vars-file ${vars.rel} not found in ${root}. Set vars-file to the generated image_vars.src that lists the images.`
    )
  }
  const { images, warnings, folderLines } = parseImageVars(varsText, vars.rel)
  const versionsText = await readCheckoutFile(root, versions.rel, {
    what: 'versions-file',
    symlinks: 'refuse'
  })
  return {
    root,
    images,
    warnings:
      versionsText === undefined
        ? [
            ...warnings,
            fileWarning(`${versions.rel} does not exist yet; it will be created`, versions.rel)
          ]
        : warnings,
    versionsFile: versions,
    varsFile: vars.rel,
    folderLines,
    versionsText: versionsText ?? ''
  }
}
