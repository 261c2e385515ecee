/**
 * A commit's tree listed with `git ls-tree -r`, parsed as it streams in: every path, and the blob
 * ids of the files a caller wants to read (`readBlobs` in cat-file.ts).
 */
import { StringDecoder } from 'node:string_decoder'
import { checkOid, type GitProcesses } from './process.js'

/** A commit's tree as `ls-tree -r` lists it. */
export interface TreeListing {
  /** Every path (files, symbolic links, submodules), in git's order. */
  readonly files: string[]
  /** path -> blob id, for the regular files that `want` accepted. */
  readonly blobs: Map<string, string>
  /** path -> blob id of every symbolic link (its text is the link's target). */
  readonly links: Map<string, string>
}

/**
 * Every file of a commit's tree (one `git ls-tree -r`), repository-relative, and the blob ids
 * of the files that `want` accepts, so that their texts can be read by id (`readBlobs`): git
 * then need not walk the tree again for each path.
 */
export async function listFilesAndBlobs(
  git: GitProcesses,
  commit: string,
  want: (path: string) => boolean
): Promise<TreeListing> {
  checkOid(commit)
  // Parsed as it streams in: the listing of a large tree is megabytes, and git writes it
  // about as fast as it is parsed.
  const listing = new LsTreeParser(want)
  const args = ['ls-tree', '-r', '--full-tree', '-z', commit]
  git.succeeded(args, await git.run(args, undefined, undefined, (c) => listing.write(c)))
  return listing.end()
}

/**
 * Parses `git ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path>` entries, NUL-ended)
 * as it arrives in chunks: every path, path -> blob id for the regular files that `want`
 * accepts, and every symbolic link (mode 120000) with its blob id.
 * A chunk may end inside an entry or inside a UTF-8 sequence; both are carried over.
 */
export class LsTreeParser {
  private readonly files: string[] = []
  private readonly blobs = new Map<string, string>()
  private readonly links = new Map<string, string>()
  private readonly decoder = new StringDecoder('utf8')
  private rest = ''

  constructor(private readonly want: (path: string) => boolean) {}

  write(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk)
    const last = text.lastIndexOf('\0')
    if (last < 0) {
      this.rest = text
      return
    }
    this.rest = text.slice(last + 1)
    this.entries(text, last)
  }

  end(): TreeListing {
    const text = this.rest + this.decoder.end()
    this.rest = ''
    if (text !== '') this.entries(`${text}\0`, text.length)
    return { files: this.files, blobs: this.blobs, links: this.links }
  }

  /** The entries of text[0, end), end being the index of a NUL. */
  private entries(text: string, end: number): void {
    for (let at = 0; at <= end;) {
      const nul = text.indexOf('\0', at)
      const tab = text.indexOf('\t', at)
      if (tab >= 0 && tab < nul) {
        const path = text.slice(tab + 1, nul)
        this.files.push(path)
        // Symbolic links are rare: their mode is the one start that needs a look.
        if (text.startsWith('120000 ', at)) {
          const head = text.slice(at, tab).split(' ')
          if (head[2] !== undefined) this.links.set(path, head[2])
        } else if (this.want(path)) {
          const head = text.slice(at, tab).split(' ')
          if (head[1] === 'blob' && head[2] !== undefined) this.blobs.set(path, head[2])
        }
      }
      at = nul + 1
    }
  }
}
