import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { createTeamApi } from '../../../src/sync/teamApi'
import { seedReport } from '../../fixtures/seedReport'
import { cellOf } from '../grid/renderGrid'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()
// A sign-in, a report's opening and a refused push each take seconds on a busy machine.
const SLOW = { timeout: 30_000 }

describe('a review step the server refuses', () => {
  it('says why in the meta panel, in the server’s words, and the server stores nothing', async () => {
    const report = await shareSeed(server())
    await server().addAccount('marta.ruiz@quito.gob.ec', 'Marta Ruiz', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signIn(user, 'marta.ruiz@quito.gob.ec')
    await screen.findByText(`Rendición de cuentas ${seed.year}`, {}, SLOW)
    await user.click(cellOf(0, 2))
    // Published meanwhile (this page has not heard of it yet): the server now refuses every change.
    const published = await createTeamApi().publish(report, 'Versión para el concejo', 'es')
    expect(published.ok).toBe(true)
    await user.click(await screen.findByRole('button', { name: 'Aprobar' }, SLOW))
    const alert = await screen.findByText(/^El servidor no aceptó el cambio: /, {}, SLOW)
    expect(alert.getAttribute('role')).toBe('alert')
    expect(alert.textContent).toBe(
      'El servidor no aceptó el cambio: El informe está publicado (versión 1): no admite cambios hasta que planificación abra una nueva ronda. No se guardó ningún cambio del envío.',
    )
    expect(await server().db.query("select 1 from records where kind = 'review'")).toEqual([])
  }, 180_000)
})
