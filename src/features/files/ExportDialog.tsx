import { useMemo, useState } from 'react'
import { readPreference, writePreference } from '../../ui/browserPreference'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import type { Meta, Report } from '../../report/types'
import { NO_UNIT } from '../../report/team/metaUnits'
import type { ViewContext } from '../../report/view/viewContext'
import { visibleColumns, type ViewSpec } from '../../report/view/viewSpec'
import { viewExportFileName } from './exportFileName'
import { filterValueLabels } from './filterValueLabels'
import { makeViewExportJob } from './makeViewExportJob'
import { ModalDialog } from '../../ui/ModalDialog'
import { ProgressReport } from '../../ui/tasks/ProgressReport'
import { runViewExport } from './runViewExport'
import { MIME } from '../../report/mimeTypes'
import { saveFile } from '../../ui/saveFile'
import { TaskActions } from './TaskActions'
import { useTaskProgress } from '../../ui/tasks/useTaskProgress'
import { VIEW_EXPORT_FORMATS, type ViewExportFormat } from './viewExportJob'
import controls from '../../ui/controls.module.css'
import shared from './fileDialogs.module.css'
import styles from './ExportDialog.module.css'
import { useStatusNames } from '../../ui/session/statusNames'

/** A view the dialog can export: the one on screen or a saved one. */
export interface ExportTarget {
  readonly id: string
  /** Shown in the list and written in the view sheet. */
  readonly name: string
  /** The view's part of the file name. */
  readonly fileLabel: string
  readonly spec: ViewSpec
  readonly metas: readonly Meta[]
}

const FORMAT_KEY = 'poa.exportFormat'

function storedFormat(): ViewExportFormat {
  const stored = readPreference(FORMAT_KEY)
  return VIEW_EXPORT_FORMATS.find((f) => f === stored) ?? 'xlsx'
}

export function ExportDialog({
  report,
  targets,
  context,
  onClose,
}: {
  report: Report
  /** The current view first, then the saved views. */
  targets: readonly ExportTarget[]
  context?: ViewContext
  onClose: () => void
}) {
  const { language, messages } = useLanguage()
  const t = messages.files
  const statusNames = useStatusNames()
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '')
  const [format, setFormat] = useState<ViewExportFormat>(storedFormat)
  const task = useTaskProgress()
  const target = targets.find((x) => x.id === targetId) ?? targets[0]
  const running = task.state.phase === 'running'
  const team = context?.units !== undefined
  const fileName = useMemo(() => (target ? viewExportFileName(report, target.fileLabel, new Date(), format) : ''), [report, target, format])
  const formatLabel: Record<ViewExportFormat, string> = {
    xlsx: t.formatXlsx,
    'csv-semicolon': t.formatCsvSemicolon,
    'csv-comma': t.formatCsvComma,
    json: t.formatJson,
  }

  const start = () => {
    if (!target) return
    const now = new Date()
    const name = viewExportFileName(report, target.fileLabel, now, format)
    const statuses: Record<string, string> = statusNames
    const statusLabel = (status: string) => statuses[status] ?? status
    const noUnit = messages.grid.noUnit
    const unitLabel = (unit: string) => (unit === NO_UNIT ? noUnit : (context?.units?.unitName(unit) ?? unit))
    const valueLabel = filterValueLabels(report, language, statusLabel, unitLabel)
    const job = makeViewExportJob({
      report,
      spec: target.spec,
      metas: target.metas,
      viewName: target.name,
      format,
      lang: language,
      t,
      context,
      statusLabel,
      noUnit,
      valueLabel,
      now,
    })
    void task.run(
      (onProgress, signal) => runViewExport(job, onProgress, signal),
      (bytes) => {
        saveFile(bytes, name, format === 'xlsx' ? MIME.xlsx : format === 'json' ? MIME.json : MIME.csv)
        return t.exportDone(name)
      },
      t.exportFailed,
    )
  }

  return (
    <ModalDialog title={t.exportTitle} onClose={onClose} busy={running}>
      {targets.length > 1 && (
        <fieldset disabled={running}>
          <legend>{t.exportWhat}</legend>
          <div className={styles.choiceList}>
            {targets.map((x) => (
              <label key={x.id}>
                <input type="radio" name="export-target" checked={x.id === target?.id} onChange={() => setTargetId(x.id)} />
                <span>
                  {x.name} <span className={shared.muted}>({t.exportSummary(x.metas.length, visibleColumns(x.spec, report.source.extraColumns?.length, team).length)})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset disabled={running}>
        <legend>{t.formatLegend}</legend>
        <div className={styles.choiceList}>
          {VIEW_EXPORT_FORMATS.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="export-format"
                checked={f === format}
                onChange={() => {
                  setFormat(f)
                  writePreference(FORMAT_KEY, f)
                  task.reset()
                }}
              />
              {formatLabel[f]}
            </label>
          ))}
        </div>
      </fieldset>
      {target && <p>{t.exportSummary(target.metas.length, visibleColumns(target.spec, report.source.extraColumns?.length, team).length)}</p>}
      <p>
        {t.fileNameLabel}: <span className={shared.fileName}>{fileName}</span>
      </p>
      <ProgressReport
        state={task.state}
        label={t.exportProgress}
        describe={(p) => (p === null ? t.exportPreparing : p.total > 0 ? t.exportRows(p.done, p.total) : t.exportWriting)}
      />
      <TaskActions running={running} onCancel={task.cancel} onClose={onClose}>
        <button type="button" className={controls.primaryButton} onClick={start} disabled={running || !target}>
          {t.exportStart}
        </button>
      </TaskActions>
    </ModalDialog>
  )
}
