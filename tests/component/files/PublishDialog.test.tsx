import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { MemorySessionProvider } from '../../../src/ui/session/MemorySessionProvider'
import { PublishDialog } from '../../../src/features/files/PublishDialog'
import { checkReport } from '../../../src/report/findings'
import { formatNumber } from '../../../src/report/numbers'
import type { Report } from '../../../src/report/types'
import { seedReport } from '../../fixtures/seedReport'

const seed = seedReport()

/** The seed's metas repeated until some severity has thousands of findings, as a large report has. */
function enlarged(copies: number): Report {
  const metas = Array.from({ length: copies }, () => seed.metas)
    .flat()
    .map((meta, id) => ({ ...meta, id }))
  return { ...seed, metas }
}

describe('the publish dialog', () => {
  it('shows open finding counts with Ecuadorian digit grouping', () => {
    const report = enlarged(12)
    const warnings = checkReport(report).filter((f) => f.severity === 'warning').length
    expect(warnings).toBeGreaterThanOrEqual(1000)
    render(
      <LanguageProvider initial="es">
        <MemorySessionProvider original={report}>
          <PublishDialog onClose={() => {}} />
        </MemorySessionProvider>
      </LanguageProvider>,
    )
    const findings = screen.getByRole('region', { name: 'Hallazgos abiertos' })
    const item = within(findings).getByText('Advertencias', { exact: false })
    expect(item.textContent).toBe(`${formatNumber(warnings)} Advertencias`)
    expect(item.textContent).toMatch(/^\d{1,3}\.\d{3} Advertencias$/)
  })
})
