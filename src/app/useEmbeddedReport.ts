import { useQuery } from '@tanstack/react-query'
import { parseReportFile } from '../report/parseReport'

export const EMBEDDED_REPORT_URL = `${import.meta.env.BASE_URL}default-report.txt`
export const EMBEDDED_REPORT_NAME = 'rendicion-cuentas-2020-quito.txt'

/** The report the app ships with, opened on a fresh browser with no set-up. */
export function useEmbeddedReport() {
  return useQuery({
    queryKey: ['embedded-report'],
    queryFn: async () => {
      const response = await fetch(EMBEDDED_REPORT_URL)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const bytes = new Uint8Array(await response.arrayBuffer())
      return parseReportFile(bytes, EMBEDDED_REPORT_NAME)
    },
    staleTime: Infinity,
  })
}
