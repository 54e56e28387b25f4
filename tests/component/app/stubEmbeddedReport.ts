import { readFileSync } from 'node:fs'
import path from 'node:path'
import { vi } from 'vitest'

/** Serves public/default-report.txt to the app's fetch, as the static server does. */
export function stubEmbeddedReport(): Uint8Array {
  const bytes = new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt')))
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (String(url).endsWith('default-report.txt') ? new Response(bytes.slice()) : new Response('', { status: 404 }))),
  )
  return bytes
}
