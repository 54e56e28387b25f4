/** A report in its source format, whatever it was: text sources at once, XLSX through exceljs (lazily). */
import { serializeSource } from './serializeSource'
import type { Report } from './types'

export async function serializeSourceFile(report: Report): Promise<Uint8Array> {
  if (report.source.format !== 'xlsx') return serializeSource(report)
  const { writeSourceXlsx } = await import('./writeSourceXlsx')
  return writeSourceXlsx(report)
}
