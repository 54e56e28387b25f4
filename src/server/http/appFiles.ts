/**
 * The built app (dist/) on the API's origin. A path without a file extension is a route of the
 * single-page app and gets index.html; hashed files under assets/ are cached for a year, everything
 * else (index.html, sw.js, the embedded report) is revalidated on each load. Unknown /api paths get
 * the contract's 404.
 */
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { apiErrors } from './apiError'
import { sendApiError } from './errorReplies'

const REVALIDATE = 'no-cache'
const IMMUTABLE = 'public, max-age=31536000, immutable'

function isAppRoute(url: string): boolean {
  const pathname = url.split('?')[0] ?? ''
  return !pathname.startsWith('/api/') && !/\.[^/]*$/.test(pathname)
}

export async function serveAppFiles(app: FastifyInstance, distDir: string | undefined): Promise<void> {
  if (distDir !== undefined) {
    await app.register(fastifyStatic, {
      root: distDir,
      cacheControl: false,
      setHeaders: (reply, file) => reply.header('cache-control', file.includes('/assets/') ? IMMUTABLE : REVALIDATE),
    })
  }
  app.setNotFoundHandler((request, reply) => {
    if (distDir !== undefined && (request.method === 'GET' || request.method === 'HEAD') && isAppRoute(request.url)) {
      return reply.header('cache-control', REVALIDATE).sendFile('index.html')
    }
    return sendApiError(reply, apiErrors.notFound())
  })
}
