import { render, screen } from '@testing-library/react'
import { afterEach, beforeAll, expect, test, vi } from 'vitest'
import { App } from '../../../src/app/App'
import { preloadReportPage } from '../../../src/app/routes'
import { parseReport } from '../../../src/report/parseReport'

// The app fetches the report page's code while it asks for a team server; in a test its first load also transforms it.
beforeAll(async () => void (await preloadReportPage()))

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

test('when the embedded report cannot be read, the page says why in English when English is chosen', async () => {
  // The static server answering with a file cut to nothing.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(new Uint8Array())),
  )
  const parsed = parseReport(new Uint8Array(), 'default-report.txt')
  if (parsed.ok) throw new Error('an empty file parses')
  localStorage.setItem('poa.language', 'en')
  window.history.replaceState(null, '', '/')
  render(<App />)
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain(parsed.error.message.en)
  expect(alert.textContent).not.toContain(parsed.error.message.es)
})
