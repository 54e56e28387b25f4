/** What publishing, opening a round and downloading a version refuse, in Spanish and English. */
import { formatNumber } from '../../report/numbers'
import { ApiError } from '../http/apiError'

/** A push, or a second publication, while the round is published. */
export const publishedRefusal = (round: number) =>
  new ApiError(409, {
    code: 'report_published',
    es: `El informe está publicado (versión ${round}): no admite cambios hasta que planificación abra una nueva ronda. No se guardó ningún cambio del envío.`,
    en: `The report is published (version ${round}): it takes no changes until planning opens a new round. No change of the push was stored.`,
  })

export const publicationRefusals = {
  cannotPublish: () =>
    new ApiError(403, {
      code: 'forbidden',
      es: 'Solo una cuenta de planificación puede publicar una versión o abrir una nueva ronda.',
      en: 'Only a planning account can publish a version or open a new round.',
    }),
  alreadyPublished: (round: number) =>
    new ApiError(409, {
      code: 'already_published',
      es: `La versión ${round} ya está publicada. Abra una nueva ronda para publicar otra.`,
      en: `Version ${round} is already published. Open a new round to publish another.`,
    }),
  notPublished: (round: number) =>
    new ApiError(409, {
      code: 'round_open',
      es: `La ronda ${round} sigue abierta: publíquela antes de abrir una nueva.`,
      en: `Round ${round} is still open: publish it before opening a new one.`,
    }),
  reasonRequired: (errors: number) =>
    new ApiError(400, {
      code: 'reason_required',
      es: `Quedan ${formatNumber(errors)} ${errors === 1 ? 'error abierto' : 'errores abiertos'}: escriba el motivo para publicar de todos modos.`,
      en: `${errors.toLocaleString('en-US')} ${errors === 1 ? 'error remains' : 'errors remain'} open: give the reason to publish anyway.`,
    }),
  badBody: () =>
    new ApiError(400, {
      code: 'invalid_request',
      es: 'La publicación debe ser { reason?: texto de hasta 2.000 caracteres, lang?: "es" o "en" }.',
      en: 'A publication must be { reason?: text of at most 2,000 characters, lang?: "es" or "en" }.',
    }),
  versionNotFound: () => new ApiError(404, { code: 'version_not_found', es: 'Esa versión publicada no existe.', en: 'That published version does not exist.' }),
}
