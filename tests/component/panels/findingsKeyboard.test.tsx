import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { checkReport, ruleDef } from '../../../src/report/findings'
import { renderWithView } from './renderWithView'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()
const justification = checkReport(report).filter((f) => f.rule === 'justificationMissing')
const [first, second] = justification
// A rule the seed breaks exactly once (shiftedRow, numberUnparseable, … when read): filtered to it, that finding is the whole list.
const lone = checkReport(report).find((f, _, all) => all.filter((g) => g.rule === f.rule).length === 1)

/** Opens the findings tab and the justification group with the keyboard, focus on the first finding's "Aceptar". */
async function focusFirstAcknowledge() {
  const user = userEvent.setup()
  renderWithView(report, <SidePanelArea />, '/')
  screen.getByRole('tab', { name: /Hallazgos/ }).focus()
  await user.keyboard('{Enter}')
  screen.getByRole('button', { name: /^Falta la justificación/ }).focus()
  await user.keyboard('{Enter}')
  screen.getAllByRole('button', { name: `Aceptar el hallazgo de la meta ${first.no}` })[0].focus()
  return user
}

describe('findings panel by keyboard', () => {
  test('the seed has at least two justification findings to move between', () => {
    expect(justification.length).toBeGreaterThan(1)
  })

  test('accepting a finding with Enter moves focus to the next finding\'s "Aceptar", not to the page', async () => {
    const user = await focusFirstAcknowledge()
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Motivo' }))
    await user.keyboard('La meta se reprogramó{Enter}')
    expect(screen.queryByRole('textbox', { name: 'Motivo' })).toBeNull()
    expect(document.activeElement).not.toBe(document.body)
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Aceptar el hallazgo de la meta ${second.no}`)
  })

  test('with accepted findings shown, accepting one moves focus to its "Reabrir", and reopening back to "Aceptar"', async () => {
    const user = await focusFirstAcknowledge()
    await user.click(screen.getByRole('checkbox', { name: 'Mostrar aceptados' }))
    screen.getAllByRole('button', { name: `Aceptar el hallazgo de la meta ${first.no}` })[0].focus()
    await user.keyboard('{Enter}')
    await user.keyboard('Ya corregido en el sistema{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reabrir' }))
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('button', { name: 'Reabrir' })).toBeNull()
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Aceptar el hallazgo de la meta ${first.no}`)
  })

  test('Escape in the reason field cancels and puts focus back on "Aceptar"', async () => {
    const user = await focusFirstAcknowledge()
    await user.keyboard('{Enter}')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('textbox', { name: 'Motivo' })).toBeNull()
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Aceptar el hallazgo de la meta ${first.no}`)
  })

  test('accepting the last open finding of the list moves focus to "Mostrar aceptados", not to the page', async () => {
    if (!lone) throw new Error('the seed has no rule broken exactly once')
    const user = userEvent.setup()
    renderWithView(report, <SidePanelArea />, '/')
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Regla' }), ruleDef(lone.rule).doc.es)
    const collapsed = screen.queryByRole('button', { expanded: false, name: /1 hallazgo/ })
    if (collapsed) await user.click(collapsed)
    screen.getByRole('button', { name: `Aceptar el hallazgo de la meta ${lone.no}` }).focus()
    await user.keyboard('{Enter}')
    await user.keyboard('Revisado con la dirección{Enter}')
    // The findings tab now lists no finding and says why.
    const panel = screen.getByRole('tabpanel', { name: /^Hallazgos/ })
    expect(within(panel).getAllByText('No hay hallazgos con estos filtros.')).toHaveLength(1)
    expect(within(panel).queryAllByRole('button', { name: /^Ir a la meta / })).toEqual([])
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Mostrar aceptados' }))
  })
})
