/**
 * A production-like static server for the bench: serves a built dist/ with pre-compressed `.gz`
 * files (what nginx's gzip_static or any CDN does), and index.html for unknown paths (a SPA).
 * `vite preview` compresses every response on the fly, which for a 73 MB report costs more than
 * the app itself and is not how the app is deployed.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** Writes a `.gz` beside every text file of `dir`, as a deploy step would. */
export function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && TYPES[path.extname(file)]) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)))
  }
}

export function serveStatic(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let file = path.join(dir, decodeURIComponent(url.pathname))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(dir, 'index.html')
    const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }
    const gz = `${file}.gz`
    const gzipped = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && existsSync(gz)
    if (gzipped) headers['Content-Encoding'] = 'gzip'
    response.writeHead(200, headers)
    response.end(readFileSync(gzipped ? gz : file))
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

/** Builds the app into `dir` (with its manifest, for the bundle sizes), pre-compresses it and serves it on 127.0.0.1:`port`. */
export async function buildAndServe(dir: string, port: number): Promise<Server> {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--manifest'], { stdio: 'ignore' })
  if (build.status !== 0) throw new Error('vite build failed')
  precompress(dir)
  return serveStatic(dir, port)
}
