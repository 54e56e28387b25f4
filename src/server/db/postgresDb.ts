/** The Db on a real PostgreSQL server (DATABASE_URL), through postgres.js. */
import postgres from 'postgres'
import type { Queryable, ScriptTransaction, ServerDb } from './database'

type Sql = postgres.Sql<Record<string, never>>
type SqlParameters = Parameters<Sql['unsafe']>[1]

// The same values as PGlite gives: int8 as a number (our counters stay far below 2^53), and a string
// for a json parameter is JSON text already (postgres.js would otherwise store it as a JSON string).
const TYPES = {
  int8: { to: 20, from: [20], serialize: (x: unknown) => String(x), parse: (x: string) => Number(x) },
  json: {
    to: 114,
    from: [114, 3802],
    serialize: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)),
    parse: (x: string): unknown => JSON.parse(x),
  },
}

function queryable(sql: Sql | postgres.TransactionSql<Record<string, never>>): ScriptTransaction {
  return {
    async query<T extends object>(text: string, params: readonly unknown[] = []) {
      return Array.from(await sql.unsafe(text, params as SqlParameters)) as unknown as T[]
    },
    async script(text: string) {
      await sql.unsafe(text).simple()
    },
  }
}

export async function openPostgresDb(url: string): Promise<ServerDb> {
  const sql = postgres(url, { types: TYPES, onnotice: () => undefined, max: 10 }) as unknown as Sql
  // Fails here, not on the first request, when the address or the credentials are wrong.
  await sql`select 1`
  const root = queryable(sql)
  const transaction = <R>(fn: (tx: ScriptTransaction) => Promise<R>): Promise<R> => sql.begin((tx) => fn(queryable(tx))) as Promise<R>
  return {
    kind: 'postgres',
    query: root.query,
    transaction: (fn: (tx: Queryable) => Promise<unknown>) => transaction(fn),
    scriptTransaction: transaction,
    async listen(channel, onPayload) {
      const { unlisten } = await sql.listen(channel, onPayload)
      return unlisten
    },
    close: () => sql.end({ timeout: 5 }),
  } as ServerDb
}
