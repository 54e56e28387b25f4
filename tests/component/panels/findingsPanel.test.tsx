import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { checkReport } from '../../../src/report/findings'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { renderWithView } from './renderWithView'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()
const findings = checkReport(report)
const justification = findings.filter((f) => f.rule === 'justificationMissing')
const target = justification[0]

/** Whether the findings tab is the one shown, as its role state says; it names the open findings' count. */
const findingsTabSelected = (count: number) => screen.getByRole('tab', { name: `Hallazgos ${count}` }).getAttribute('aria-selected')

function openFindingsTab(url = '/') {
  const rendered = renderWithView(report, <SidePanelArea />, url)
  return rendered
}

describe('findings panel', () => {
  test('groups every finding of the report by rule with its count', async () => {
    const user = userEvent.setup()
    openFindingsTab()
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    expect(findingsTabSelected(findings.length)).toBe('true')
    const group = screen.getByRole('button', { name: `Falta la justificación (Advertencia): ${justification.length} hallazgos` })
    expect(group.getAttribute('aria-expanded')).toBe('false')
  })

  test('filtering by severity keeps only the groups of that severity', async () => {
    const user = userEvent.setup()
    openFindingsTab()
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gravedad' }), 'error')
    const groups = screen.getAllByRole('button', { expanded: false })
    const errorRules = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule))
    expect(groups.length).toBe(errorRules.size)
    for (const g of groups) expect(g.getAttribute('aria-label')).toContain('(Error)')
  })

  test('clicking a finding selects its meta in the view', async () => {
    const user = userEvent.setup()
    const { params } = openFindingsTab()
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    await user.click(screen.getByRole('button', { name: /Falta la justificación/ }))
    await user.click(screen.getByRole('button', { name: `Ir a la meta ${target.no}, columna Descripción del resultado` }))
    expect(params().get('meta')).toBe(String(target.meta + 1))
  })

  test('a finding fixed by an edit disappears from the list and the counts', async () => {
    const user = userEvent.setup()
    openFindingsTab(`/?meta=${target.meta + 1}`)
    const result = screen.getByRole('textbox', { name: 'Descripción del resultado' })
    const metaFindings = screen.getByRole('list', { name: 'Hallazgos de esta meta' })
    const items = within(metaFindings).getAllByRole('listitem')
    expect(items).toHaveLength(findings.filter((f) => f.meta === target.meta).length)
    expect(items.filter((item) => within(item).queryByText(target.message.es) !== null)).toHaveLength(1)
    await user.click(result)
    await user.keyboard('{Control>}{End}{/Control} Justificación: la emergencia sanitaria redujo la atención.')
    await user.tab()
    expect(screen.queryByRole('list', { name: 'Hallazgos de esta meta' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Hallazgos de esta meta' }).nextElementSibling?.textContent).toBe('Esta meta no tiene hallazgos.')
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    expect(findingsTabSelected(findings.length - 1)).toBe('true')
    await user.click(screen.getByRole('button', { name: `Falta la justificación (Advertencia): ${justification.length - 1} hallazgos` }))
    expect(screen.queryByRole('button', { name: `Ir a la meta ${target.no}, columna Descripción del resultado` })).toBeNull()
  })

  test('acknowledging a finding with a reason stops counting it as open; it can be shown and reopened', async () => {
    const user = userEvent.setup()
    openFindingsTab()
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    await user.click(screen.getByRole('button', { name: /Falta la justificación/ }))
    await user.click(screen.getAllByRole('button', { name: `Aceptar el hallazgo de la meta ${target.no}` })[0])
    await user.click(screen.getByRole('button', { name: 'Guardar' }))
    expect(screen.getByRole('alert').textContent).toBe('Escriba el motivo para aceptar el hallazgo.')
    await user.type(screen.getByRole('textbox', { name: 'Motivo' }), 'La meta se reprogramó')
    await user.click(screen.getByRole('button', { name: 'Guardar' }))
    expect(findingsTabSelected(findings.length - 1)).toBe('true')
    expect(screen.getByRole('status').textContent).toBe(`${findings.length - 1} abiertos, 1 aceptado`)
    await user.click(screen.getByRole('checkbox', { name: 'Mostrar aceptados' }))
    // The reason shows on the finding it was given for.
    const accepted = screen.getByText('Aceptado: La meta se reprogramó').closest('li')!
    expect(
      within(accepted)
        .getByRole('button', { name: /^Ir a la meta / })
        .getAttribute('aria-label'),
    ).toBe(`Ir a la meta ${target.no}, columna Descripción del resultado`)
    await user.click(screen.getByRole('button', { name: 'Reabrir' }))
    expect(findingsTabSelected(findings.length)).toBe('true')
  })
})
