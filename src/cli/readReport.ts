/** Reads a report file for the CLI: the report, or a message saying why not (never a stack trace). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { where } from '../report/parseErrors'
import { readTemplatesJson, type MappingTemplate } from '../report/mapping/mappingTemplate'
import { parseReportFile } from '../report/parseReport'
import type { Bilingual, ParseError, Report } from '../report/types'
import { msg } from './cliMessages'

export type ReadResult = { readonly report: Report } | { readonly message: Bilingual; readonly error?: ParseError }

/** The templates of a --mapping file, or why they cannot be used. */
function readMapping(file: string): { readonly templates: MappingTemplate[] } | { readonly message: Bilingual } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    return { message: msg.cannotRead(file, msg.fsReason((e as NodeJS.ErrnoException).code, 'read')) }
  }
  const read = readTemplatesJson(text)
  return 'error' in read ? { message: msg.badMapping(file, read.error) } : read
}

/** `mappingFile`: templates (--mapping) the file's columns are read with when its header is not the known one. */
export async function readReport(file: string, mappingFile?: string): Promise<ReadResult> {
  const mapping = mappingFile === undefined ? { templates: [] } : readMapping(mappingFile)
  if ('message' in mapping) return mapping
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(file))
  } catch (e) {
    return { message: msg.cannotRead(file, msg.fsReason((e as NodeJS.ErrnoException).code, 'read')) }
  }
  const result = await parseReportFile(bytes, path.basename(file), { templates: mapping.templates, strictTemplates: mappingFile !== undefined })
  if (result.ok) return { report: result.report }
  const { code, line, column, message } = result.error
  // Said once: not for an empty file (line 1 adds nothing), nor when the message already says where.
  const at = line === undefined || code === 'empty' ? null : where(line, column)
  return { message: msg.notAReport(file, at && !message.es.includes(at.es) ? at : null, message), error: result.error }
}
