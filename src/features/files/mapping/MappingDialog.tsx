import { useId, useMemo, useState } from 'react'
import type { MappingTemplate } from '../../../report/mapping/mappingTemplate'
import { previewReading } from '../../../report/mapping/previewReading'
import { choiceLabels, detectHeader, proposeFor, proposeReading, templateOf, toColumnMapping, type ReadingProposal } from '../../../report/mapping/proposeReading'
import { HEADER_ROWS_SEARCHED } from '../../../report/mapping/mappingTemplate'
import type { ColumnKey, ColumnMapping, PercentScale, TableSketch } from '../../../report/types'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { ModalActions, ModalDialog } from '../../../ui/ModalDialog'
import controls from '../../../ui/controls.module.css'
import { ColumnChoices } from './ColumnChoices'
import { MappingPreview } from './MappingPreview'
import shared from '../fileDialogs.module.css'
import styles from './MappingDialog.module.css'

interface Props {
  readonly fileName: string
  readonly table: TableSketch
  readonly templates: readonly MappingTemplate[]
  /** The step was asked for (Revisar columnas), not forced by an unknown header. */
  readonly review: boolean
  readonly onConfirm: (mapping: ColumnMapping, template: MappingTemplate) => void
  readonly onCancel: () => void
}

/** A row's cells as one short line for the header picker. */
function rowSummary(cells: readonly string[], blank: string): string {
  const text = cells
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(' · ')
  if (text === '') return blank
  return text.length > 70 ? `${text.slice(0, 69)}…` : text
}

/**
 * The mapping step: the proposed file column for each report column, which the user corrects,
 * the sheet and header row it is read from, how its percentages are written, and a preview of the
 * first 20 metas exactly as they will be read. Confirming gives the mapping and its template.
 */
export function MappingDialog({ fileName, table, templates, review, onConfirm, onCancel }: Props) {
  const { messages } = useLanguage()
  const t = messages.files
  const id = useId()
  const [choice, setChoice] = useState<ReadingProposal>(() => proposeReading(table, templates))
  const sheet = table.sheets[choice.sheet]!
  const labels = useMemo(() => choiceLabels(sheet, choice.header), [sheet, choice.header])
  const preview = useMemo(() => previewReading(table, choice), [table, choice])
  const headerRows = sheet.rows.slice(0, HEADER_ROWS_SEARCHED)

  const pickSheet = (index: number) => {
    const detected = detectHeader(table.sheets[index]!)
    setChoice(proposeFor(table, index, detected?.choice ?? { index: 0, rows: 1 }, templates, detected !== null))
  }
  const pickHeader = (index: number, rows: 1 | 2) => setChoice(proposeFor(table, choice.sheet, { index, rows }, templates))
  const pickColumn = (key: ColumnKey, position: number | null) => {
    const columns = { ...choice.columns }
    // A file column holds one report column: taking it here frees it elsewhere.
    for (const other of Object.keys(columns) as ColumnKey[]) if (position !== null && columns[other] === position) columns[other] = null
    columns[key] = position
    setChoice({ ...choice, columns })
  }
  const pickScale = (percentScale: PercentScale) => setChoice({ ...choice, percentScale })
  const scales: readonly [PercentScale, string][] = [
    ['points', t.mappingScalePoints],
    ['fraction', t.mappingScaleFraction],
  ]

  return (
    <ModalDialog title={t.mappingTitle(fileName)} wide className={styles.dialog} onClose={onCancel} describedBy={`${id}-intro`}>
      <p id={`${id}-intro`}>{review ? t.mappingReview : t.mappingUnknown}</p>
      {choice.template !== null && <p className={shared.muted}>{t.mappingFromTemplate}</p>}
      {!choice.found && <p className={styles.problem}>{t.mappingNoHeader}</p>}
      <div className={styles.pickers}>
        {table.sheets.length > 1 && (
          <label className={shared.field}>
            {t.mappingSheet}
            <select data-autofocus value={String(choice.sheet)} onChange={(e) => pickSheet(Number(e.target.value))}>
              {table.sheets.map((s, i) => (
                <option key={s.name} value={String(i)}>
                  {t.mappingSheetOption(s.name, s.rowCount)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={shared.field}>
          {t.mappingHeaderRow}
          <select
            data-autofocus={table.sheets.length > 1 ? undefined : true}
            value={String(choice.header.index)}
            onChange={(e) => pickHeader(Number(e.target.value), choice.header.rows)}
          >
            {headerRows.map((row, i) => (
              <option key={row.line} value={String(i)}>
                {t.mappingRowOption(row.line, rowSummary(row.cells, t.mappingBlankRow))}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={choice.header.rows === 2} onChange={(e) => pickHeader(choice.header.index, e.target.checked ? 2 : 1)} />
          {t.mappingTwoRows}
        </label>
      </div>
      <ColumnChoices labels={labels} columns={choice.columns} onPick={pickColumn} />
      {choice.columns.percent !== null && (
        <fieldset>
          <legend>{t.mappingScale}</legend>
          {scales.map(([scale, label]) => (
            <label key={scale} className={styles.check}>
              <input type="radio" name={`${id}-scale`} checked={choice.percentScale === scale} onChange={() => pickScale(scale)} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
      <MappingPreview preview={preview} columns={choice.columns} />
      <ModalActions>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <button
          type="button"
          className={controls.primaryButton}
          disabled={!preview.ok}
          onClick={() => onConfirm(toColumnMapping(table, choice), templateOf(table, choice, Date.now()))}
        >
          {t.mappingConfirm}
        </button>
      </ModalActions>
    </ModalDialog>
  )
}
