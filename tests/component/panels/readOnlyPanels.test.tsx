import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { UndoRedoButtons } from '../../../src/features/workspace/UndoRedoButtons'
import { checkReport } from '../../../src/report/findings'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamRecord } from '../team/renderTeam'

const seed = seedReport()
const REASON = 'Su cuenta es de consulta: puede leer, filtrar, ver los gráficos y exportar, pero no cambiar el informe.'
const finding = checkReport(seed).find((f) => f.rule === 'justificationMissing')!

/** The texts of the elements a control names in aria-describedby: what a screen reader says after its name. */
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

function renderPanels(role: 'consulta' | 'secretaria' | 'planificacion', meta: number) {
  return renderTeam(
    <>
      <UndoRedoButtons />
      <SidePanelArea />
    </>,
    { account: account(role, role === 'consulta' ? luis : ana), url: `/?meta=${meta + 1}` },
  )
}

describe('the side panels of a read-only (consulta) account', () => {
  test('the meta panel says why, its narratives cannot be typed in, the review status shows without a step to take and there is no comment box', async () => {
    const user = userEvent.setup()
    const { session } = await renderPanels('consulta', 0)
    expect(screen.getByRole('note', { name: 'Solo lectura' }).textContent).toBe(REASON)
    const result = screen.getByRole('textbox', { name: 'Descripción del resultado' }) as HTMLTextAreaElement
    expect(result.readOnly).toBe(true)
    expect(descriptionOf(result)).toContain(REASON)
    await user.type(result, ' añadido')
    await user.tab()
    expect(result.value).toBe(seed.metas[0]!.cells.result)
    expect(screen.getByText('Estado:').textContent).toBe('Estado: Sin revisar')
    expect(screen.queryByRole('group', { name: 'Paso de revisión' })).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Nuevo comentario' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Comentar' })).toBeNull()
    for (const name of ['Deshacer', 'Rehacer']) {
      const button = screen.getByRole('button', { name }) as HTMLButtonElement
      expect([button.disabled, button.getAttribute('aria-description')]).toEqual([true, REASON])
    }
    expect(session.changes()).toEqual([])
  })

  test('findings show who accepted what, without Aceptar or Reabrir', async () => {
    const user = userEvent.setup()
    const page = await renderPanels('consulta', finding.meta)
    expect(within(screen.getByRole('list', { name: 'Hallazgos de esta meta' })).queryByRole('button', { name: /^Aceptar/ })).toBeNull()
    await arrive(page, [teamRecord(ana, 'ack', finding.meta, { rule: finding.rule, column: finding.column ?? '', reason: 'Se justificó por oficio' })])
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    expect(screen.getByRole('note', { name: 'Solo lectura' }).textContent).toBe(REASON)
    await user.click(screen.getByRole('checkbox', { name: 'Mostrar aceptados' }))
    await user.click(screen.getByRole('button', { name: /^Falta la justificación/ }))
    expect(screen.getAllByText('Aceptado: Se justificó por oficio')).toHaveLength(1)
    expect(screen.queryByRole('button', { name: /^Aceptar el hallazgo/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Reabrir' })).toBeNull()
  })
})
