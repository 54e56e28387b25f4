/** What the unit routes and the unit of an account refuse, in Spanish and English. */
import { MAX_UNIT_NAME } from '../../report/team/unit'
import { ApiError } from '../http/apiError'

/** A unit's name quoted in a message, cut so a long one cannot make the message huge. */
const shown = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name)

export const unitErrors = {
  emptyName: () => new ApiError(400, { code: 'unit_name_empty', es: 'Escriba el nombre de la unidad.', en: "Write the unit's name." }),
  longName: () =>
    new ApiError(400, {
      code: 'unit_name_too_long',
      es: `El nombre de la unidad puede tener hasta ${MAX_UNIT_NAME} caracteres.`,
      en: `The unit's name may have up to ${MAX_UNIT_NAME} characters.`,
    }),
  nameTaken: (name: string) =>
    new ApiError(409, {
      code: 'unit_name_taken',
      es: `Ya existe una unidad llamada «${shown(name)}» (sin distinguir mayúsculas).`,
      en: `A unit named "${shown(name)}" already exists (regardless of case).`,
    }),
  notFound: () => new ApiError(404, { code: 'unit_not_found', es: 'La unidad no existe.', en: 'The unit does not exist.' }),
  unknown: () =>
    new ApiError(400, { code: 'unit_not_found', es: 'La unidad elegida no existe: elija una de la lista.', en: 'The chosen unit does not exist: choose one from the list.' }),
  required: () =>
    new ApiError(400, {
      code: 'unit_required',
      es: 'Una cuenta de secretaría pertenece a una unidad: elija su unidad.',
      en: 'A secretaría account belongs to a unit: choose its unit.',
    }),
  onlySecretaria: () =>
    new ApiError(400, {
      code: 'unit_not_for_role',
      es: 'Solo una cuenta de secretaría pertenece a una unidad.',
      en: 'Only a secretaría account belongs to a unit.',
    }),
}
