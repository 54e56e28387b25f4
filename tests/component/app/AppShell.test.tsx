import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { App } from '../../../src/app/App'
import { preloadReportPage } from '../../../src/app/routes'
import { seedReport } from '../../fixtures/seedReport'
import { stubEmbeddedReport } from './stubEmbeddedReport'

// The app fetches the report page's code while it asks for a team server; in a test its first load also transforms it.
beforeAll(async () => void (await preloadReportPage()))

let expected: { entity: string; year: number | null; metas: number }

beforeEach(() => {
  localStorage.clear()
  window.history.replaceState(null, '', '/')
  stubEmbeddedReport()
  const seed = seedReport()
  expected = { entity: seed.entity, year: seed.year, metas: seed.metas.length }
})

afterEach(() => vi.unstubAllGlobals())

test('the app opens the embedded report and names its entity, year and meta count in the banner', async () => {
  render(<App />)
  await screen.findByRole('heading', { level: 1, name: expected.entity })
  const banner = screen.getByRole('banner')
  expect(within(banner).getByRole('heading', { level: 1 }).textContent).toBe(expected.entity)
  // The line under the heading, as it reads: year, separator, meta count.
  expect(within(banner).getByText(`Rendición de cuentas ${expected.year}`).parentElement?.textContent).toBe(`Rendición de cuentas ${expected.year} · ${expected.metas} metas`)
})

test('switching the language to English translates the banner and remembers the choice', async () => {
  render(<App />)
  await screen.findByRole('heading', { level: 1, name: expected.entity })
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'en')
  const yearLine = await screen.findByText(`Accountability report ${expected.year}`)
  expect(within(screen.getByRole('banner')).getByText(`Accountability report ${expected.year}`)).toBe(yearLine)
  expect((screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).value).toBe('en')
  expect(document.documentElement.lang).toBe('en')
  expect(localStorage.getItem('poa.language')).toBe('en')
})

test('an unknown address shows the not-found page with a link back to the report', async () => {
  window.history.replaceState(null, '', '/no-existe')
  render(<App />)
  expect(within(await screen.findByRole('main')).getByRole('heading', { level: 1 }).textContent).toBe('Página no encontrada')
  expect(screen.getByRole('link', { name: 'Volver al informe' }).getAttribute('href')).toBe('/')
})
