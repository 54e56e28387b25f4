/**
 * forEachDatabase: a suite runs once on PGlite and once on real PostgreSQL, each on its own copy of
 * the migrated database, emptied before every test.
 */
import { randomUUID } from 'node:crypto'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, inject } from 'vitest'
import type { ServerDb } from '../../src/server/db/database'
import { openDb } from '../../src/server/db/openDb'
import { TEMPLATE_DATABASE } from './globalSetup'

export interface TestDatabase {
  readonly kind: 'pglite' | 'postgres'
  /** The database of the running test. */
  readonly db: ServerDb
  /** How a child process (the admin command) reaches this database: DATABASE_URL or POA_DATA_DIR. */
  readonly env: Readonly<Record<string, string>>
  /** Closes the database, as a stopped server does (PGlite: frees the data folder for another process). */
  close(): Promise<void>
  /** Opens it again after close(). */
  reopen(): Promise<void>
  /** What a second server instance opens: another pool on PostgreSQL; the same Db on PGlite (one process). */
  secondInstance(): Promise<ServerDb>
}

async function emptyTables(db: ServerDb): Promise<void> {
  const tables = await db.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations'")
  if (tables.length === 0) return
  const names = tables.map((t) => `"${t.tablename.replaceAll('"', '""')}"`).join(', ')
  await db.query(`truncate table ${names} restart identity cascade`)
}

function openTestDatabase(kind: TestDatabase['kind']): TestDatabase & { setUp(): Promise<void>; tearDown(): Promise<void> } {
  let db: ServerDb | null = null
  let location = ''
  const opened: ServerDb[] = []
  const postgresUrl = () => inject('postgresUrl').replace(/\/postgres$/, `/${location}`)
  const open = async () => {
    db = kind === 'postgres' ? await openDb({ databaseUrl: postgresUrl() }) : await openDb({ dataDir: location })
  }
  return {
    kind,
    get db() {
      if (!db) throw new Error('the test database is not open')
      return db
    },
    get env(): Record<string, string> {
      return kind === 'postgres' ? { DATABASE_URL: postgresUrl() } : { POA_DATA_DIR: location }
    },
    async close() {
      await db?.close()
      db = null
    },
    reopen: open,
    async secondInstance() {
      if (kind === 'pglite') return this.db
      const second = await openDb({ databaseUrl: postgresUrl() })
      opened.push(second)
      return second
    },
    async setUp() {
      if (kind === 'postgres') {
        location = `test_${randomUUID().replaceAll('-', '')}`
        const cluster = await openDb({ databaseUrl: inject('postgresUrl') })
        await cluster.query(`create database ${location} template ${TEMPLATE_DATABASE}`)
        await cluster.close()
      } else {
        location = await mkdtemp(path.join(tmpdir(), 'poa-pglite-'))
        await cp(inject('pgliteTemplateDir'), location, { recursive: true })
      }
      await open()
    },
    async tearDown() {
      for (const other of opened.splice(0)) await other.close()
      await db?.close()
      db = null
      if (kind === 'pglite') await rm(location, { recursive: true, force: true })
    },
  }
}

export function forEachDatabase(title: string, suite: (database: TestDatabase) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    describe(`${title} (${kind === 'pglite' ? 'PGlite' : 'PostgreSQL 15'})`, () => {
      const database = openTestDatabase(kind)
      beforeAll(() => database.setUp())
      afterAll(() => database.tearDown())
      beforeEach(() => emptyTables(database.db))
      suite(database)
    })
  }
}
