import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { checkReport } from '../../../src/report/findings'
import { renderWithView } from './renderWithView'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()
const findings = checkReport(report)
const findingsTab = (open: number) => screen.getByRole('tab', { name: `Hallazgos ${open}` })

async function openClusters() {
  const user = userEvent.setup()
  renderWithView(report, <SidePanelArea />)
  await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
  await user.click(screen.getByRole('button', { name: 'Agrupar variantes…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Agrupar variantes' })
  return { user, dialog: within(dialog) }
}

describe('the clusters dialog', () => {
  test('finds CONCURRENTE and CONCURRENTES by key collision and merges them in one step', async () => {
    const { user, dialog } = await openClusters()
    expect((await dialog.findByRole('status')).textContent).toBe('1 grupo entre 3 valores distintos.')
    const cluster = within(dialog.getByRole('group', { name: 'Grupo 1: 89 metas' }))
    expect(cluster.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['CONCURRENTE (86 metas)', 'CONCURRENTES (3 metas)'])
    expect(cluster.getByRole('textbox', { name: 'Valor fusionado del grupo 1' })).toHaveProperty('value', 'CONCURRENTE')
    await user.click(cluster.getByRole('button', { name: 'Fusionar este grupo' }))
    expect(await dialog.findByText('Se fusionó 1 grupo: 3 celdas cambiadas. Se deshace en un paso. No hay variantes en esta columna con este método.')).toBeDefined()
    await user.click(dialog.getByRole('button', { name: 'Cerrar' }))
    expect(findingsTab(findings.length - 3)).toBeDefined()
  })

  test('finds the objectives written two ways, by key collision and within two letters, and merges the selected ones as one undo step', async () => {
    const { user, dialog } = await openClusters()
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Columna' }), 'Objetivo del plan de desarrollo')
    await dialog.findByText('2 grupos entre 38 valores distintos.')
    await user.click(dialog.getByRole('radio', { name: /^Vecinos cercanos/ }))
    expect(await dialog.findByText('2 grupos entre 38 valores distintos.')).toBeDefined()
    const distance = dialog.getByRole('combobox', { name: 'Letras de diferencia, como máximo' })
    expect(distance).toHaveProperty('value', '2')
    await user.selectOptions(distance, '1')
    expect(await dialog.findByText('1 grupo entre 38 valores distintos.')).toBeDefined()
    await user.selectOptions(distance, '2')
    await dialog.findByText('2 grupos entre 38 valores distintos.')
    await user.click(dialog.getByRole('checkbox', { name: 'Seleccionar el grupo 1' }))
    await user.click(dialog.getByRole('checkbox', { name: 'Seleccionar el grupo 2' }))
    await user.click(dialog.getByRole('button', { name: 'Fusionar los seleccionados (2)' }))
    expect(await dialog.findByText(/^Se fusionaron 2 grupos: 6 celdas cambiadas\./)).toBeDefined()
    await user.click(dialog.getByRole('button', { name: 'Cerrar' }))
    expect(findingsTab(findings.length - 6)).toBeDefined()
    await user.keyboard('{Control>}z{/Control}')
    expect(findingsTab(findings.length)).toBeDefined()
  })

  test('merges into the value the person writes', async () => {
    const { user, dialog } = await openClusters()
    const into = await dialog.findByRole('textbox', { name: 'Valor fusionado del grupo 1' })
    await user.clear(into)
    await user.click(dialog.getByRole('button', { name: 'Fusionar este grupo' }))
    expect(dialog.getByRole('button', { name: 'Fusionar este grupo' })).toHaveProperty('disabled', true)
    await user.type(into, 'Concurrente')
    await user.click(dialog.getByRole('button', { name: 'Fusionar este grupo' }))
    expect(await dialog.findByText(/^Se fusionó 1 grupo: 89 celdas cambiadas\./)).toBeDefined()
  })
})
