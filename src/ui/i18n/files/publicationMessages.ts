import { formatNumber } from '../../../report/numbers'
import { publicationTexts } from '../../../report/publication/publicationTexts'

/** The publication dialog and its files: the change log and the summary. */
const es = {
  publishTitle: 'Publicar el informe corregido',
  publishIntro: 'Se generan el informe completo en su formato original, el registro de cambios y un resumen.',
  openFindings: 'Hallazgos abiertos',
  severityCount: (n: number) => formatNumber(n),
  acknowledgedFindings: (n: number) => `${formatNumber(n)} ${n === 1 ? 'hallazgo aceptado' : 'hallazgos aceptados'} con motivo`,
  errorsRemain: (n: number) => `Quedan ${formatNumber(n)} ${n === 1 ? 'error abierto' : 'errores abiertos'}. Revíselos antes de publicar.`,
  confirmWithErrors: 'Publicar de todos modos, con los errores abiertos',
  publishStart: 'Generar los archivos',
  publishFiles: 'Archivos de la publicación',
  download: (what: string) => `Descargar ${what}`,
  downloaded: (fileName: string) => `Descargado: ${fileName}`,
  publishWorking: 'Generando…',
  publishFailed: (reason: string) => `No se pudo generar el archivo: ${reason}`,
  ...publicationTexts.es,
}

export type PublicationMessages = typeof es

const en: PublicationMessages = {
  publishTitle: 'Publish the corrected report',
  publishIntro: 'Writes the whole report in its original format, the change log and a summary.',
  openFindings: 'Open findings',
  severityCount: (n) => n.toLocaleString('en-US'),
  acknowledgedFindings: (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'finding' : 'findings'} accepted with a reason`,
  errorsRemain: (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'error remains' : 'errors remain'} open. Review them before publishing.`,
  confirmWithErrors: 'Publish anyway, with the open errors',
  publishStart: 'Generate the files',
  publishFiles: 'Publication files',
  download: (what) => `Download ${what}`,
  downloaded: (fileName) => `Downloaded: ${fileName}`,
  publishWorking: 'Generating…',
  publishFailed: (reason) => `The file could not be generated: ${reason}`,
  ...publicationTexts.en,
}

export const publicationMessages = { es, en }
