/**
 * State-changing requests must come from the app's own origin (no cross-site request forgery, even
 * with SameSite=Lax cookies): a browser says where a request comes from in Sec-Fetch-Site and
 * Origin. A request that says neither (a script, not a browser) must send Origin: the server's address.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { apiErrors } from './apiError'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function fromOwnOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site']
  const origin = request.headers.origin
  if (site !== undefined && site !== 'same-origin') return false
  if (origin === undefined) return site === 'same-origin'
  try {
    // Both through URL, so a default port (":80") written in one and left out of the other still matches.
    return new URL(origin).host === new URL(`${request.protocol}://${request.host}`).host
  } catch {
    return false
  }
}

export function refuseCrossOriginWrites(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!SAFE_METHODS.has(request.method) && !fromOwnOrigin(request)) throw apiErrors.crossOrigin()
  })
}
