/** Starts a view export: in a worker in the browser, in place where workers do not exist (jsdom). */
import type { ViewExportJob } from './viewExportJob'
import { runWorkerTask, type TaskProgress } from '../../ui/tasks/workerTask'

export async function runViewExport(job: ViewExportJob, onProgress: (p: TaskProgress) => void, signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') {
    const { buildViewFile } = await import('./buildViewFile')
    return buildViewFile(job, onProgress)
  }
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })
  return runWorkerTask<Uint8Array>(worker, job, onProgress, signal)
}
