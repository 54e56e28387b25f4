/**
 * Reading a report file the user brought: its bytes read with progress, then parsed by the domain
 * parser. Runs inside import.worker.ts in the browser; tests call it directly.
 */
import { parseReportFile } from '../../report/parseReport'
import type { ParseError, Report } from '../../report/types'
import type { TaskProgress } from '../../ui/tasks/workerTask'

export type ImportResult =
  | {
      readonly ok: true
      /**
       * Absent when parsed in the worker: structured-cloning a 100,000-meta report to the page
       * blocks it longer than parsing the bytes there once (npm run bench drafts-import).
       */
      readonly report?: Report
      readonly bytes: Uint8Array
      readonly fileName: string
    }
  | { readonly ok: false; readonly error: ParseError; readonly fileName: string }

/** Reads a Blob chunk by chunk so the bar moves while a large file loads. */
async function readWithProgress(file: Blob, onProgress: (progress: TaskProgress) => void): Promise<Uint8Array> {
  const total = file.size
  const bytes = new Uint8Array(total)
  const reader = file.stream().getReader()
  let done = 0
  for (;;) {
    const chunk = await reader.read()
    if (chunk.done) break
    bytes.set(chunk.value, done)
    done += chunk.value.length
    onProgress({ done, total })
  }
  return done === total ? bytes : bytes.subarray(0, done)
}

export async function importFile(file: File, onProgress: (progress: TaskProgress) => void): Promise<ImportResult> {
  const bytes = await readWithProgress(file, onProgress)
  // Parsing has no steps to count: total 0 tells the bar to show "working".
  onProgress({ done: 0, total: 0 })
  const result = await parseReportFile(bytes, file.name)
  return result.ok ? { ok: true, report: result.report, bytes, fileName: file.name } : { ok: false, error: result.error, fileName: file.name }
}
