/** The review grid: toolbar (search, filters, columns), the grid itself and its announcements. */
import { useCallback, useMemo, useState } from 'react'
import { useLanguage, useMessages } from '../../ui/i18n/LanguageProvider'
import { ReadOnlyNote } from '../../ui/ReadOnlyNote'
import { useReportSession } from '../../ui/session/ReportSession'
import type { ViewColumnKey } from '../../report/view/viewSpec'
import { FilterPanel } from './filters/FilterPanel'
import { reportViewColumnKeys, viewColumnLabel } from '../../report/viewColumns'
import { GridSurface } from './GridSurface'
import { ColumnsMenu } from './toolbar/ColumnsMenu'
import { FilterChips } from './toolbar/FilterChips'
import { SearchBox } from './toolbar/SearchBox'
import { useGridTable } from './useGridTable'
import { useSearchWarmup } from './useSearchWarmup'
import { useGridView } from '../../ui/view/useView'
import styles from './ReviewGrid.module.css'

export function ReviewGrid() {
  const t = useMessages().grid
  const view = useGridView()
  const { report } = useReportSession()
  useSearchWarmup(report.metas)
  const { language } = useLanguage()
  const extras = report.source.extraColumns
  const label = useCallback((key: ViewColumnKey) => viewColumnLabel(key, language, extras), [language, extras])
  const team = view.context.units !== undefined
  const keys = useMemo(() => reportViewColumnKeys(extras, team), [extras, team])
  const { table, frozen, setFrozen, resetLayout } = useGridTable(view.columns, label, keys)
  const [message, setMessage] = useState('')
  const [filterOf, setFilterOf] = useState<{ column: ViewColumnKey; anchor: HTMLElement } | null>(null)
  const openFilter = useCallback((column: ViewColumnKey, anchor: HTMLElement) => setFilterOf({ column, anchor }), [])
  const closeFilter = useCallback(() => setFilterOf(null), [])
  return (
    <div className={styles.reviewGrid}>
      <div className={styles.toolbar}>
        <SearchBox value={view.spec.search} onChange={view.setSearch} />
        <FilterChips />
        <span className={styles.spacer} />
        <ColumnsMenu frozen={frozen} setFrozen={setFrozen} onReset={resetLayout} />
      </div>
      <ReadOnlyNote />
      {view.stale && (
        <div className={styles.staleBanner} role="status">
          <span>{t.staleView}</span>
          <button type="button" onClick={view.refresh}>
            {t.refreshView}
          </button>
        </div>
      )}
      <GridSurface view={view} table={table} announce={setMessage} onOpenFilter={openFilter} />
      <p role="status" aria-live="polite" className="visually-hidden">
        {message}
      </p>
      {filterOf && <FilterPanel column={filterOf.column} anchor={filterOf.anchor} onClose={closeFilter} />}
    </div>
  )
}
