import { isZip, parseReportFile, type ParseOptions } from '../../report/parseReport'
import type { ParseResult } from '../../report/types'
import { runWorkerTask } from '../tasks/workerTask'

/**
 * A shared report's original, parsed for its session, which needs the report on the page. An XLSX
 * one is parsed in a worker: exceljs reading a large workbook blocks the page about three times
 * longer than receiving the parsed report does. A text one is parsed here: one parse blocks the
 * page less than receiving the report from a worker (npm run bench -- sharedParse; the local
 * import found the same, bench drafts-import). Where workers do not exist (jsdom), here.
 */
export function parseOriginal(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParseResult> {
  if (!isZip(bytes) || typeof Worker === 'undefined') return parseReportFile(bytes, fileName, options)
  const worker = new Worker(new URL('./parseOriginal.worker.ts', import.meta.url), { type: 'module' })
  // The bytes are copied, not moved: they stay here to be kept as the workspace's original.
  return runWorkerTask<ParseResult>(worker, { bytes, fileName, options }, () => undefined)
}
