/// <reference lib="webworker" />
/** Writes a comparison's XLSX or JSON off the main thread (see runComparisonFile.ts). */
import type { TaskReply } from '../../ui/tasks/workerTask'
import { buildComparisonFile, type ComparisonFileJob } from './comparisonFileJob'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<ComparisonFileJob>) => {
  const post = (reply: TaskReply<Uint8Array>, transfer: Transferable[] = []) => self.postMessage(reply, transfer)
  try {
    const bytes = await buildComparisonFile(event.data)
    post({ type: 'done', result: bytes }, [bytes.buffer])
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
