import { describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { migrate } from '../../../src/server/db/migrate'
import { DataDirBusyError } from '../../../src/server/db/dataDirLock'
import { openDb } from '../../../src/server/db/openDb'
import { forEachDatabase } from '../databases'

function nextPayload(): { promise: Promise<string>; resolve: (payload: string) => void } {
  let resolve: (payload: string) => void = () => undefined
  const promise = new Promise<string>((r) => (resolve = r))
  return { promise, resolve }
}

forEachDatabase('the database', (database) => {
  it('gives the same JavaScript values on both databases', async () => {
    const [row] = await database.db.query(
      `select 7::int4 as small, 9007199254740::int8 as big, 1.5::numeric as exact, true as yes, null::text as nothing,
              $1::text as text, $2::jsonb as json_text, $3::jsonb as json_object, $4::bytea as bytes,
              '2026-12-01T10:32:00Z'::timestamptz as at`,
      ['á"b', '{"a":[1,2]}', { b: 'c' }, new Uint8Array([0, 255])],
    )
    expect(row).toEqual({
      small: 7,
      big: 9007199254740,
      exact: '1.5',
      yes: true,
      nothing: null,
      text: 'á"b',
      json_text: { a: [1, 2] },
      json_object: { b: 'c' },
      bytes: expect.anything(),
      at: new Date('2026-12-01T10:32:00Z'),
    })
    expect([...(row!.bytes as Uint8Array)]).toEqual([0, 255])
  })

  it('keeps a transaction that commits and leaves nothing of one that throws', async () => {
    const { db } = database
    await db.query('create table notes (text text)')
    await db.transaction((tx) => tx.query('insert into notes values ($1)', ['kept']))
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes values ($1)', ['dropped'])
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await db.query('select text from notes')).toEqual([{ text: 'kept' }])
    await db.query('drop table notes')
  })

  it('delivers a NOTIFY sent inside a transaction to a listener of another instance, once committed', async () => {
    const other = await database.secondInstance()
    const received = nextPayload()
    const unlisten = await other.listen('poa_test', received.resolve)
    await database.db.transaction((tx) => tx.query('select pg_notify($1, $2)', ['poa_test', '{"report":"r","version":3}']))
    expect(await received.promise).toBe('{"report":"r","version":3}')
    await unlisten()
  })

  it('applies each migration once: a second start finds nothing to do', async () => {
    expect(await migrate(database.db)).toEqual([])
    const applied = await database.db.query<{ name: string }>('select name from schema_migrations order by name')
    expect(applied.map((m) => m.name)).toContain('001_accounts.sql')
  })
})

describe('the embedded database folder', () => {
  it('is refused to a second opener while the first holds it, and free again once closed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'poa-lock-'))
    try {
      const first = await openDb({ dataDir: dir })
      await expect(openDb({ dataDir: dir })).rejects.toBeInstanceOf(DataDirBusyError)
      await first.close()
      const again = await openDb({ dataDir: dir })
      expect(await migrate(again)).toContain('001_accounts.sql')
      await again.close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
