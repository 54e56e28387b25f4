/** Starts a matching: in a worker in the browser, in place where workers do not exist (jsdom). */
import { matchMetas, type Matching } from '../../report/compare/matchMetas'
import { runWorkerTask, type TaskProgress } from '../../ui/tasks/workerTask'
import type { MatchJob } from './matchJob'

export async function runMatching(job: MatchJob, onProgress: (progress: TaskProgress) => void, signal?: AbortSignal): Promise<Matching> {
  if (typeof Worker === 'undefined') return matchMetas(job.a, job.b, { mode: job.mode, onProgress: (done, total) => onProgress({ done, total }) })
  const worker = new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module' })
  return runWorkerTask<Matching>(worker, job, onProgress, signal)
}
