/** The Db on PGlite (embedded PostgreSQL in WASM), kept in DATA_DIR/pglite; one process at a time. */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { lockDataDir } from './dataDirLock'
import type { ScriptTransaction, ServerDb } from './database'

function scriptTransaction(tx: Transaction): ScriptTransaction {
  return {
    async query<T extends object>(text: string, params: readonly unknown[] = []) {
      return (await tx.query<T>(text, [...params])).rows
    },
    async script(text: string) {
      await tx.exec(text)
    },
  }
}

/** An embedded database: in a data folder, or in memory when dataDir is null (tests). */
export async function openPgliteDb(dataDir: string | null): Promise<ServerDb> {
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true })
  const release = dataDir === null ? () => undefined : lockDataDir(dataDir)
  let lite: PGlite
  try {
    lite = await PGlite.create(dataDir === null ? {} : { dataDir: path.join(dataDir, 'pglite') })
  } catch (e) {
    release()
    throw e
  }
  const transaction = <R>(fn: (tx: ScriptTransaction) => Promise<R>): Promise<R> => lite.transaction((tx) => fn(scriptTransaction(tx)))
  return {
    kind: 'pglite',
    async query<T extends object>(text: string, params: readonly unknown[] = []) {
      return (await lite.query<T>(text, [...params])).rows
    },
    transaction,
    scriptTransaction: transaction,
    async listen(channel, onPayload) {
      const unlisten = await lite.listen(channel, onPayload)
      return () => unlisten()
    },
    async close() {
      try {
        await lite.close()
      } finally {
        release()
      }
    },
  }
}
