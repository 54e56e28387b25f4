/** Opens the server's database: PostgreSQL when a URL is given, else PGlite in the data folder (each driver loaded only when used). */
import type { ServerDb } from './database'

export async function openDb(options: { databaseUrl?: string; dataDir?: string }): Promise<ServerDb> {
  if (options.databaseUrl) {
    const { openPostgresDb } = await import('./postgresDb')
    return openPostgresDb(options.databaseUrl)
  }
  const { openPgliteDb } = await import('./pgliteDb')
  return openPgliteDb(options.dataDir ?? './data')
}
