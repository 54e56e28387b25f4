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
    return { message: msg.cannotRead(file, msg.fsReason((e as NodeJS.ErrnoException).code)) }
  }
  const result = await parseReportFile(bytes, path.basename(file))
  if (result.ok) return { report: result.report }
  const { line, column, message } = result.error
  return { message: msg.notAReport(file, line === undefined ? null : where(line, column), message), error: result.error }
}
