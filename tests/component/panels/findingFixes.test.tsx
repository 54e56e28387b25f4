import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { applyEdits } from '../../../src/report/applyEdits'
import { checkReport } from '../../../src/report/findings'
import { ReportSessionContext, useReportSession } from '../../../src/ui/session/ReportSession'
import { renderWithView } from './renderWithView'
import { seedReport } from '../../fixtures/seedReport'

const report = seedReport()
const findings = checkReport(report)
const count = (rule: string) => findings.filter((f) => f.rule === rule).length
const metaNo = (no: string) => report.metas.find((m) => m.cells.no === no)!

/** The findings tab's name carries the open findings' count. */
const findingsTab = (open: number) => screen.getByRole('tab', { name: `Hallazgos ${open}` })
const group = (name: string, n: number) => screen.getByRole('button', { name: new RegExp(`^${name} \\(.+\\): ${n} hallazgos?$`) })

async function openGroup(name: string, n: number, url = '/') {
  const user = userEvent.setup()
  renderWithView(report, <SidePanelArea />, url)
  await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
  await user.click(group(name, n))
  return user
}

/** The session as a consulta account sees it: nothing may be changed. */
function ReadOnly({ children }: { children: ReactNode }) {
  const session = useReportSession()
  const access = { canEdit: false, canImport: false, readOnlyReason: { es: 'Solo lectura', en: 'Read only' }, account: null }
  return <ReportSessionContext.Provider value={{ ...session, access }}>{children}</ReportSessionContext.Provider>
}

describe('fixes in the findings panel', () => {
  test('an HTML residue fix shows the cell before → after with the tag marked, applies in one step and is undone in one', async () => {
    const user = await openGroup('Restos de HTML', 4)
    await user.click(screen.getAllByRole('button', { name: 'Quitar el HTML' })[0]!)
    const preview = screen.getByRole('group', { name: 'Corrección de la meta 29' })
    expect(within(preview).getByText('Meta N.º 29 · Competencia')).toBeDefined()
    // The opening and the closing tag, each with the word it is written against.
    expect(
      within(preview)
        .getAllByRole('deletion')
        .map((d) => d.textContent),
    ).toEqual(['[quitado: <p>FOMENTO ]', '[quitado: productivo.</p>]'])
    expect(
      within(preview)
        .getAllByRole('insertion')
        .map((d) => d.textContent),
    ).toEqual(['[añadido: FOMENTO ]', '[añadido: productivo.]'])
    // Apply has the focus: Enter applies.
    expect(document.activeElement).toBe(within(preview).getByRole('button', { name: 'Aplicar' }))
    await user.keyboard('{Enter}')
    expect(group('Restos de HTML', 3)).toBeDefined()
    expect(findingsTab(findings.length - 1)).toBeDefined()
    expect(screen.getByText('Corrección aplicada: 1 celda cambiada. Se deshace en un paso.')).toBeDefined()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Deshacer' }))
    await user.keyboard('{Enter}')
    expect(findingsTab(findings.length)).toBeDefined()
    expect(screen.getByText('Corrección deshecha.')).toBeDefined()
    expect(screen.queryByRole('button', { name: 'Deshacer' })).toBeNull()
  })

  test('cancelling a preview, or Escape, changes nothing', async () => {
    const user = await openGroup('Restos de HTML', 4)
    await user.click(screen.getAllByRole('button', { name: 'Quitar el HTML' })[0]!)
    await user.click(screen.getByRole('button', { name: 'Cancelar' }))
    expect(screen.queryByRole('group', { name: /^Corrección de la meta/ })).toBeNull()
    await user.click(screen.getAllByRole('button', { name: 'Quitar el HTML' })[1]!)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: /^Corrección de la meta/ })).toBeNull()
    expect(findingsTab(findings.length)).toBeDefined()
  })

  test('"Corregir todos" previews the count and the first changes, empties the group in one step, and one undo brings every cell back', async () => {
    const variants = count('categoryVariant')
    const plural = metaNo('149')
    const user = await openGroup('Variante de escritura', variants, `/?meta=${plural.id + 1}`)
    await user.click(screen.getByRole('button', { name: `Corregir todos los hallazgos «Variante de escritura» de la vista (${variants})` }))
    const preview = screen.getByRole('group', { name: 'Corrección de todos los hallazgos «Variante de escritura»' })
    expect(within(preview).getByText(`Se corregirán ${variants} hallazgos (${variants} celdas) en un solo paso, que se deshace de una vez. Primeros cambios:`)).toBeDefined()
    expect(within(preview).getAllByRole('listitem')).toHaveLength(3)
    expect(within(preview).getByText(`… y ${variants - 3} cambios más.`)).toBeDefined()
    await user.click(within(preview).getByRole('button', { name: `Aplicar a ${variants}` }))
    expect(screen.queryByRole('button', { name: /^Variante de escritura/ })).toBeNull()
    expect(findingsTab(findings.length - variants)).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Deshacer' }))
    expect(group('Variante de escritura', variants)).toBeDefined()
    expect(findingsTab(findings.length)).toBeDefined()
    // Redo and undo by keyboard, watching meta 149's competence type in the meta panel.
    await user.click(screen.getByRole('tab', { name: 'Meta' }))
    const shownType = () => screen.getByText('Tipo de competencia').nextElementSibling!.textContent
    expect(shownType()).toBe('CONCURRENTES')
    await user.keyboard('{Control>}y{/Control}')
    expect(shownType()).toBe('CONCURRENTE')
    await user.keyboard('{Control>}z{/Control}')
    expect(shownType()).toBe('CONCURRENTES')
    expect(findingsTab(findings.length)).toBeDefined()
  })

  test('a fix-all counts only the findings of metas in the current view', async () => {
    // The view filtered to competence type CONCURRENTES keeps the three plural spellings and none of the objectives' variants.
    const user = await openGroup('Variante de escritura', count('categoryVariant'), '/?ctype=concurrentes')
    await user.click(screen.getByRole('button', { name: /^Corregir todos los hallazgos «Variante de escritura» de la vista/ }))
    expect(screen.getByText(/^Se corregirán \d+ hallazgos/).textContent).toMatch(/^Se corregirán 3 hallazgos \(3 celdas\)/)
    expect(screen.getByText(`${count('categoryVariant') - 3} hallazgos quedan fuera de la vista actual y no se cambian.`)).toBeDefined()
  })

  test('a variant is written as the most used spelling of its group, or as another the person picks', async () => {
    const user = userEvent.setup()
    // A third spelling of CONCURRENTE on meta 149: the group then has three.
    const edited = applyEdits(report, [{ meta: metaNo('149').id, column: 'competenceType', after: 'Concurrentes' }])
    renderWithView(edited, <SidePanelArea />)
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    await user.click(group('Variante de escritura', count('categoryVariant')))
    const item = screen.getByRole('button', { name: 'Ir a la meta 149, columna Tipo de competencia' }).closest('li')!
    await user.click(within(item).getByRole('button', { name: 'Escribir «CONCURRENTE»' }))
    const preview = screen.getByRole('group', { name: 'Corrección de la meta 149' })
    const choice = within(preview).getByRole('group', { name: 'Escribir como' })
    expect(within(choice).getByRole('radio', { name: 'CONCURRENTE (86 metas)' })).toHaveProperty('checked', true)
    expect(within(preview).getByRole('insertion').textContent).toBe('[añadido: CONCURRENTE]')
    await user.click(within(choice).getByRole('radio', { name: 'CONCURRENTES (2 metas)' }))
    expect(within(preview).getByRole('insertion').textContent).toBe('[añadido: CONCURRENTES]')
    await user.click(within(preview).getByRole('button', { name: 'Aplicar' }))
    // Written as CONCURRENTES, meta 149 is still a variant of CONCURRENTE, like the other two.
    expect(group('Variante de escritura', count('categoryVariant'))).toBeDefined()
    expect(screen.getByText('Corrección aplicada: 1 celda cambiada. Se deshace en un paso.')).toBeDefined()
  })

  test('the shifted row previews every cell moved back under its header; its other findings wait for it', async () => {
    const user = await openGroup('Fila corrida', 1)
    await user.click(screen.getByRole('button', { name: 'Realinear la fila…' }))
    const preview = screen.getByRole('group', { name: 'Corrección de la meta 54' })
    const cells = within(preview)
      .getAllByRole('listitem')
      .map((li) => li.firstElementChild!.textContent)
    expect(cells).toEqual(
      ['Descripción de la meta', 'Indicador', 'Total planificado', 'Total cumplido', 'Cumplimiento', 'Descripción del resultado', 'Aporte al plan de desarrollo'].map(
        (c) => `Meta N.º 54 · ${c}`,
      ),
    )
    expect(within(preview).getAllByRole('listitem')[0]!.textContent).toContain(`[quitado: (vacío)]`)
    expect(within(preview).getAllByRole('listitem')[0]!.textContent).toContain(`[añadido: ${metaNo('54').cells.indicator}]`)
    await user.click(screen.getByRole('button', { name: 'Cancelar' }))
    await user.click(group('Número ilegible', 1))
    expect(screen.getByText('Realinee primero la fila («Fila corrida»): este hallazgo viene de sus celdas corridas.')).toBeDefined()
  })

  test('a missing justification opens the result with "Justificación: " and the caret after it; a blank one is refused', async () => {
    const nine = metaNo('9')
    const user = await openGroup('Falta la justificación', count('justificationMissing'))
    const item = screen.getByRole('button', { name: 'Ir a la meta 9, columna Descripción del resultado' }).closest('li')!
    await user.click(within(item).getByRole('button', { name: 'Añadir la justificación…' }))
    const area = within(item).getByRole('textbox', { name: 'Descripción del resultado, con su justificación' }) as HTMLTextAreaElement
    expect(area.value).toBe(`${nine.cells.result} Justificación: `)
    expect(document.activeElement).toBe(area)
    expect(area.selectionStart).toBe(area.value.length)
    await user.keyboard('{Control>}{Enter}{/Control}')
    expect(within(item).getByRole('alert').textContent).toBe('Escriba la justificación antes de guardar.')
    await user.keyboard('la meta se reprogramó por la emergencia.{Control>}{Enter}{/Control}')
    expect(findingsTab(findings.length - 1)).toBeDefined()
    expect(screen.queryByRole('button', { name: 'Ir a la meta 9, columna Descripción del resultado' })).toBeNull()
  })

  test('a shared objective code has no fix and links to the other objectives’ metas', async () => {
    const user = await openGroup('Código de objetivo compartido', count('objectiveCodeShared'))
    expect(screen.getByText('Sin corrección automática: objetivos distintos usan el mismo código y solo usted sabe cuál es el correcto.')).toBeDefined()
    const item = screen.getByRole('button', { name: 'Ir a la meta 26, columna Objetivo del plan de desarrollo' }).closest('li')!
    expect(within(item).queryByRole('button', { name: /Corregir|Quitar|Escribir/ })).toBeNull()
    const links = within(item).getAllByRole('button', { name: /^Ir a la meta \d+$/ })
    expect(links.length).toBeGreaterThan(0)
    await user.click(links[0]!)
    const target = links[0]!.textContent!.replace('Ir a la meta ', '')
    const code = (no: string) => /^\d+\.\d+/.exec(metaNo(no).cells.objective)![0]
    expect(code(target)).toBe(code('26'))
    expect(metaNo(target).cells.objective).not.toBe(metaNo('26').cells.objective)
  })

  test('someone who may not edit is offered no fix', async () => {
    const user = userEvent.setup()
    renderWithView(
      report,
      <ReadOnly>
        <SidePanelArea />
      </ReadOnly>,
    )
    await user.click(screen.getByRole('tab', { name: /Hallazgos/ }))
    await user.click(group('Restos de HTML', 4))
    await user.click(group('Fila corrida', 1))
    await user.click(group('Falta la justificación', count('justificationMissing')))
    expect(screen.queryByRole('button', { name: /^Quitar el HTML|^Realinear|^Añadir la justificación|^Corregir todos/ })).toBeNull()
    expect(screen.getAllByRole('button', { name: /^Ir a la meta/ }).length).toBeGreaterThan(0)
  })
})
