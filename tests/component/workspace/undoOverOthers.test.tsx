import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { UndoOverDialog } from '../../../src/features/workspace/UndoOverDialog'
import { UndoRedoButtons } from '../../../src/features/workspace/UndoRedoButtons'
import { acknowledge } from '../../../src/drafts/teamLog'
import { seedReport } from '../../fixtures/seedReport'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamEdit } from '../team/renderTeam'

const seed = seedReport()
const META = 4

/** Ana's edit, acknowledged by the server as version 1000, then overwritten by Luis (version 1001), who had seen it. */
async function anasEditOverwrittenByLuis(language: 'es' | 'en') {
  const page = await renderTeam(
    <>
      <UndoRedoButtons />
      <UndoOverDialog />
    </>,
    { account: account('secretaria', ana), language },
  )
  act(() => page.session.commit([{ meta: META, column: 'result', after: 'de Ana' }]))
  await act(() => page.session.whenSaved())
  const mine = page.session.history().at(-1)!
  await act(async () => page.session.absorbStored(await acknowledge(page.db, page.hash, [{ uid: mine.uid!, version: 1000 }], ana)))
  await arrive(page, [{ ...teamEdit(luis, META, 'result', 'de Ana', 'de Luis'), version: 1001 }])
  expect(page.session.current(META, 'result')).toBe('de Luis')
  return page
}

describe('undo over someone else’s change, on a shared report', () => {
  test('asks first; Cancelar keeps the other person’s value, Deshacer igualmente takes the cell back', async () => {
    const user = userEvent.setup()
    const { session } = await anasEditOverwrittenByLuis('es')
    await user.click(screen.getByRole('button', { name: /^Deshacer/ }))
    let dialog = screen.getByRole('dialog', { name: 'Deshacer sobre el cambio de otra persona' })
    expect(dialog.textContent).toContain('otra persona cambió alguna de sus celdas')
    expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toBe(document.activeElement)
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(session.current(META, 'result')).toBe('de Luis')

    await user.keyboard('{Control>}z{/Control}')
    dialog = screen.getByRole('dialog', { name: 'Deshacer sobre el cambio de otra persona' })
    await user.click(within(dialog).getByRole('button', { name: 'Deshacer igualmente' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(session.current(META, 'result')).toBe(seed.metas[META]!.cells.result)
  })

  test('in English', async () => {
    const user = userEvent.setup()
    await anasEditOverwrittenByLuis('en')
    await user.click(screen.getByRole('button', { name: /^Undo/ }))
    const dialog = screen.getByRole('dialog', { name: "Undo over someone else's change" })
    expect(within(dialog).getByRole('button', { name: 'Undo anyway' })).not.toBeNull()
  })
})
