/** Every file of a publication: the corrected report in its source format, the change log and the summary. */
import { exportFileName, sourceExtension } from '../exportFileName'
import { MIME } from '../mimeTypes'
import { serializeSourceFile } from '../serializeSourceFile'
import { changeLogCsv, changeLogXlsx } from './changeLogFiles'
import { publicationSummary, type SummaryInput } from './publicationSummary'

export interface PublicationFile {
  readonly kind: 'report' | 'changeLogCsv' | 'changeLogXlsx' | 'summary'
  readonly label: string
  readonly name: string
  readonly mime: string
  readonly bytes: Uint8Array
}

/** The publication is written from what its summary describes: the report, its changes, its open findings. */
export async function publicationFiles(input: SummaryInput): Promise<PublicationFile[]> {
  const { report, entries, lang, t, now } = input
  const name = (view: string, ext: string) => exportFileName(report, view, now, ext)
  return [
    {
      kind: 'report',
      label: t.fileReport(report.source.format.toUpperCase()),
      name: name(t.publishedName, sourceExtension(report)),
      mime: report.source.format === 'xlsx' ? MIME.xlsx : MIME.text,
      bytes: await serializeSourceFile(report),
    },
    { kind: 'changeLogCsv', label: t.fileChangeLogCsv, name: name(t.changeLogName, 'csv'), mime: MIME.csv, bytes: changeLogCsv(entries, lang, t) },
    { kind: 'changeLogXlsx', label: t.fileChangeLogXlsx, name: name(t.changeLogName, 'xlsx'), mime: MIME.xlsx, bytes: await changeLogXlsx(entries, lang, t) },
    { kind: 'summary', label: t.fileSummary, name: name(t.summaryName, 'txt'), mime: MIME.text, bytes: new TextEncoder().encode(publicationSummary(input)) },
  ]
}
