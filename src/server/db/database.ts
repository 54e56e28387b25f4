/**
 * The one database interface of the team server. Two implementations answer it with the same SQL:
 * PostgreSQL (DATABASE_URL) and PGlite, PostgreSQL compiled to WASM, in a data folder (the default).
 * Both return the same JavaScript values: int8 as number, json/jsonb parsed, timestamptz as Date,
 * bytea as Uint8Array; a string given for a json/jsonb parameter is taken as JSON text.
 */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
}

export interface Db extends Queryable {
  /** Runs fn in one transaction (BEGIN/COMMIT, ROLLBACK on throw). */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>
  /** LISTEN on a channel; returns the unlisten function. Payloads NOTIFYed by any connection/instance. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** A transaction that can also run a script of several statements: what the migrations need. */
export interface ScriptTransaction extends Queryable {
  script(sql: string): Promise<void>
}

/** What openDb returns: the contract's Db plus the migrations' script transactions. */
export interface ServerDb extends Db {
  readonly kind: 'postgres' | 'pglite'
  scriptTransaction<R>(fn: (tx: ScriptTransaction) => Promise<R>): Promise<R>
}

/** The SQLSTATE of a database error (both drivers put it in `code`), e.g. '23505' for a unique violation. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}
