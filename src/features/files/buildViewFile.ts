/** The bytes of a view export in the chosen format. Runs in export.worker.ts (or in place in tests). */
import type { ViewExportJob } from './viewExportJob'
import { writeViewCsv, writeViewJson } from './viewText'
import type { TaskProgress } from '../../ui/tasks/workerTask'

export async function buildViewFile(job: ViewExportJob, onProgress: (p: TaskProgress) => void): Promise<Uint8Array> {
  switch (job.format) {
    case 'xlsx': {
      // exceljs is large: fetched only when a spreadsheet is actually written.
      const { writeViewWorkbook } = await import('./viewWorkbook')
      return writeViewWorkbook(job, onProgress)
    }
    case 'csv-semicolon':
      return writeViewCsv(job, ';', onProgress)
    case 'csv-comma':
      return writeViewCsv(job, ',', onProgress)
    case 'json':
      return writeViewJson(job, onProgress)
  }
}
