/// <reference lib="webworker" />
/** Matches two reports' metas off the main thread, reporting progress (see runMatching.ts). */
import { matchMetas, type Matching } from '../../report/compare/matchMetas'
import type { TaskReply } from '../../ui/tasks/workerTask'
import type { MatchJob } from './matchJob'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = (event: MessageEvent<MatchJob>) => {
  const post = (reply: TaskReply<Matching>) => self.postMessage(reply)
  try {
    const { a, b, mode } = event.data
    post({ type: 'done', result: matchMetas(a, b, { mode, onProgress: (done, total) => post({ type: 'progress', progress: { done, total } }) }) })
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
