/** Turns every error, thrown by a handler, a hook or Fastify itself, into the contract's error reply. */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { ApiError, apiErrors } from './apiError'

export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  if (error.retryAfter !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfter))))
  return reply.code(error.status).send({ error: error.body })
}

function asApiError(error: FastifyError, bodyLimit: number): ApiError {
  if (error instanceof ApiError) return error
  if (error.validation) {
    const first = error.validation[0]
    const missing = first?.params && 'missingProperty' in first.params ? `/${String(first.params.missingProperty)}` : ''
    return apiErrors.invalidRequest(`${error.validationContext ?? 'body'}${first?.instancePath ?? ''}${missing}`)
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return apiErrors.tooLarge(bodyLimit)
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own refusals (malformed JSON, an unsupported content type, an empty body...).
    return apiErrors.invalidRequest(error.code ?? 'body')
  }
  return apiErrors.internal()
}

export function installErrorReplies(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = asApiError(error, request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0)
    if (apiError.status === 500) request.log.error({ err: error }, 'request failed')
    return sendApiError(reply, apiError)
  })
}
