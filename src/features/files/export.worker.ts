/// <reference lib="webworker" />
/** Writes a view export off the main thread, reporting progress (see runViewExport.ts). */
import { buildViewFile } from './buildViewFile'
import type { ViewExportJob } from './viewExportJob'
import type { TaskReply } from '../../ui/tasks/workerTask'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<ViewExportJob>) => {
  const post = (reply: TaskReply<Uint8Array>, transfer: Transferable[] = []) => self.postMessage(reply, transfer)
  try {
    const bytes = await buildViewFile(event.data, (progress) => post({ type: 'progress', progress }))
    post({ type: 'done', result: bytes }, [bytes.buffer])
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
