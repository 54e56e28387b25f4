/**
 * The team server: the built app and the API on one origin. Hooks run in this order on every request:
 * security headers, the same-origin check of state-changing requests, the session (request.account).
 * The report, record and live routes come in as `plugins`, each registered with `{ db }`.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify'
import { accountRoutes } from './auth/accountRoutes'
import { authRoutes } from './auth/authRoutes'
import type { Db } from './db/database'
import { serveAppFiles } from './http/appFiles'
import { JSON_BODY_LIMIT } from './http/bodyLimits'
import { installErrorReplies } from './http/errorReplies'
import { refuseCrossOriginWrites } from './http/sameOrigin'
import { addSecurityHeaders } from './http/securityHeaders'
import { installSessionHook } from './http/session'
import { unitRoutes } from './units/unitRoutes'

export type TeamPlugin = FastifyPluginAsync<{ db: Db }>

export interface ServerOptions {
  readonly db: Db
  /** The built app to serve (dist/); without it, only the API answers. */
  readonly distDir?: string
  readonly plugins?: readonly TeamPlugin[]
  /** Fastify's trustProxy, behind a load balancer: the client's address comes from X-Forwarded-For. */
  readonly trustProxy?: FastifyServerOptions['trustProxy']
  readonly logger?: FastifyServerOptions['logger']
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db } = options
  const app = Fastify({
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    logger: options.logger ?? false,
    // One line per request would drown the log (presence heartbeats, live events); errors still log.
    logController: new LogController({ disableRequestLogging: true }),
  })
  installErrorReplies(app)
  await addSecurityHeaders(app)
  refuseCrossOriginWrites(app)
  await installSessionHook(app, db)

  app.get('/api/health', { config: { signedOut: true } }, async () => ({ app: 'poa-review', team: true }))
  await app.register(authRoutes, { db })
  await app.register(accountRoutes, { db })
  await app.register(unitRoutes, { db })
  for (const plugin of options.plugins ?? []) await app.register(plugin, { db })
  await serveAppFiles(app, options.distDir)
  return app
}
