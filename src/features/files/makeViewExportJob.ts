/** Builds the export of a view from what the screen knows: the report, the spec and its metas. */
import { exportTimeText } from '../../report/exportTime'
import type { Meta, Report } from '../../report/types'
import { computedColumnDef, isComputedColumn, viewColumnLabel } from '../../report/viewColumns'
import type { ViewContext } from '../../report/view/viewContext'
import { visibleColumns, type ViewSpec } from '../../report/view/viewSpec'
import type { FilesMessages } from '../../ui/i18n/filesMessages'
import { describeView, type Lang } from './viewDescription'
import type { ComputedValues, ViewExportFormat, ViewExportJob } from './viewExportJob'

export interface ViewExportInput {
  readonly report: Report
  readonly spec: ViewSpec
  /** The view's metas in order, drafts applied. */
  readonly metas: readonly Meta[]
  readonly viewName: string
  readonly format: ViewExportFormat
  readonly lang: Lang
  readonly t: FilesMessages
  readonly context?: ViewContext
  /** Review status id -> label in the UI's language. */
  readonly statusLabel?: (status: string) => string
  /** Filter value id -> label, for the description sheet. */
  readonly valueLabel?: (filter: string, value: string) => string
  readonly now: Date
}

export function makeViewExportJob(input: ViewExportInput): ViewExportJob {
  const { report, spec, metas, lang, t, context = {} } = input
  const extras = report.source.extraColumns ?? []
  const keys = visibleColumns(spec, extras.length)
  // The only text a computed column holds is a review status id, written by its name.
  const name = input.statusLabel ?? ((s: string) => s)
  const computed: { -readonly [K in keyof ComputedValues]: ComputedValues[K] } = {}
  for (const key of keys.filter(isComputedColumn)) {
    const { value } = computedColumnDef(key)
    computed[key] = metas.map((m) => {
      const v = value(m, context)
      return typeof v === 'string' ? name(v) : v
    })
  }
  return {
    format: input.format,
    columns: keys.map((key) => ({ key, label: viewColumnLabel(key, lang, extras) })),
    metas,
    computed,
    about: [
      { label: t.viewEntity, value: report.entity },
      { label: t.viewYear, value: report.year === null ? '' : String(report.year) },
      { label: t.viewName, value: input.viewName },
      { label: t.viewRows, value: String(metas.length) },
      ...describeView(spec, lang, t, input.valueLabel, extras),
      { label: t.viewExportedAt, value: exportTimeText(input.now, lang) },
    ],
    sheetNames: { data: t.dataSheet, about: t.viewSheet },
    report: { entity: report.entity, year: report.year },
    exportedAt: input.now.toISOString(),
  }
}
