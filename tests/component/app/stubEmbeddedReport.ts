import { vi } from 'vitest'
import { seedBytes } from '../../fixtures/seedReport'

/** Serves public/default-report.txt to the app's fetch, as the static server does. */
export function stubEmbeddedReport(): void {
  const bytes = seedBytes()
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (String(url).endsWith('default-report.txt') ? new Response(bytes.slice()) : new Response('', { status: 404 }))),
  )
}
