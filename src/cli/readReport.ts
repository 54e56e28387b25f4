/** Reads a report file for the CLI: the report, or a message saying why not (never a stack trace). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { where } from '../report/parseErrors'
import { parseReportFile } from '../report/parseReport'
import type { Bilingual, ParseError, Report } from '../report/types'
import { msg } from './cliMessages'

export type ReadResult = { readonly report: Report } | { readonly message: Bilingual; readonly error?: ParseError }

export async function readReport(file: string): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(file))
  } catch (e) {
    return { message: msg.cannotRead(file, msg.fsReason((e as NodeJS.ErrnoException).code, 'read')) }
  }
  const result = await parseReportFile(bytes, path.basename(file))
  if (result.ok) return { report: result.report }
  const { code, line, column, message } = result.error
  // Said once: not for an empty file (line 1 adds nothing), nor when the message already says where.
  const at = line === undefined || code === 'empty' ? null : where(line, column)
  return { message: msg.notAReport(file, at && !message.es.includes(at.es) ? at : null, message), error: result.error }
}
