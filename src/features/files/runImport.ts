/** Starts an import: in a worker in the browser, in place where workers do not exist (jsdom). */
import type { ImportRequest, ImportResult } from './importFile'
import { runWorkerTask, type TaskProgress } from '../../ui/tasks/workerTask'

export async function runImport(file: File, onProgress: (progress: TaskProgress) => void, signal?: AbortSignal, request: ImportRequest = {}): Promise<ImportResult> {
  if (typeof Worker === 'undefined') {
    const { importFile } = await import('./importFile')
    return importFile(file, onProgress, request)
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
  return runWorkerTask<ImportResult>(worker, { file, request }, onProgress, signal)
}
