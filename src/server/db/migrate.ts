/**
 * Applies the numbered SQL files of src/server/migrations (001_*.sql, ..., 100_*.sql) not yet applied,
 * in number order, with Umzug. All of it runs in one transaction behind an advisory lock, so two
 * instances starting at once on one PostgreSQL apply each file once, and a failing file leaves nothing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Umzug } from 'umzug'
import type { ScriptTransaction, ServerDb } from './database'

// From this file's path, not new URL(…, import.meta.url): Vite rewrites that form as an asset in jsdom tests.
const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations')
const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/
// Any fixed number, the same in every instance: pg_advisory_xact_lock's key for "migrating".
const MIGRATION_LOCK = 4_173_012

function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => FILE_NAME.test(name))
    .sort((a, b) => Number(FILE_NAME.exec(a)![1]) - Number(FILE_NAME.exec(b)![1]))
}

/** Returns the names of the files it applied. */
export async function migrate(db: ServerDb): Promise<string[]> {
  return db.scriptTransaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.script('create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())')
    const umzug = new Umzug<ScriptTransaction>({
      migrations: migrationFiles().map((name) => ({
        name,
        up: ({ context }) => context.script(readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8')),
      })),
      context: tx,
      logger: undefined,
      storage: {
        executed: async ({ context }) => (await context.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name),
        logMigration: async ({ name, context }) => void (await context.query('insert into schema_migrations (name) values ($1)', [name])),
        unlogMigration: async ({ name, context }) => void (await context.query('delete from schema_migrations where name = $1', [name])),
      },
    })
    return (await umzug.up()).map((migration) => migration.name)
  })
}
