import { sourceReader } from '../../report/sourceReader'
import type { ParseResult } from '../../report/types'
import { nextTurn } from '../tasks/workerTask'
import { hashingKeeper } from './hashingKeeper'

export const EMBEDDED_REPORT_URL = `${import.meta.env.BASE_URL}default-report.txt`
export const EMBEDDED_REPORT_NAME = 'rendicion-cuentas-2020-quito.txt'
/** The longest the page reads the download without a break. */
const READ_SLICE_MS = 50

/**
 * The report the app ships with (cached by the service worker for offline use): its bytes, its
 * report and its workspace's name (the bytes' hash). It is read as it downloads: when the last
 * bytes arrive only its last lines are left to parse (at 100,000 metas, decoding and splitting the
 * whole text after the download took seconds more). Its bytes are joined and hashed off the page
 * (hashingKeeper.ts): the report opens once it is read and hashed, and its bytes come after.
 */
export async function readEmbeddedReport(): Promise<{ bytes: () => Promise<Uint8Array>; fileName: string; parsed: ParseResult; hash: string }> {
  const response = await fetch(EMBEDDED_REPORT_URL)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const keeper = hashingKeeper()
  const reader = sourceReader(EMBEDDED_REPORT_NAME, {}, keeper)
  if (response.body) {
    const chunks = response.body.getReader()
    let since = performance.now()
    for (let next = await chunks.read(); !next.done; next = await chunks.read()) {
      reader.push(next.value)
      // Chunks already downloaded are read one after another without a break (at 100,000 metas, a
      // task of up to two seconds): the page gets its turn at least every READ_SLICE_MS.
      if (performance.now() - since > READ_SLICE_MS) {
        await nextTurn()
        since = performance.now()
      }
    }
  } else {
    reader.push(new Uint8Array(await response.arrayBuffer()))
  }
  // Worked out off the page's thread while the last lines are read.
  const hashing = keeper.hash()
  const parsed = await reader.finish()
  return { bytes: reader.bytes, fileName: EMBEDDED_REPORT_NAME, parsed, hash: await hashing }
}
