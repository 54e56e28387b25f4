/** Opens and migrates the database the environment names, or throws a message for the operator. */
import { OperatorError, operatorMessages } from '../operatorMessages'
import type { DatabaseConfig } from '../serverConfig'
import { DataDirBusyError } from './dataDirLock'
import type { ServerDb } from './database'
import { openDb } from './openDb'
import { migrate } from './migrate'

export async function openConfiguredDb(config: DatabaseConfig): Promise<ServerDb> {
  let db: ServerDb
  try {
    db = await openDb(config)
  } catch (e) {
    if (e instanceof DataDirBusyError) throw new OperatorError(operatorMessages.dataDirBusy(e.dataDir, e.pid))
    throw new OperatorError(operatorMessages.cannotOpenDatabase(config, e instanceof Error ? e.message : String(e)))
  }
  try {
    await migrate(db)
  } catch (e) {
    await db.close()
    throw e
  }
  return db
}
