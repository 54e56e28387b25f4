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
  /** Team mode: what the unit column says of a meta of no unit («Sin asignar»). */
  readonly noUnit?: string
  /** Filter value id -> label, for the description sheet. */
  readonly valueLabel?: (filter: string, value: string) => string
  readonly now: Date
}

export function makeViewExportJob(input: ViewExportInput): ViewExportJob {
  const { report, spec, metas, lang, t, context = {} } = input
  const extras = report.source.extraColumns ?? []
  // Only a team view knows units: its context has them.
  const team = context.units !== undefined
  const keys = visibleColumns(spec, extras.length, team)
  // A review status is an id, written by its name; a unit is its own name, or «Sin asignar».
  const status = input.statusLabel ?? ((s: string) => s)
  const computed: { -readonly [K in keyof ComputedValues]: ComputedValues[K] } = {}
  for (const key of keys.filter(isComputedColumn)) {
    const { value } = computedColumnDef(key)
    const name = key === 'unit' ? (s: string) => s : status
    const none = key === 'unit' ? (input.noUnit ?? null) : null
    computed[key] = metas.map((m) => {
      const v = value(m, context)
      return typeof v === 'string' ? name(v) : (v ?? none)
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
      ...describeView(spec, lang, t, input.valueLabel, extras, team),
      { label: t.viewExportedAt, value: exportTimeText(input.now, lang) },
    ],
    sheetNames: { data: t.dataSheet, about: t.viewSheet },
    report: { entity: report.entity, year: report.year },
    exportedAt: input.now.toISOString(),
  }
}
