/**
 * Reading a report file the user brought: its bytes read with progress, then parsed by the domain
 * parser (through a mapping or a saved template when its header is not the known one), or only
 * sketched for the mapping step. Runs inside import.worker.ts in the browser; tests call it directly.
 */
import type { MappingTemplate } from '../../report/mapping/mappingTemplate'
import { parseReportFile, sketchReportFile } from '../../report/parseReport'
import type { ColumnMapping, ParseError, Report, TableSketch } from '../../report/types'
import type { TaskProgress } from '../../ui/tasks/workerTask'

/** How to read the file: with a confirmed mapping, else by its header or a saved template; `review`: only sketch it. */
export interface ImportRequest {
  readonly mapping?: ColumnMapping
  readonly templates?: readonly MappingTemplate[]
  readonly review?: boolean
}

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
      /** The mapping it was read with (confirmed, or a template's), to read the bytes again the same way. */
      readonly mapping?: ColumnMapping
    }
  /** `table`: the file is a table whose columns can be mapped by hand. */
  | { readonly ok: false; readonly error: ParseError; readonly fileName: string; readonly table?: TableSketch }
  /** Asked to review its columns (Revisar columnas): its first rows, nothing read yet. */
  | { readonly ok: false; readonly error: null; readonly fileName: string; readonly table: TableSketch }

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

export async function importFile(file: File, onProgress: (progress: TaskProgress) => void, request: ImportRequest = {}): Promise<ImportResult> {
  const bytes = await readWithProgress(file, onProgress)
  const fileName = file.name
  // Parsing has no steps to count: total 0 tells the bar to show "working".
  onProgress({ done: 0, total: 0 })
  if (request.review) {
    const sketched = await sketchReportFile(bytes)
    return sketched.ok ? { ok: false, error: null, fileName, table: sketched.table } : { ok: false, error: sketched.error, fileName }
  }
  const options = request.mapping ? { mapping: request.mapping } : { templates: request.templates ?? [] }
  const result = await parseReportFile(bytes, fileName, options)
  if (!result.ok) return { ok: false, error: result.error, fileName, ...(result.table ? { table: result.table } : {}) }
  const { mapping } = result.report.source
  return { ok: true, report: result.report, bytes, fileName, ...(mapping ? { mapping } : {}) }
}
