import type { Comparison } from '../../report/compare/compareReports'
import { comparisonTables, type ComparedReport } from '../../report/compare/comparisonTables'
import { fileDate, fileNamePart } from '../../report/fileNameParts'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { MIME } from '../../report/mimeTypes'
import { saveFile } from '../../ui/saveFile'
import { ProgressReport } from '../../ui/tasks/ProgressReport'
import { useTaskProgress } from '../../ui/tasks/useTaskProgress'
import type { ComparisonFormat } from './comparisonFileJob'
import { runComparisonFile } from './runComparisonFile'
import type { LoadedComparison } from './useComparison'
import type { SideReport } from './useCompareSources'
import styles from './ComparisonExport.module.css'

/** "comparacion_<A>_<B>_<date>.xlsx", each side named by its file without extension. */
function comparisonFileName(loaded: LoadedComparison, format: ComparisonFormat): string {
  const side = ({ fileName, version }: SideReport) => `${fileNamePart(fileName.replace(/\.[^.]+$/, '')) || 'informe'}-${version === 'original' ? 'original' : 'borradores'}`
  return `comparacion_${side(loaded.a)}_${side(loaded.b)}_${fileDate(new Date())}.${format}`
}

/** The comparison to XLSX (a sheet per part) or JSON, written in a worker. */
export function ComparisonExport({ loaded, comparison }: { loaded: LoadedComparison; comparison: Comparison }) {
  const { language, messages } = useLanguage()
  const t = messages.compare
  const { state, run } = useTaskProgress()
  const exportAs = (format: ComparisonFormat) => {
    const side = ({ fileName, version, report }: SideReport): ComparedReport => ({
      label: t.sourceLabel(fileName, version),
      entity: report.entity,
      year: report.year,
      metas: report.metas,
    })
    const tables = comparisonTables(comparison, side(loaded.a), side(loaded.b))
    const fileName = comparisonFileName(loaded, format)
    void run(
      (onProgress, signal) => runComparisonFile({ format, tables, labels: t.sheetLabels, lang: language }, onProgress, signal),
      (bytes) => {
        saveFile(bytes, fileName, MIME[format])
        return t.exported(fileName)
      },
      t.exportFailed,
    )
  }
  const running = state.phase === 'running'
  return (
    <div className={styles.export}>
      <button type="button" disabled={running} onClick={() => exportAs('xlsx')}>
        {t.exportXlsx}
      </button>
      <button type="button" disabled={running} onClick={() => exportAs('json')}>
        {t.exportJson}
      </button>
      <ProgressReport state={state} label={t.exportLabel} describe={() => t.exporting} />
    </div>
  )
}
