import { afterEach, describe, expect, it } from 'vitest'
import { statusOf } from '../../../src/drafts/reviewBook'
import { inProcessServerForFile } from '../../component/team/inProcessServer'
import { oneBrowser } from './oneBrowser'
import { until } from './teamBrowsers'

const server = inProcessServerForFile()
const closing: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closing.splice(0)) await close()
})

const storedRecords = () => server().db.query<{ author_name: string; kind: string; meta: number }>('select author_name, kind, meta from records order by version')

describe('a change the server refuses for whose turn its meta is', () => {
  it('is dropped from this browser with the server’s reason, the meta shows the server’s state, and the changes behind it are still sent', async () => {
    const health = await server().addUnit('Secretaría de Salud')
    await server().addAccount('ana.perez@quito.gob.ec', 'Ana Pérez', 'planificacion')
    await server().addAccount('luz.andrade@quito.gob.ec', 'Luz Andrade', 'secretaria', health.id)
    const browser = await oneBrowser(server(), closing)

    const ana = await browser.open(await browser.signIn('ana.perez@quito.gob.ec'))
    expect(ana.session.assign([0, 1].map((meta) => ({ meta, unit: health.id })))).toBe(2)
    await until(() => ana.sync()?.status === 'synced', 'the assignments to be sent')
    await ana.close()

    const luz = await browser.open(await browser.signIn('luz.andrade@quito.gob.ec'))
    await until(() => luz.session.getSnapshot().save.sync?.status === 'synced' && luz.session.getSnapshot().reviews !== undefined, 'Luz’s page')
    luz.network.set(false)
    luz.session.setReviewStatus(0, 'reviewed', 'Luz Andrade')
    luz.session.commit([{ meta: 1, column: 'achieved', after: '7' }])
    await luz.session.whenSaved()
    expect(luz.sync()).toMatchObject({ status: 'offline', waiting: 2 })

    // Meanwhile planning decides on meta 0 itself: Luz's submission now comes too late.
    const anaAgain = await browser.open(await browser.signIn('ana.perez@quito.gob.ec'))
    anaAgain.session.setReviewStatus(0, 'approved', 'Ana Pérez')
    await until(() => anaAgain.sync()?.status === 'synced', 'the approval to be sent')
    await anaAgain.close()
    await browser.signIn('luz.andrade@quito.gob.ec')
    luz.network.set(true)

    await until(() => luz.sync()?.waiting === 0 && statusOf(luz.session.getSnapshot().reviews, 0) === 'approved', 'Luz’s edit to be sent and meta 0 to show the approval')
    const refused = luz.sync()
    expect(refused?.status).toBe('refused')
    expect(refused?.reason?.es).toContain('la meta 1')
    expect(refused?.reason?.es).toContain('Ese cambio se quitó de este navegador')
    expect(await storedRecords()).toEqual([
      { author_name: 'Ana Pérez', kind: 'assign', meta: 0 },
      { author_name: 'Ana Pérez', kind: 'assign', meta: 1 },
      { author_name: 'Ana Pérez', kind: 'review', meta: 0 },
      { author_name: 'Luz Andrade', kind: 'edit', meta: 1 },
    ])
    expect((await browser.db.reviewLog.toArray()).filter((r) => r.unsynced === 1)).toEqual([])

    // Her next change is accepted: the notice has been read, the indicator says all is synchronized.
    luz.session.commit([{ meta: 1, column: 'achieved', after: '8' }])
    await until(() => luz.sync()?.status === 'synced', 'the next change to be sent')
    expect(luz.sync()).toEqual({ status: 'synced', waiting: 0 })
  })
})
