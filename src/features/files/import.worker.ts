/// <reference lib="webworker" />
/** Parses an imported report file off the main thread (see runImport.ts). */
import { importFile, type ImportRequest, type ImportResult } from './importFile'
import type { TaskReply } from '../../ui/tasks/workerTask'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<{ file: File; request: ImportRequest }>) => {
  const post = (reply: TaskReply<ImportResult>, transfer: Transferable[] = []) => self.postMessage(reply, transfer)
  try {
    const result = await importFile(event.data.file, (progress) => post({ type: 'progress', progress }), event.data.request)
    // The bytes are moved, not copied; the report stays here (see ImportResult), its mapping goes along.
    const reply: ImportResult = result.ok ? { ok: true, bytes: result.bytes, fileName: result.fileName, ...(result.mapping ? { mapping: result.mapping } : {}) } : result
    post({ type: 'done', result: reply }, result.ok ? [result.bytes.buffer] : [])
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
