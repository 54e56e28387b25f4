import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DraftsNotices } from '../../../src/features/workspace/DraftsNotices'
import { SaveIndicator } from '../../../src/features/workspace/SaveIndicator'
import { IndexedDbBackend } from '../../../src/drafts/indexedDbBackend'
import { acknowledge, storePulled } from '../../../src/drafts/teamLog'
import { WorkspaceSession } from '../../../src/drafts/workspaceSession'
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider'
import { SessionBridge } from '../../../src/ui/session/SessionBridge'
import { seedReport } from '../../fixtures/seedReport'
import { seededDrafts } from '../../unit/drafts/draftsFixture'

const seed = seedReport()
import { ana, luis } from '../../unit/sync/teamBrowsers'

async function teamPage(language: 'es' | 'en') {
  const { db, hash } = await seededDrafts()
  const session = await WorkspaceSession.open({ workspace: hash, original: seed, backend: new IndexedDbBackend(db), sync: false, account: ana })
  render(
    <LanguageProvider initial={language}>
      <SessionBridge session={session}>
        <SaveIndicator />
        <DraftsNotices />
      </SessionBridge>
    </LanguageProvider>,
  )
  return { db, hash, session }
}

describe('the save indicator of a shared report', () => {
  it('tells "guardado en este equipo" from "sincronizado", and says how many changes wait without the server', async () => {
    const { session } = await teamPage('es')
    // Until the server first answers, the team's changes may still be on their way.
    expect(screen.getByRole('status').textContent).toContain('Conectando con el servidor…')
    expect(screen.getByRole('status').title).toBe('Se están recibiendo los cambios del equipo; lo que usted cambie se guarda en este equipo mientras tanto.')
    act(() => session.setConnection({ status: 'online' }))
    expect(screen.getByRole('status').textContent).toContain('Sincronizado')
    act(() => session.commit([{ meta: 2, column: 'planned', after: '5' }]))
    await act(() => session.whenSaved())
    expect(screen.getByRole('status').textContent).toContain('Guardado en este equipo')
    expect(screen.getByRole('status').title).toBe('Guardado en este equipo; 1 cambio se está enviando al servidor.')
    act(() => session.setConnection({ status: 'offline' }))
    expect(screen.getByRole('status').textContent).toContain('Sin conexión con el servidor — 1 cambio pendiente')
    act(() => session.setReviewStatus(2, 'reviewed', ''))
    // Written here first, as every change.
    expect(screen.getByRole('status').textContent).toContain('Guardando…')
    await act(() => session.whenSaved())
    expect(screen.getByRole('status').textContent).toContain('Sin conexión con el servidor — 2 cambios pendientes')
    act(() => session.setConnection({ status: 'signedOut' }))
    expect(screen.getByRole('status').textContent).toContain('Sesión terminada — 2 cambios pendientes')
  })

  it('in English, and with the server’s own reason when it refused a batch', async () => {
    const { session } = await teamPage('en')
    expect(screen.getByRole('status').textContent).toContain('Connecting to the server…')
    act(() => session.commit([{ meta: 2, column: 'planned', after: '5' }]))
    await act(() => session.whenSaved())
    act(() => session.setConnection({ status: 'offline' }))
    expect(screen.getByRole('status').textContent).toContain('No connection to the server — 1 change waiting')
    act(() => session.setConnection({ status: 'refused', reason: { es: 'Registro inválido.', en: 'Invalid record.' } }))
    expect(screen.getByRole('status').textContent).toContain('The server refused changes: Invalid record.')
  })

  it('names the person who replaced this user’s value, and with what', async () => {
    const { db, hash, session } = await teamPage('es')
    act(() => session.setConnection({ status: 'online' }))
    act(() => session.commit([{ meta: 2, column: 'planned', after: '5' }]))
    await act(() => session.whenSaved())
    const [mine] = await db.edits.toArray()
    await acknowledge(db, hash, [{ uid: mine!.uid!, version: 1 }], ana)
    const before = seed.metas[2]!.cells.planned
    const data = { column: 'planned', before, after: '7', step: crypto.randomUUID(), stepKind: 'edit' }
    await storePulled(db, hash, [{ uid: crypto.randomUUID(), kind: 'edit', meta: 2, at: Date.now(), data, version: 2, author: luis, serverAt: Date.now() }])
    await act(() => session.absorbStored({ edits: true, reviews: false }))
    expect(screen.getByRole('alert').textContent).toContain(
      `Luis Mora cambió «Total planificado» de la meta ${seed.metas[2]!.cells.no} a «7» sin ver su cambio («5»). El valor actual es el de Luis Mora; su cambio queda en el historial.`,
    )
    expect(screen.getByRole('status').textContent).toContain('Sincronizado')
  })
})
