/** The comparison worker's work in a Node worker thread: a job in, progress out, the matching back (as src/features/compare/match.worker.ts). */
import { parentPort } from 'node:worker_threads'
import { matchMetas, type MatchFields, type MatchMode } from '../../../src/report/compare/matchMetas'

parentPort!.on('message', (job: { a: MatchFields[]; b: MatchFields[]; mode: MatchMode }) => {
  const matching = matchMetas(job.a, job.b, { mode: job.mode, onProgress: (done, total) => parentPort!.postMessage({ type: 'progress', done, total }) })
  parentPort!.postMessage({ type: 'done', matching })
})
// Loaded: the job may come (the time to load this module is not the matching's).
parentPort!.postMessage({ type: 'ready' })
