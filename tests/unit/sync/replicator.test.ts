import { afterEach, describe, expect, it } from 'vitest'
import { statusOf } from '../../../src/drafts/reviewBook'
import { contentHash } from '../../../src/drafts/workspaces'
import { seedBytes, seedReport } from '../../fixtures/seedReport'

const seed = seedReport()
import { MemoryTeamServer } from './memoryTeamServer'
import { ana, luis, openBrowser, until, type TeamBrowser } from './teamBrowsers'

const opened: TeamBrowser[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((b) => b.close()))
})

async function team() {
  const server = new MemoryTeamServer(seed, await contentHash(seedBytes()))
  const open = async (account: typeof ana) => {
    const browser = await openBrowser(server.clientFor(account), account)
    opened.push(browser)
    return browser
  }
  return { server, ana: await open(ana), luis: await open(luis) }
}

const synced = (b: TeamBrowser) => () => b.sync()?.status === 'synced'

/**
 * `away` works offline while `online` works and is synchronized; then `away` reconnects and the
 * test waits until `away` is synchronized and `arrived` holds.
 */
async function meanwhile(away: TeamBrowser, offline: () => void, online: TeamBrowser, onlineWork: () => void, arrived: () => boolean) {
  away.network.set(false)
  offline()
  onlineWork()
  await until(synced(online), 'the online browser to be synchronized')
  away.network.set(true)
  await until(() => synced(away)() && arrived(), 'the offline browser’s changes to arrive')
}
const uids = (b: TeamBrowser) => b.session.history().map((r) => r.uid)

describe('replicating the edit log through the server', () => {
  it('an edit in one browser shows in the other with its author, and the first is told it is synchronized', async () => {
    const { ana: a, luis: l } = await team()
    // Synchronized once the server has answered its first pull, not before.
    await until(synced(a), 'the first pull')
    expect(a.sync()).toEqual({ status: 'synced', waiting: 0 })
    a.session.commit([{ meta: 7, column: 'achieved', after: '123' }])
    expect(a.sync()).toEqual({ status: 'syncing', waiting: 1 })
    await until(() => l.cell(7, 'achieved') === '123', 'the edit to reach the other browser')
    await until(synced(a), 'the first browser to be synchronized')
    expect(l.session.changes()).toEqual([expect.objectContaining({ meta: 7, column: 'achieved', current: '123', author: ana })])
    expect(l.session.getSnapshot().conflicts).toEqual([])
  })

  it('two people change one cell: both records stay, the one the server ordered last is current everywhere, and the replaced person is told who and what', async () => {
    const { server, ana: a, luis: l } = await team()
    l.network.set(false)
    a.session.commit([{ meta: 3, column: 'planned', after: '10' }])
    await until(synced(a), 'Ana’s edit to be synchronized')
    // Luis, offline, has not seen Ana's value when he changes the cell.
    l.session.commit([{ meta: 3, column: 'planned', after: '20' }])
    expect(l.sync()).toEqual({ status: 'offline', waiting: 1 })
    l.network.set(true)
    await until(() => a.cell(3, 'planned') === '20' && synced(l)(), 'Luis’s edit to arrive')

    expect(server.log.map((r) => [r.author.name, r.data['before'], r.data['after']])).toEqual([
      ['Ana Pérez', seed.metas[3]!.cells.planned, '10'],
      ['Luis Mora', seed.metas[3]!.cells.planned, '20'],
    ])
    expect(l.cell(3, 'planned')).toBe('20')
    expect(a.session.getSnapshot().conflicts).toEqual([{ id: 1, meta: 3, column: 'planned', mine: '10', theirs: '20', author: luis }])
    expect(l.session.getSnapshot().conflicts).toEqual([])
  })

  it('records pulled while this browser’s own wait are ordered before them: every browser ends with the server’s order', async () => {
    const { server, ana: a, luis: l } = await team()
    await meanwhile(
      l,
      () => {
        l.session.commit([{ meta: 1, column: 'result', after: 'de Luis' }])
        l.session.commit([{ meta: 2, column: 'result', after: 'solo Luis' }])
      },
      a,
      () => {
        a.session.commit([{ meta: 1, column: 'result', after: 'de Ana' }])
        a.session.commit([{ meta: 5, column: 'result', after: 'solo Ana' }])
      },
      () => a.cell(2, 'result') === 'solo Luis',
    )

    const order = server.log.map((r) => r.uid)
    expect(uids(a)).toEqual(order)
    expect(uids(l)).toEqual(order)
    expect(server.log.map((r) => r.data['after'])).toEqual(['de Ana', 'solo Ana', 'de Luis', 'solo Luis'])
    for (const b of [a, l]) expect([b.cell(1, 'result'), b.cell(2, 'result'), b.cell(5, 'result')]).toEqual(['de Luis', 'solo Luis', 'solo Ana'])
  })

  it('a push whose reply was lost is stored once: the retry learns its version', async () => {
    const { server, ana: a, luis: l } = await team()
    server.loseNextReply = true
    a.session.commit([{ meta: 9, column: 'achieved', after: '77' }])
    await until(synced(a), 'the edit to be synchronized after the lost reply')
    expect(server.log).toHaveLength(1)
    await until(() => l.cell(9, 'achieved') === '77', 'the other browser')
    expect(l.session.history()).toHaveLength(1)
    expect((await a.db.edits.toArray()).map((r) => [r.after, r.version, r.author?.name])).toEqual([['77', 1, 'Ana Pérez']])
  })

  it('offline, changes keep counting what waits; on reconnecting all arrive in the order they were made', async () => {
    const { server, ana: a, luis: l } = await team()
    a.network.set(false)
    a.session.commit([{ meta: 0, column: 'achieved', after: '1' }])
    a.session.commit([
      { meta: 1, column: 'achieved', after: '2' },
      { meta: 2, column: 'achieved', after: '3' },
    ])
    a.session.commit([{ meta: 0, column: 'achieved', after: '4' }])
    a.session.setReviewStatus(4, 'needsCorrection', '')
    a.session.addComment(4, 'Falta el respaldo.', '')
    await until(() => a.session.getSnapshot().save.status === 'saved', 'the changes to be written here')
    expect(a.session.getSnapshot().save).toEqual({ status: 'saved', problem: null, unsaved: 0, sync: { status: 'offline', waiting: 5 } })
    expect(server.pushRequests).toBe(0)

    a.network.set(true)
    await until(synced(a), 'everything to be synchronized')
    expect(server.log.map((r) => [r.kind, r.meta, r.data['after'] ?? r.data['status'] ?? r.data['text']])).toEqual([
      ['edit', 0, '1'],
      ['edit', 1, '2'],
      ['edit', 2, '3'],
      ['edit', 0, '4'],
      ['review', 4, 'needsCorrection'],
      ['comment', 4, 'Falta el respaldo.'],
    ])
    await until(() => l.session.getSnapshot().reviews.comments.get(4)?.length === 1, 'the comment to reach the other browser')
    expect(statusOf(l.session.getSnapshot().reviews, 4)).toBe('needsCorrection')
    expect(l.session.getSnapshot().reviews.statuses.get(4)?.author).toBe('Ana Pérez')
    expect([l.cell(0, 'achieved'), l.cell(1, 'achieved'), l.cell(2, 'achieved')]).toEqual(['4', '2', '3'])
  })

  it('an expired session stops pushing and keeps everything here; after signing in again it is pushed', async () => {
    const { server, ana: a } = await team()
    server.expired.add(ana.id)
    a.session.commit([{ meta: 6, column: 'planned', after: '66' }])
    await until(() => a.sync()?.status === 'signedOut', 'the expired session to show')
    expect(a.sync()).toEqual({ status: 'signedOut', waiting: 1 })
    const requests = server.pushRequests
    a.session.commit([{ meta: 6, column: 'achieved', after: '67' }])
    await until(() => a.session.getSnapshot().save.status === 'saved', 'the second edit to be written here')
    expect(server.pushRequests).toBe(requests)
    expect((await a.db.edits.toArray()).map((r) => [r.after, r.version])).toEqual([
      ['66', undefined],
      ['67', undefined],
    ])

    server.expired.delete(ana.id)
    a.replicator.resume()
    await until(synced(a), 'the edits to be pushed after signing in')
    expect(server.log.map((r) => r.data['after'])).toEqual(['66', '67'])
  })

  it('a server that is down is retried with backoff until it answers, and nothing is lost or doubled', async () => {
    const { server, ana: a, luis: l } = await team()
    server.down = true
    a.session.commit([{ meta: 8, column: 'result', after: 'sin servidor' }])
    await until(() => a.sync()?.status === 'offline', 'the failing server to show as no connection')
    expect(a.sync()?.waiting).toBe(1)
    server.down = false
    await until(synced(a), 'the retry to get through')
    await until(() => l.cell(8, 'result') === 'sin servidor', 'the other browser')
    expect(server.log).toHaveLength(1)
  })
})

describe('review records in the server’s order', () => {
  it('the status the server ordered last is current everywhere, with its author', async () => {
    const { ana: a, luis: l } = await team()
    await meanwhile(
      l,
      () => l.session.setReviewStatus(3, 'needsCorrection', 'nombre escrito'),
      a,
      () => a.session.setReviewStatus(3, 'approved', ''),
      () => statusOf(a.session.getSnapshot().reviews, 3) === 'needsCorrection',
    )
    for (const b of [a, l]) {
      expect(statusOf(b.session.getSnapshot().reviews, 3)).toBe('needsCorrection')
      expect(b.session.getSnapshot().reviews.statuses.get(3)?.author).toBe('Luis Mora')
    }
  })

  it('comments from two people read in the same order in both browsers', async () => {
    const { ana: a, luis: l } = await team()
    await meanwhile(
      l,
      () => l.session.addComment(2, 'Escrito sin conexión.', ''),
      a,
      () => a.session.addComment(2, 'Escrito en línea.', ''),
      () => a.session.getSnapshot().reviews.comments.get(2)?.length === 2,
    )
    const thread = (b: TeamBrowser) =>
      b.session
        .getSnapshot()
        .reviews.comments.get(2)!
        .map((c) => [c.author, c.text])
    expect(thread(a)).toEqual([
      ['Ana Pérez', 'Escrito en línea.'],
      ['Luis Mora', 'Escrito sin conexión.'],
    ])
    expect(thread(l)).toEqual(thread(a))
  })

  it('a finding acknowledged by one and withdrawn by the other ends withdrawn everywhere', async () => {
    const { ana: a, luis: l } = await team()
    a.session.acknowledgeFinding(5, 'requiredEmpty', '', 'Por diseño', '')
    await until(() => l.session.getSnapshot().reviews.acknowledgements.size === 1, 'the acknowledgement to arrive')
    expect([...l.session.getSnapshot().reviews.acknowledgements.values()][0]).toMatchObject({ author: 'Ana Pérez', reason: 'Por diseño' })
    l.session.withdrawAcknowledgement(5, 'requiredEmpty', '')
    await until(() => a.session.getSnapshot().reviews.acknowledgements.size === 0 && synced(l)(), 'the withdrawal to arrive')
    expect(await a.db.acknowledgements.count()).toBe(0)
  })
})

describe('undo in team mode', () => {
  it('undo reverses only the user’s own steps', async () => {
    const { ana: a, luis: l } = await team()
    a.session.commit([{ meta: 1, column: 'planned', after: '11' }])
    await until(() => l.cell(1, 'planned') === '11', 'Ana’s edit to reach Luis')
    l.session.commit([{ meta: 2, column: 'planned', after: '22' }])
    await until(() => a.cell(2, 'planned') === '22', 'Luis’s edit to reach Ana')
    expect(a.session.undoNeedsConfirmation()).toBe(false)
    a.session.undo()
    expect([a.cell(1, 'planned'), a.cell(2, 'planned')]).toEqual([seed.metas[1]!.cells.planned, '22'])
    expect(a.session.getSnapshot().canUndo).toBe(false)
    await until(() => l.cell(1, 'planned') === seed.metas[1]!.cells.planned, 'the undo to reach Luis')
    expect(l.cell(2, 'planned')).toBe('22')
  })

  it('undoing a step someone else has since overwritten asks first', async () => {
    const { ana: a, luis: l } = await team()
    a.session.commit([{ meta: 4, column: 'result', after: 'de Ana' }])
    await until(() => l.cell(4, 'result') === 'de Ana', 'Ana’s edit to reach Luis')
    l.session.commit([{ meta: 4, column: 'result', after: 'de Luis' }])
    await until(() => a.cell(4, 'result') === 'de Luis', 'Luis’s edit to reach Ana')
    // Luis had seen Ana's value: no conflict notice, but undoing her step would replace his value.
    expect(a.session.getSnapshot().conflicts).toEqual([])
    expect(a.session.undoNeedsConfirmation()).toBe(true)
    expect(l.session.undoNeedsConfirmation()).toBe(false)
  })
})
