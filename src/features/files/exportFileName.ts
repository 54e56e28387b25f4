/** File names of view exports: the report's name pattern (report/exportFileName) with each format's extension and variant. */
import { exportFileName } from '../../report/exportFileName'
import type { Report } from '../../report/types'
import type { ViewExportFormat } from './viewExportJob'

/**
 * Extension and variant of each view format. The two CSVs differ in name as in content, so both
 * can be downloaded the same day without one becoming "(1)": the `;` one with a BOM is Excel's.
 */
const VIEW_FILE: Record<ViewExportFormat, { readonly extension: string; readonly variant?: string }> = {
  xlsx: { extension: 'xlsx' },
  'csv-semicolon': { extension: 'csv', variant: 'excel' },
  'csv-comma': { extension: 'csv' },
  json: { extension: 'json' },
}

/** e.g. "rendicion-cuentas-2020-quito_vista-filtrada_2024-05-02_excel.csv" for the `;` CSV. */
export function viewExportFileName(report: Report, viewName: string, at: Date, format: ViewExportFormat): string {
  const { extension, variant } = VIEW_FILE[format]
  return exportFileName(report, viewName, at, extension, variant)
}
