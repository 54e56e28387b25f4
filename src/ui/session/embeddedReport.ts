export const EMBEDDED_REPORT_URL = `${import.meta.env.BASE_URL}default-report.txt`
export const EMBEDDED_REPORT_NAME = 'rendicion-cuentas-2020-quito.txt'

/** The bytes of the report the app ships with (cached by the service worker for offline use). */
export async function fetchEmbeddedReport(): Promise<{ bytes: Uint8Array; fileName: string }> {
  const response = await fetch(EMBEDDED_REPORT_URL)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: EMBEDDED_REPORT_NAME }
}
