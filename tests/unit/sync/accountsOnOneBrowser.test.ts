import { afterEach, describe, expect, it } from 'vitest'
import { inProcessServerForFile } from '../../component/team/inProcessServer'
import { oneBrowser } from './oneBrowser'
import { until } from './teamBrowsers'

const server = inProcessServerForFile()
const closing: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closing.splice(0)) await close()
})

const storedRecords = () => server().db.query<{ author_name: string; kind: string; meta: number }>('select author_name, kind, meta from records order by version')

describe('two accounts, one after the other, on one browser', () => {
  it('changes still waiting when Ana signed out are never sent by Luis: they wait here, said so, and go under her name when she signs in again', async () => {
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    await server().addAccount('luis.mora@quito.gob.ec', 'Luis Mora', 'planificacion')
    const browser = await oneBrowser(server(), closing)

    const ana = await browser.signIn('ana.perez@quito.gob.ec')
    const away = await browser.open(ana, false)
    away.session.commit([{ meta: 0, column: 'achieved', after: '11' }])
    away.session.commit([{ meta: 1, column: 'achieved', after: '12' }])
    away.session.setReviewStatus(2, 'needsCorrection', '', 'Falta la justificación')
    await away.session.whenSaved()
    expect(away.sync()).toEqual({ status: 'offline', waiting: 3 })
    await away.close()
    await browser.signOut()

    const luis = await browser.signIn('luis.mora@quito.gob.ec')
    const luisPage = await browser.open(luis)
    await until(() => luisPage.sync()?.status === 'synced', 'Luis’s page to be synchronized')
    expect(luisPage.sync()).toEqual({ status: 'synced', waiting: 0, others: [{ author: ana, waiting: 3 }] })
    luisPage.session.commit([{ meta: 5, column: 'planned', after: '55' }])
    expect(luisPage.sync()).toEqual({ status: 'syncing', waiting: 1, others: [{ author: ana, waiting: 3 }] })
    await until(() => luisPage.sync()?.status === 'synced', 'Luis’s edit to be sent')
    expect(await storedRecords()).toEqual([{ author_name: 'Luis Mora', kind: 'edit', meta: 5 }])
    const waiting = (await browser.db.edits.toArray()).filter((r) => r.version === undefined)
    expect(waiting.map((r) => [r.meta, r.after, r.author?.name])).toEqual([
      [0, '11', 'Ana Pérez'],
      [1, '12', 'Ana Pérez'],
    ])
    expect((await browser.db.reviewLog.toArray()).map((r) => [r.meta, r.unsynced, r.author?.name])).toEqual([[2, 1, 'Ana Pérez']])
    await luisPage.close()
    await browser.signOut()

    const anaAgain = await browser.open(await browser.signIn('ana.perez@quito.gob.ec'))
    await until(() => anaAgain.sync()?.status === 'synced', 'Ana’s changes to be sent')
    expect(anaAgain.sync()).toEqual({ status: 'synced', waiting: 0 })
    expect(await storedRecords()).toEqual([
      { author_name: 'Luis Mora', kind: 'edit', meta: 5 },
      { author_name: 'Ana Pérez', kind: 'edit', meta: 0 },
      { author_name: 'Ana Pérez', kind: 'edit', meta: 1 },
      { author_name: 'Ana Pérez', kind: 'review', meta: 2 },
    ])
    expect([0, 1, 5].map((meta) => anaAgain.session.getSnapshot().report.metas[meta]!.cells[meta === 5 ? 'planned' : 'achieved'])).toEqual(['11', '12', '55'])
  })

  it('what Luis does while Ana’s changes wait counts as his alone and goes under his name; hers stay counted apart', async () => {
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    await server().addAccount('luis.mora@quito.gob.ec', 'Luis Mora', 'planificacion')
    const browser = await oneBrowser(server(), closing)
    const ana = await browser.signIn('ana.perez@quito.gob.ec')
    const away = await browser.open(ana, false)
    away.session.addComment(4, 'Falta el respaldo.', '')
    await away.session.whenSaved()
    await away.close()
    await browser.signOut()

    const luis = await browser.signIn('luis.mora@quito.gob.ec')
    const luisAway = await browser.open(luis, false)
    luisAway.session.commit([{ meta: 4, column: 'result', after: 'Corregido' }])
    luisAway.session.addComment(4, 'Revisado en la reunión.', '')
    await luisAway.session.whenSaved()
    expect(luisAway.sync()).toEqual({ status: 'offline', waiting: 2, others: [{ author: ana, waiting: 1 }] })
    luisAway.network.set(true)
    await until(() => luisAway.sync()?.status === 'synced', 'Luis’s changes to be sent')
    expect(await storedRecords()).toEqual([
      { author_name: 'Luis Mora', kind: 'edit', meta: 4 },
      { author_name: 'Luis Mora', kind: 'comment', meta: 4 },
    ])
    expect(luisAway.sync()).toEqual({ status: 'synced', waiting: 0, others: [{ author: ana, waiting: 1 }] })
  })
})
