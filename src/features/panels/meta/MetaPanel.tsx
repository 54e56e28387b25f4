import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useLanguage } from '../../../ui/i18n/LanguageProvider'
import { ReadOnlyNote } from '../../../ui/ReadOnlyNote'
import { useMetaLock } from '../../../ui/session/useMetaLock'
import { useReportSession } from '../../../ui/session/ReportSession'
import { columnDef } from '../../../report/columns'
import type { ColumnKey } from '../../../report/types'
import { useView } from '../../../ui/view/useView'
import { useFindingAcks } from '../findings/findingAcks'
import { FindingItem } from '../findings/FindingItem'
import { useReportFindings } from '../findings/reportFindings'
import { MetaFields, NARRATIVE_COLUMNS } from './MetaFields'
import { META_PANEL_TITLE } from './metaPanelFocus'
import { NarrativeEditor } from './NarrativeEditor'
import { ReviewSection } from './ReviewSection'
import { TextCompare } from './TextCompare'
import controls from '../../../ui/controls.module.css'
import panelText from '../panelText.module.css'
import styles from './MetaPanel.module.css'

/** The selected meta, for reading and for correcting its narratives; steps through the view's order. */
export function MetaPanel() {
  const { language, messages } = useLanguage()
  const t = messages.panels
  const session = useReportSession()
  const view = useView()
  const [comparing, setComparing] = useState(false)
  const findings = useReportFindings()
  const acks = useFindingAcks()
  const readOnlyNote = useId()
  const lockOf = useMetaLock()
  const meta = view.spec.selected === null ? undefined : session.report.metas[view.spec.selected]
  // Only the selected meta's place in the view (a re-sort of 100,000 rows maps nothing here).
  const selected = meta?.id
  const position = useMemo(() => (selected === undefined ? -1 : view.metas.findIndex((m) => m.id === selected)), [view.metas, selected])
  if (!meta) return <p className={panelText.empty}>{t.noMetaSelected}</p>

  const original = session.original.metas[meta.id]
  const previous = position > 0 ? view.metas[position - 1].id : undefined
  const next = position >= 0 && position < view.metas.length - 1 ? view.metas[position + 1].id : undefined
  const go = (target: number | undefined) => {
    if (target === undefined) return
    // Leaving a narrative being typed commits it first (its blur handler), like leaving the field.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    view.select(target)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    go(event.key === 'ArrowUp' ? previous : next)
  }
  // Why this account may not change this meta (a read-only account, another unit's meta); null when it may.
  const lock = lockOf(meta.id)
  const lockedNote = lock === null ? null : readOnlyNote
  const metaFindings = findings?.filter((f) => f.meta === meta.id) ?? null
  const isEdited = (column: ColumnKey) => session.isEdited(meta.id, column)
  const editedColumns = Object.keys(meta.cells).filter((key) => isEdited(key as ColumnKey)) as ColumnKey[]

  return (
    <section aria-labelledby={META_PANEL_TITLE} onKeyDown={onKeyDown}>
      {/* Not a <header>: the page has one banner landmark, the app's own header. */}
      <div className={styles.header}>
        <div className={styles.heading}>
          <h2 id={META_PANEL_TITLE} tabIndex={-1} className={panelText.title}>
            {t.metaTitle(meta.cells.no)}
          </h2>
          <p className={styles.position}>{position >= 0 ? t.positionInView(position + 1, view.metas.length) : t.notInView}</p>
        </div>
        <div className={styles.nav}>
          <button
            type="button"
            className={controls.iconButton}
            aria-label={t.previousMeta}
            title={`${t.previousMeta} (Alt+↑)`}
            aria-keyshortcuts="Alt+ArrowUp"
            disabled={previous === undefined}
            onClick={() => go(previous)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className={controls.iconButton}
            aria-label={t.nextMeta}
            title={`${t.nextMeta} (Alt+↓)`}
            aria-keyshortcuts="Alt+ArrowDown"
            disabled={next === undefined}
            onClick={() => go(next)}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </div>
      </div>
      <ReadOnlyNote id={readOnlyNote} reason={lock} />
      <p className={styles.description}>{meta.cells.description}</p>

      <h3 className={panelText.section}>{t.narrativesHeading}</h3>
      {NARRATIVE_COLUMNS.map((column) => (
        <NarrativeEditor
          key={`${meta.id}:${column}`}
          label={columnDef(column).label[language]}
          value={meta.cells[column]}
          originalLength={[...(original?.cells[column] ?? '')].length}
          edited={isEdited(column)}
          readOnlyNote={lockedNote}
          onCommit={(after) => session.commit([{ meta: meta.id, column, after }])}
        />
      ))}

      {editedColumns.length > 0 && (
        <div>
          <button type="button" aria-expanded={comparing} onClick={() => setComparing((c) => !c)}>
            {comparing ? t.compareHide : t.compareShow}
          </button>
          {comparing && (
            <div className={styles.compareBody} role="group" aria-label={t.compareHeading}>
              {editedColumns.map((column) => (
                <TextCompare key={column} label={columnDef(column).label[language]} original={original?.cells[column] ?? ''} current={meta.cells[column]} />
              ))}
            </div>
          )}
        </div>
      )}

      <ReviewSection key={meta.id} meta={meta.id} readOnlyNote={session.access.canEdit ? null : readOnlyNote} turnNote={lockedNote} />

      <h3 id="meta-findings-title" className={panelText.section}>
        {t.metaFindingsHeading}
      </h3>
      {metaFindings === null ? (
        <p className={panelText.empty} role="status">
          {t.findingsChecking}
        </p>
      ) : metaFindings.length === 0 ? (
        <p className={panelText.empty}>{t.metaFindingsNone}</p>
      ) : (
        <ul className={styles.findings} aria-labelledby="meta-findings-title">
          {metaFindings.map((finding) => (
            <FindingItem key={`${finding.rule}:${finding.column ?? ''}:${finding.message.es}`} finding={finding} acks={acks} />
          ))}
        </ul>
      )}

      <h3 className={panelText.section}>{t.fieldsHeading}</h3>
      <MetaFields meta={meta} isEdited={isEdited} />
    </section>
  )
}
