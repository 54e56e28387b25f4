import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/app/App'
import { checkReport } from '../../../src/report/findings'
import { publishRound } from '../../../src/server/publications/publishRound'
import { seedBytes, seedReport } from '../../fixtures/seedReport'
import { inProcessServerForFile, shareSeed, signIn } from './inProcessServer'

const server = inProcessServerForFile()
const seed = seedReport()
const SEED_ERRORS = checkReport(seed).filter((f) => f.severity === 'error').length
const PUBLISHED = 'Versión 1 publicada: el informe es de solo lectura hasta que planificación abra una nueva ronda.'

const reportOpened = () => screen.findByText(`Rendición de cuentas ${seed.year}`)
// The first page of the file loads the team pages' modules, and the first publication exceljs (the
// server writes two XLSX files): on a busy machine each takes longer than the usual wait.
const FIRST_TIME = { timeout: 45_000 }
const signInPage = () => screen.findByLabelText('Correo electrónico', {}, FIRST_TIME)
const toolbar = () => screen.getByRole('toolbar', { name: 'Acciones del informe' })
const rounds = () => server().db.query<{ round: number; frozen: boolean }>('select round, frozen from reports')

/** Keeps the blobs the page hands to the browser as downloads. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return 'blob:download'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  return blobs
}

describe('publishing a round of a shared report', () => {
  it('planning publishes a version with the reason the open errors need; the report turns read-only until it opens a new round; the version downloads as frozen', async () => {
    await shareSeed(server())
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    const user = userEvent.setup()
    render(<App />)
    await signInPage()
    await signIn(user, 'ana.perez@quito.gob.ec')
    await reportOpened()
    expect(within(toolbar()).queryByRole('button', { name: 'Publicar' })).toBeNull()
    await user.click(within(toolbar()).getByRole('button', { name: 'Publicar versión' }))

    const dialog = await screen.findByRole('dialog', { name: 'Publicar versión' })
    const reason = within(dialog).getByRole('textbox', { name: 'Motivo' })
    expect(reason).toHaveProperty('required', true)
    expect(reason.getAttribute('aria-describedby') && document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe(
      `Quedan ${SEED_ERRORS} errores abiertos: escriba el motivo para publicar de todos modos. Queda registrado.`,
    )
    const publish = within(dialog).getByRole('button', { name: 'Publicar' })
    expect(publish).toHaveProperty('disabled', true)
    await user.type(reason, 'Sesión del consejo')
    await user.click(publish)

    const banner = await screen.findByRole('region', { name: 'Versión publicada' }, FIRST_TIME)
    expect(within(banner).getByText(PUBLISHED)).toBeDefined()
    expect(screen.queryByRole('dialog', { name: 'Publicar versión' })).toBeNull()
    expect(await rounds()).toEqual([{ round: 1, frozen: true }])
    expect(await server().db.query('select published_by_name, reason from publications')).toEqual([{ published_by_name: 'Ana Pérez', reason: 'Sesión del consejo' }])
    // The grid and the panels say why nothing can be changed, as for a consulta account.
    expect(screen.getAllByRole('note', { name: 'Solo lectura' }).some((note) => note.textContent === PUBLISHED)).toBe(true)

    const downloads = captureDownloads()
    await user.click(within(toolbar()).getByRole('button', { name: 'Versiones publicadas' }))
    const versions = await screen.findByRole('dialog', { name: 'Versiones publicadas' })
    const [item] = within(within(versions).getByRole('list', { name: 'Versiones publicadas' })).getAllByRole('listitem')
    expect(within(item!).getByRole('heading', { name: 'Versión 1' })).toBeDefined()
    expect(item!.textContent).toContain('Publicada por Ana Pérez el ')
    expect(item!.textContent).toContain('Motivo: Sesión del consejo')
    await user.click(within(item!).getByRole('button', { name: 'Descargar informe de la versión 1' }))
    await waitFor(() => expect(downloads).toHaveLength(1))
    expect(Buffer.from(await downloads[0]!.arrayBuffer()).equals(Buffer.from(seedBytes()))).toBe(true)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Versiones publicadas' })).toBeNull())

    await user.click(within(banner).getByRole('button', { name: 'Abrir nueva ronda' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Versión publicada' })).toBeNull())
    expect(await rounds()).toEqual([{ round: 2, frozen: false }])
    expect(screen.queryAllByRole('note', { name: 'Solo lectura' })).toEqual([])
  })

  it('a secretaría is offered no publication, sees the versions, and its report turns read-only as soon as planning publishes', async () => {
    await shareSeed(server())
    const ana = await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    await server().addAccount('rosa.vega@quito.gob.ec', 'Rosa Vega', 'secretaria')
    const user = userEvent.setup()
    render(<App />)
    await signInPage()
    await signIn(user, 'rosa.vega@quito.gob.ec')
    await reportOpened()
    expect(within(toolbar()).queryByRole('button', { name: 'Publicar versión' })).toBeNull()
    expect(within(toolbar()).queryByRole('button', { name: 'Publicar' })).toBeNull()
    expect(within(toolbar()).getByRole('button', { name: 'Versiones publicadas' })).toBeDefined()
    expect(screen.queryAllByRole('note', { name: 'Solo lectura' })).toEqual([])

    // Planning publishes elsewhere; the server's live stream tells this page.
    const [report] = await server().db.query<{ id: string }>('select id from reports')
    await publishRound(server().db, report!.id, seed, { id: ana.id, name: 'Ana Pérez', address: '127.0.0.1' }, { reason: 'Cierre del año', lang: 'es' })
    server().emit('publication', { round: 1, frozen: true })

    const banner = await screen.findByRole('region', { name: 'Versión publicada' }, FIRST_TIME)
    expect(within(banner).getByText(PUBLISHED)).toBeDefined()
    expect(within(banner).queryByRole('button', { name: 'Abrir nueva ronda' })).toBeNull()
    expect(screen.getAllByRole('note', { name: 'Solo lectura' }).some((note) => note.textContent === PUBLISHED)).toBe(true)
  })
})
