import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { App } from '../../../src/app/App'
import { parseReport } from '../../../src/report/parseReport'
import { stubEmbeddedReport } from './stubEmbeddedReport'

let expected: { entity: string; year: number | null; metas: number }

beforeEach(() => {
  localStorage.clear()
  window.history.replaceState(null, '', '/')
  const parsed = parseReport(stubEmbeddedReport())
  if (!parsed.ok) throw new Error('seed does not parse')
  expected = { entity: parsed.report.entity, year: parsed.report.year, metas: parsed.report.metas.length }
})

afterEach(() => vi.unstubAllGlobals())

test('the app opens the embedded report and names its entity, year and meta count in the banner', async () => {
  render(<App />)
  await screen.findByRole('heading', { level: 1, name: expected.entity })
  const banner = screen.getByRole('banner')
  expect(within(banner).getByRole('heading', { level: 1, name: expected.entity })).toBeTruthy()
  expect(within(banner).getByText(`Rendición de cuentas ${expected.year}`)).toBeTruthy()
  expect(within(banner).getByText(`${expected.metas} metas`)).toBeTruthy()
})

test('switching the language to English translates the banner and remembers the choice', async () => {
  render(<App />)
  await screen.findByRole('heading', { level: 1, name: expected.entity })
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'en')
  expect(await screen.findByText(`Accountability report ${expected.year}`)).toBeTruthy()
  expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy()
  expect(localStorage.getItem('poa.language')).toBe('en')
})

test('an unknown address shows the not-found page with a link back to the report', async () => {
  window.history.replaceState(null, '', '/no-existe')
  render(<App />)
  expect(await screen.findByRole('heading', { name: 'Página no encontrada' })).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Volver al informe' }).getAttribute('href')).toBe('/')
})
