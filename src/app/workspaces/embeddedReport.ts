import { EMBEDDED_REPORT_NAME, EMBEDDED_REPORT_URL } from '../useEmbeddedReport'

/** The bytes of the report the app ships with (cached by the service worker for offline use). */
export async function fetchEmbeddedReport(): Promise<{ bytes: Uint8Array; fileName: string }> {
  const response = await fetch(EMBEDDED_REPORT_URL)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: EMBEDDED_REPORT_NAME }
}
