/// <reference lib="webworker" />
/** Parses a shared report's XLSX original off the page and sends the report back (see parseOriginal.ts). */
import { parseReportFile, type ParseOptions } from '../../report/parseReport'
import type { ParseResult } from '../../report/types'
import type { TaskReply } from '../tasks/workerTask'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<{ bytes: Uint8Array; fileName: string; options: ParseOptions }>) => {
  const post = (reply: TaskReply<ParseResult>) => self.postMessage(reply)
  try {
    const { bytes, fileName, options } = event.data
    post({ type: 'done', result: await parseReportFile(bytes, fileName, options) })
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
