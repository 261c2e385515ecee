/**
 * Objects read with `git cat-file`: revisions looked up (`--batch-check`) and blob texts read
 * (`--batch`, parsed as it streams in, with a bound on each blob's size), the build files of
 * change detection among them.
 */
import { checkOid, type GitProcesses } from './process.js'

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag'

export interface ObjectInfo {
  readonly oid: string
  readonly type: ObjectType
}

/**
 * The most bytes of one build file that detection reads (Dockerfiles, Gradle scripts, compose
 * files...). A larger one is not read: its provider reports it as unresolved, and the image's
 * inputs are widened with a warning.
 */
export const BUILD_FILE_MAX_BYTES = 4 * 1024 * 1024

/**
 * Looks up revisions (`refs/tags/v1.2.3^{commit}`, `<oid>:<path>`) with one `git cat-file
 * --batch-check`. Missing ones, and ones that cannot be written on one line, are undefined.
 */
export async function lookup(
  git: GitProcesses,
  specs: readonly string[]
): Promise<(ObjectInfo | undefined)[]> {
  const asked = specs.filter((s) => !/[\n\r]/.test(s))
  if (asked.length === 0) return specs.map(() => undefined)
  const out = await git.output(
    ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
    asked.map((s) => `${s}\n`).join('')
  )
  const infos = parseBatchCheck(out.toString('utf8'), asked.length)
  const bySpec = new Map(asked.map((s, i) => [s, infos[i]]))
  return specs.map((s) => bySpec.get(s))
}

/**
 * The texts of blobs by id, with one `git cat-file --batch` parsed as it streams in; ids that
 * are not blobs are left out, and so are blobs over `maxBytes` (their bytes are skipped as
 * they arrive, never held: a build file of a hostile branch cannot fill the memory).
 */
export async function readBlobs(
  git: GitProcesses,
  oids: readonly string[],
  maxBytes = BUILD_FILE_MAX_BYTES
): Promise<Map<string, string>> {
  for (const oid of oids) checkOid(oid)
  return catFiles(git, oids, (o) => o, maxBytes)
}

/**
 * The texts of files of a commit's tree by path (`<commit>:<path>` in one `cat-file --batch`):
 * for the few files whose blob ids the listing did not keep (targets of symbolic links).
 * Paths that cannot be written on one line are left out, as are paths that are not blobs.
 */
export async function readFilesAt(
  git: GitProcesses,
  commit: string,
  paths: readonly string[]
): Promise<Map<string, string>> {
  checkOid(commit)
  const asked = paths.filter((p) => p !== '' && !/[\n\r]/.test(p))
  return catFiles(git, asked, (p) => `${commit}:${p}`, BUILD_FILE_MAX_BYTES)
}

/**
 * The texts of files at several commits (`<commit>:<path>`, in one `cat-file --batch`), keyed
 * `<commit>:<path>`: shared build files at the tags they changed since.
 */
export async function readFilesAtCommits(
  git: GitProcesses,
  wanted: readonly { readonly commit: string; readonly path: string }[]
): Promise<Map<string, string>> {
  for (const w of wanted) checkOid(w.commit)
  const keys = wanted
    .filter((w) => w.path !== '' && !/[\n\r]/.test(w.path))
    .map((w) => `${w.commit}:${w.path}`)
  return catFiles(git, keys, (k) => k, BUILD_FILE_MAX_BYTES)
}

/** One `cat-file --batch` for `keys` (each asked as `spec(key)`): key -> text of each blob. */
async function catFiles(
  git: GitProcesses,
  keys: readonly string[],
  spec: (key: string) => string,
  maxBytes: number
): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  if (keys.length === 0) return texts
  const parser = new BatchParser(keys.length, maxBytes)
  const args = ['cat-file', '--batch']
  const input = keys.map((k) => `${spec(k)}\n`).join('')
  git.succeeded(args, await git.run(args, input, undefined, (c) => parser.write(c)))
  parser.end().forEach((blob, i) => {
    if (blob) texts.set(keys[i] as string, blob.toString('utf8'))
  })
  return texts
}

/** Parses `cat-file --batch-check='%(objectname) %(objecttype)'`: one entry per input line. */
export function parseBatchCheck(text: string, count: number): (ObjectInfo | undefined)[] {
  const lines = text.split('\n')
  const out: (ObjectInfo | undefined)[] = []
  for (let i = 0; i < count; i++) {
    const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag)$/.exec(lines[i] ?? '')
    out.push(m ? { oid: m[1] as string, type: m[2] as ObjectType } : undefined)
  }
  return out
}

/**
 * Parses `cat-file --batch` output as it arrives in chunks: for each asked object, its content
 * when it is a blob of at most `maxBytes`, else undefined (`<spec> missing`, trees, commits,
 * larger blobs, whose bytes are skipped rather than kept). Sizes come from the headers, so
 * contents may hold any byte.
 */
export class BatchParser {
  private readonly out: (Buffer | undefined)[] = []
  private header: Buffer[] = []
  /** Bytes of the current object still to come (its LF included); 0 between objects. */
  private left = 0
  private keep: Buffer[] | undefined

  constructor(
    private readonly count: number,
    private readonly maxBytes: number
  ) {}

  write(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length && this.out.length < this.count) {
      if (this.left > 0) {
        const take = Math.min(this.left, chunk.length - at)
        this.keep?.push(chunk.subarray(at, at + take))
        this.left -= take
        at += take
        if (this.left === 0) this.finish()
        continue
      }
      const eol = chunk.indexOf(0x0a, at)
      if (eol < 0) {
        this.header.push(chunk.subarray(at))
        return
      }
      this.header.push(chunk.subarray(at, eol))
      at = eol + 1
      const text = Buffer.concat(this.header).toString('utf8')
      this.header = []
      const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(text)
      if (!m) {
        this.out.push(undefined)
        continue
      }
      const size = Number(m[2])
      this.keep = m[1] === 'blob' && size <= this.maxBytes ? [] : undefined
      this.left = size + 1
      if (this.keep === undefined) this.out.push(undefined)
    }
  }

  /** One object's bytes are in: its content without the closing LF. */
  private finish(): void {
    if (this.keep === undefined) return
    const all = Buffer.concat(this.keep)
    this.out.push(all.subarray(0, all.length - 1))
    this.keep = undefined
  }

  end(): (Buffer | undefined)[] {
    const out = [...this.out]
    while (out.length < this.count) out.push(undefined)
    return out
  }
}
