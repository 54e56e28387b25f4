/**
 * Once per test run: a throwaway PostgreSQL 15 cluster with a migrated template database, and a
 * migrated PGlite folder; each test file copies one of them (migrating PGlite anew takes seconds).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { openDb } from '../../src/server/db/openDb'
import { migrate } from '../../src/server/db/migrate'
import { startPostgresCluster } from './postgresCluster'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string
    pgliteTemplateDir: string
  }
}

export const TEMPLATE_DATABASE = 'poa_template'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster()
  const templateDir = await mkdtemp(path.join(tmpdir(), 'poa-pglite-template-'))
  try {
    const admin = await openDb({ databaseUrl: cluster.url })
    await admin.query(`create database ${TEMPLATE_DATABASE}`)
    await admin.close()
    const template = await openDb({ databaseUrl: cluster.urlOf(TEMPLATE_DATABASE) })
    await migrate(template)
    await template.close()
    const lite = await openDb({ dataDir: templateDir })
    await migrate(lite)
    await lite.close()
  } catch (e) {
    await cluster.stop()
    await rm(templateDir, { recursive: true, force: true })
    throw e
  }
  project.provide('postgresUrl', cluster.url)
  project.provide('pgliteTemplateDir', templateDir)
  return async () => {
    await cluster.stop()
    await rm(templateDir, { recursive: true, force: true })
  }
}
