// A git remote over smart HTTP that lists its refs but refuses to send objects: the ref
// advertisement (GET info/refs, protocol v0) is answered from a bare repository, and every
// upload-pack request (POST, the fetch itself) is answered 403, as a token without read access
// to the contents, or a proxy that forbids it, answers. `git ls-remote` works; `git fetch` fails.
import { createServer } from 'node:http'
import { runGit } from './emulator/exec.js'

/** A pkt-line: its length in four hex digits (the four included), then the text. */
const pkt = (text) => `${(Buffer.byteLength(text) + 4).toString(16).padStart(4, '0')}${text}`

/**
 * Serves `bareDir` at `<url>` (any path). Resolves with the URL, the requests seen (method and
 * path, in order) and close().
 * @param {string} bareDir
 */
export async function startForbiddenRemote(bareDir) {
  /** @type {{ method: string, path: string, status: number }[]} */
  const requests = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const answer = async () => {
      if (
        req.method === 'GET' &&
        url.pathname.endsWith('/info/refs') &&
        url.searchParams.get('service') === 'git-upload-pack'
      ) {
        const refs = await runGit(bareDir, [
          'upload-pack',
          '--stateless-rpc',
          '--advertise-refs',
          '.'
        ])
        const body = Buffer.concat([Buffer.from(`${pkt('# service=git-upload-pack\n')}0000`), refs])
        res.writeHead(200, {
          'content-type': 'application/x-git-upload-pack-advertisement',
          'cache-control': 'no-cache'
        })
        res.end(body)
        return 200
      }
      res.writeHead(403, { 'content-type': 'text/plain' })
      res.end('Forbidden\n')
      return 403
    }
    req.resume()
    answer().then(
      (status) => requests.push({ method: req.method ?? '', path: url.pathname, status }),
      (err) => {
        requests.push({ method: req.method ?? '', path: url.pathname, status: 500 })
        res.writeHead(500)
        res.end(String(err))
      }
    )
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://127.0.0.1:${address.port}/octo/mono.git`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
  }
}
