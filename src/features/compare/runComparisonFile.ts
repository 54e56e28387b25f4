/** Writes a comparison file: in a worker in the browser, in place where workers do not exist (jsdom). */
import { runWorkerTask, type TaskProgress } from '../../ui/tasks/workerTask'
import { buildComparisonFile, type ComparisonFileJob } from './comparisonFileJob'

export async function runComparisonFile(job: ComparisonFileJob, onProgress: (progress: TaskProgress) => void, signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return buildComparisonFile(job)
  const worker = new Worker(new URL('./comparisonFile.worker.ts', import.meta.url), { type: 'module' })
  return runWorkerTask<Uint8Array>(worker, job, onProgress, signal)
}
