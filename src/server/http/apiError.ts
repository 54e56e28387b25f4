/**
 * Every error the API answers, in the contract's shape `{ error: { code, es, en } }`: thrown as an
 * ApiError anywhere in a handler or hook, turned into the reply by the error handler.
 */
import type { Bilingual } from '../../report/types'

export interface ApiErrorBody extends Bilingual {
  readonly code: string
  /** A pushed record's uid, when the refusal is that one record's. */
  readonly record?: string
}

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500,
    readonly body: ApiErrorBody,
    /** Seconds to wait, sent as Retry-After (429). */
    readonly retryAfter?: number,
  ) {
    super(body.en)
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`
}

export const apiErrors = {
  signInRequired: () => new ApiError(401, { code: 'session_required', es: 'Inicie sesión para continuar.', en: 'Sign in to continue.' }),
  badCredentials: () => new ApiError(401, { code: 'bad_credentials', es: 'Correo electrónico o contraseña incorrectos.', en: 'Wrong email or password.' }),
  forbidden: () => new ApiError(403, { code: 'forbidden', es: 'Su cuenta no tiene permiso para esta acción.', en: 'Your account is not allowed to do this.' }),
  crossOrigin: () =>
    new ApiError(403, {
      code: 'cross_origin',
      es: 'Solicitud rechazada: no viene de la propia aplicación.',
      en: 'Request refused: it does not come from the app itself.',
    }),
  setupNotLocal: () =>
    new ApiError(403, {
      code: 'setup_not_local',
      es: 'La primera cuenta solo se puede crear desde el mismo equipo que ejecuta el servidor.',
      en: 'The first account can only be created from the machine that runs the server.',
    }),
  setupDone: () => new ApiError(409, { code: 'setup_done', es: 'Ya existe una cuenta: inicie sesión.', en: 'An account already exists: sign in.' }),
  emailTaken: () => new ApiError(409, { code: 'email_taken', es: 'Ya existe una cuenta con ese correo electrónico.', en: 'An account with that email already exists.' }),
  weakPassword: (minLength: number) =>
    new ApiError(400, {
      code: 'weak_password',
      es: `La contraseña debe tener al menos ${minLength} caracteres.`,
      en: `The password must have at least ${minLength} characters.`,
    }),
  invalidRequest: (where: string) => new ApiError(400, { code: 'invalid_request', es: `La solicitud no es válida (${where}).`, en: `The request is not valid (${where}).` }),
  notFound: () => new ApiError(404, { code: 'not_found', es: 'No existe.', en: 'Not found.' }),
  accountNotFound: () => new ApiError(404, { code: 'account_not_found', es: 'La cuenta no existe.', en: 'The account does not exist.' }),
  tooLarge: (limit: number) =>
    new ApiError(413, {
      code: 'too_large',
      es: `La solicitud es demasiado grande (máximo ${megabytes(limit)}).`,
      en: `The request is too large (at most ${megabytes(limit)}).`,
    }),
  tooManySignIns: (retryAfter: number) =>
    new ApiError(
      429,
      {
        code: 'too_many_attempts',
        es: 'Demasiados intentos fallidos de inicio de sesión. Espere unos minutos e inténtelo de nuevo.',
        en: 'Too many failed sign-in attempts. Wait a few minutes and try again.',
      },
      retryAfter,
    ),
  internal: () => new ApiError(500, { code: 'internal', es: 'Error interno del servidor.', en: 'Internal server error.' }),
}
