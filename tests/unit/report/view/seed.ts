import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseReport } from '../../../../src/report/parseReport'
import type { Report } from '../../../../src/report/types'

/** The embedded report, parsed by the real parser. */
export function loadSeed(): Report {
  const result = parseReport(new Uint8Array(readFileSync(path.resolve(process.cwd(), 'public/default-report.txt'))))
  if (!result.ok) throw new Error(result.error.message.en)
  return result.report
}
