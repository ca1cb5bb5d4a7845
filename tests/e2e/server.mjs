// Serves a built app (dist/) on loopback, with SPA fallback to index.html. No dependencies.
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
}

export async function serve(dir) {
  const root = path.resolve(dir)
  if (!fs.existsSync(path.join(root, 'index.html')))
    throw new Error(`${root}/index.html is missing: run npm run build first`)
  const server = http.createServer((req, res) => {
    let p = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname))
    if (!p.startsWith(root) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) p = path.join(root, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[path.extname(p)] || 'application/octet-stream' })
    fs.createReadStream(p).pipe(res)
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://localhost:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }
}
