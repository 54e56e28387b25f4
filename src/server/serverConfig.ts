/** What the server and the admin command read from the environment. */
import type { FastifyServerOptions } from 'fastify'

export interface DatabaseConfig {
  /** PostgreSQL (postgres://…); without it, the embedded database in dataDir. */
  readonly databaseUrl?: string
  readonly dataDir: string
}

export interface ServerConfig extends DatabaseConfig {
  readonly host: string
  readonly port: number
  readonly trustProxy: FastifyServerOptions['trustProxy']
}

type Env = Readonly<Record<string, string | undefined>>

export function databaseConfig(env: Env): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  return { ...(databaseUrl ? { databaseUrl } : {}), dataDir: env.POA_DATA_DIR?.trim() || './data' }
}

/** Throws a message naming the variable when one is malformed. */
export function serverConfig(env: Env): ServerConfig {
  const port = Number(env.PORT ?? 4173)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`)
  const trust = env.TRUST_PROXY?.trim()
  // "true", or the proxies' addresses separated by commas (as Fastify's trustProxy takes them).
  const trustProxy = !trust ? false : trust === 'true' ? true : trust
  return { ...databaseConfig(env), host: env.HOST?.trim() || '127.0.0.1', port, trustProxy }
}
