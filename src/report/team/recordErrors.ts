/** Why a pushed batch was refused, in Spanish and English, naming the record that was wrong. */
import { formatNumber } from '../numbers'
import { MAX_RECORD_TEXT, MAX_RECORDS_PER_PUSH } from './teamRecord'

export interface RecordBatchError {
  readonly code: string
  readonly es: string
  readonly en: string
  /** The uid of the record refused for whose turn its meta is: the browser drops that one and sends the rest. */
  readonly record?: string
}

const REFUSED = { es: 'No se guardó ningún cambio del envío.', en: 'No change of the push was stored.' }

function refused(code: string, es: string, en: string): RecordBatchError {
  return { code, es: `${es} ${REFUSED.es}`, en: `${en} ${REFUSED.en}` }
}

/** "El registro 3" / "Record 3": 1-based, as a person counts. */
const nth = (index: number) => ({ es: `El registro ${index + 1}`, en: `Record ${index + 1}` })

/** A refused value quoted in a message, cut so a hostile value cannot make the message huge. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

export const recordErrors = {
  batchShape: () => refused('batchShape', 'El envío no tiene la forma { records: [...] }.', 'The push is not shaped { records: [...] }.'),

  batchTooLarge: (count: number) =>
    refused(
      'batchTooLarge',
      `El envío trae ${formatNumber(count, 0, 0)} registros; el máximo es ${formatNumber(MAX_RECORDS_PER_PUSH, 0, 0)} por envío.`,
      `The push holds ${count} records; the maximum is ${MAX_RECORDS_PER_PUSH} a push.`,
    ),

  recordShape: (index: number) => refused('recordShape', `${nth(index).es} no tiene la forma de un cambio.`, `${nth(index).en} is not shaped like a change.`),

  badUid: (index: number) => refused('badUid', `${nth(index).es} no tiene un identificador válido (UUID).`, `${nth(index).en} has no valid id (UUID).`),

  duplicateUid: (index: number) =>
    refused('duplicateUid', `${nth(index).es} repite el identificador de otro registro del envío.`, `${nth(index).en} repeats the id of another record of the push.`),

  badKind: (index: number) => refused('badKind', `${nth(index).es} es de un tipo desconocido.`, `${nth(index).en} is of an unknown kind.`),

  badTime: (index: number) => refused('badTime', `${nth(index).es} no tiene una fecha válida.`, `${nth(index).en} has no valid time.`),

  metaOutside: (index: number, meta: number, metaCount: number) =>
    refused(
      'metaOutside',
      `${nth(index).es} se refiere a la meta ${meta}, que no está en el informe (tiene ${formatNumber(metaCount, 0, 0)} metas).`,
      `${nth(index).en} refers to meta ${meta}, which is not in the report (it has ${metaCount} metas).`,
    ),

  unknownColumn: (index: number, column: string) =>
    refused(
      'unknownColumn',
      `${nth(index).es} se refiere a la columna «${shown(column)}», que no existe.`,
      `${nth(index).en} refers to column "${shown(column)}", which does not exist.`,
    ),

  unknownRule: (index: number, rule: string) =>
    refused('unknownRule', `${nth(index).es} se refiere a la regla «${shown(rule)}», que no existe.`, `${nth(index).en} refers to rule "${shown(rule)}", which does not exist.`),

  badStatus: (index: number, status: string) =>
    refused(
      'badStatus',
      `${nth(index).es} trae el estado de revisión «${shown(status)}», que no existe.`,
      `${nth(index).en} carries review status "${shown(status)}", which does not exist.`,
    ),

  badData: (index: number, field: string) =>
    refused('badData', `${nth(index).es}: el campo «${shown(field)}» falta, sobra o no es texto.`, `${nth(index).en}: the field "${shown(field)}" is missing, extra or not text.`),

  textTooLong: (index: number, field: string, length: number) =>
    refused(
      'textTooLong',
      `${nth(index).es} trae un texto de ${formatNumber(length, 0, 0)} caracteres en «${shown(field)}»; el máximo es ${formatNumber(MAX_RECORD_TEXT, 0, 0)}.`,
      `${nth(index).en} carries a text of ${length} characters in "${shown(field)}"; the maximum is ${MAX_RECORD_TEXT}.`,
    ),

  /** The meta is another unit's (or no unit's): a secretaría changes only its own unit's metas. */
  notYourUnit: (index: number, metaNo: string) =>
    refused(
      'notYourUnit',
      `${nth(index).es} cambia la meta ${shown(metaNo)}, que no está asignada a su unidad.`,
      `${nth(index).en} changes meta ${shown(metaNo)}, which is not assigned to your unit.`,
    ),

  transitionRefused: (index: number, metaNo: string, from: string, to: string) =>
    refused(
      'transitionRefused',
      `${nth(index).es} lleva la meta ${shown(metaNo)} de «${from}» a «${to}», un paso que su cuenta no puede dar.`,
      `${nth(index).en} moves meta ${shown(metaNo)} from "${from}" to "${to}", a step your account may not take.`,
    ),

  reasonRequired: (index: number, metaNo: string) =>
    refused(
      'reasonRequired',
      `${nth(index).es} devuelve la meta ${shown(metaNo)} para corrección sin decir qué corregir.`,
      `${nth(index).en} returns meta ${shown(metaNo)} for correction without saying what to correct.`,
    ),

  cannotAssign: (index: number) =>
    refused('cannotAssign', `${nth(index).es} asigna una meta, y solo planificación asigna metas.`, `${nth(index).en} assigns a meta, and only planning assigns metas.`),

  unknownUnit: (index: number, unit: string) =>
    refused(
      'unknownUnit',
      `${nth(index).es} asigna la meta a la unidad «${shown(unit)}», que no existe.`,
      `${nth(index).en} assigns the meta to unit "${shown(unit)}", which does not exist.`,
    ),
}
