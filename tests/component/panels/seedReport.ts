import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseReport } from '../../../src/report/parseReport'
import type { Report } from '../../../src/report/types'

/** The embedded report, parsed by the real parser. */
export function loadSeedReport(): Report {
  const parsed = parseReport(new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt'))))
  if (!parsed.ok) throw new Error(`the embedded report does not parse: ${parsed.error.message.en}`)
  return parsed.report
}
