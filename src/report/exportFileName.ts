/**
 * File names of everything the app writes: "<report>_<view>_<date>[_<variant>].<ext>", safe on
 * every system (no accents, spaces or reserved characters) and short enough for a mail attachment list.
 */
import { fileDate, fileNamePart } from './fileNameParts'
import type { Report } from './types'

/** The report's part of a file name: its own file name without extension, else entity and year. */
function reportNamePart(report: Report): string {
  const fromFile = report.source.fileName ? fileNamePart(report.source.fileName.replace(/\.[^.]+$/, '')) : ''
  if (fromFile) return fromFile
  const fromTitle = fileNamePart(`${report.entity} ${report.year ?? ''}`)
  return fromTitle || 'informe'
}

/** e.g. "rendicion-cuentas-2020-quito_objetivo-2-4_2024-05-02.xlsx". */
export function exportFileName(report: Report, viewName: string, at: Date, extension: string, variant = ''): string {
  const view = fileNamePart(viewName)
  return [reportNamePart(report), view, fileDate(at), variant].filter(Boolean).join('_') + `.${extension}`
}

/** Extension the report's own file had, else the usual one for its format. */
export function sourceExtension(report: Report): string {
  const match = report.source.fileName ? /\.([A-Za-z0-9]{1,5})$/.exec(report.source.fileName) : null
  if (match) return match[1]!.toLowerCase()
  return report.source.format === 'tsv' ? 'txt' : report.source.format
}
