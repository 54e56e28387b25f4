/** The texts inside a publication's files (the change log's header, the summary, the file names), in both languages. */
import { formatNumber } from '../numbers'

const es = {
  changesCount: (cells: number, metas: number) =>
    cells === 0
      ? 'Sin cambios: el informe se publica tal como llegó.'
      : `${formatNumber(cells)} ${cells === 1 ? 'celda corregida' : 'celdas corregidas'} en ${formatNumber(metas)} ${metas === 1 ? 'meta' : 'metas'}`,
  fileReport: (format: string) => `Informe corregido (${format})`,
  fileChangeLogCsv: 'Registro de cambios (CSV)',
  fileChangeLogXlsx: 'Registro de cambios (XLSX)',
  fileSummary: 'Resumen (texto)',
  changeLogSheet: 'Cambios',
  publishedName: 'corregido',
  summary: {
    title: 'Resumen de la publicación',
    entity: 'Entidad',
    report: 'Informe',
    source: 'Archivo de origen',
    publishedAt: 'Generado el',
    metas: 'Metas',
    changes: 'Cambios',
    changedColumns: 'Columnas corregidas',
    findings: 'Hallazgos abiertos',
    acknowledged: 'Hallazgos aceptados',
    review: 'Revisión',
    reviewed: (n: number, total: number) => `${formatNumber(n)} de ${formatNumber(total)} metas revisadas`,
    fulfillment: 'Cumplimiento',
    meanMedian: (mean: string, median: string) => `promedio ${mean}, mediana ${median}`,
    bands: 'Metas por franja de cumplimiento',
    none: 'ninguno',
  },
  changeMeta: 'N.º de meta',
  changeColumn: 'Columna',
  changeOriginal: 'Original',
  changeCorrected: 'Corregido',
  changeWhen: 'Fecha del cambio',
  changeAuthor: 'Autor del cambio',
  changeComments: 'Comentarios',
  changeLogName: 'registro-de-cambios',
  summaryName: 'resumen',
}

export type PublicationTexts = typeof es

const en: PublicationTexts = {
  changesCount: (cells, metas) =>
    cells === 0
      ? 'No changes: the report is published as it came.'
      : `${cells.toLocaleString('en-US')} ${cells === 1 ? 'cell' : 'cells'} corrected in ${metas.toLocaleString('en-US')} ${metas === 1 ? 'goal' : 'goals'}`,
  fileReport: (format) => `Corrected report (${format})`,
  fileChangeLogCsv: 'Change log (CSV)',
  fileChangeLogXlsx: 'Change log (XLSX)',
  fileSummary: 'Summary (text)',
  changeLogSheet: 'Changes',
  publishedName: 'corrected',
  summary: {
    title: 'Publication summary',
    entity: 'Entity',
    report: 'Report',
    source: 'Source file',
    publishedAt: 'Generated at',
    metas: 'Goals',
    changes: 'Changes',
    changedColumns: 'Corrected columns',
    findings: 'Open findings',
    acknowledged: 'Accepted findings',
    review: 'Review',
    reviewed: (n, total) => `${n.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} goals reviewed`,
    fulfillment: 'Fulfillment',
    meanMedian: (mean, median) => `mean ${mean}, median ${median}`,
    bands: 'Goals by fulfillment band',
    none: 'none',
  },
  changeMeta: 'Goal no.',
  changeColumn: 'Column',
  changeOriginal: 'Original',
  changeCorrected: 'Corrected',
  changeWhen: 'Changed at',
  changeAuthor: 'Changed by',
  changeComments: 'Comments',
  changeLogName: 'change-log',
  summaryName: 'summary',
}

export const publicationTexts = { es, en }
