/** What the report, record and live routes refuse, in Spanish and English (thrown, the error handler replies). */
import type { Account } from '../../report/team/account'
import { allows, type Action } from '../../report/team/access'
import { ApiError, apiErrors } from '../http/apiError'

export const refusals = {
  cannotShare: () => new ApiError(403, { code: 'forbidden', es: 'Solo una cuenta de planificación puede compartir informes.', en: 'Only a planning account can share reports.' }),
  cannotPush: () => new ApiError(403, { code: 'forbidden', es: 'Una cuenta de consulta no puede cambiar el informe.', en: 'A read-only account cannot change the report.' }),
  cannotApprove: () =>
    new ApiError(403, {
      code: 'forbidden',
      es: 'Solo una cuenta de planificación puede aprobar metas. No se guardó ningún cambio del envío.',
      en: 'Only a planning account can approve metas. No change of the push was stored.',
    }),
  reportNotFound: () => new ApiError(404, { code: 'report_not_found', es: 'Ese informe no está compartido en el servidor.', en: 'That report is not shared on the server.' }),
  notOctetStream: () =>
    new ApiError(400, {
      code: 'bad_upload',
      es: 'Envíe el archivo del informe tal cual (application/octet-stream).',
      en: 'Send the report file as it is (application/octet-stream).',
    }),
  badCursor: () =>
    new ApiError(400, { code: 'bad_cursor', es: 'El parámetro after debe ser un número entero de 0 en adelante.', en: 'The after parameter must be a whole number from 0 on.' }),
  badPresence: () =>
    new ApiError(400, {
      code: 'bad_presence',
      es: 'La presencia debe ser { meta: número de meta del informe o null }.',
      en: 'Presence must be { meta: a meta index of the report or null }.',
    }),
}

/** Throws 401 without an account, or the route's own 403 when the account's role may not do the action. */
export function requireAllowed(account: Account | null, action: Action, refusal: () => ApiError = apiErrors.forbidden): asserts account is Account {
  if (account === null) throw apiErrors.signInRequired()
  if (!allows(account, action)) throw refusal()
}
