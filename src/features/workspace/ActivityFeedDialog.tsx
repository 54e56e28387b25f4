import { useMemo, useState } from 'react'
import { ACTIVITY_KINDS, type ActivityKind } from '../../drafts/activity'
import { NO_UNIT } from '../../report/team/metaUnits'
import { filterActivity, NO_FILTER, personKey, type ActivityFilter } from '../../ui/activity/activityFilter'
import { activityAuthor, activityWords } from '../../ui/activity/activityWords'
import { ExportActivityButton } from '../../ui/activity/ExportActivityButton'
import { useActivity } from '../../ui/activity/useActivity'
import { useActivitySheet } from '../../ui/activity/useActivitySheet'
import { editTimeText } from '../../ui/i18n/editTime'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { ModalDialog } from '../../ui/ModalDialog'
import { useReportSession } from '../../ui/session/ReportSession'
import { shortCellText } from '../../ui/shortCellText'
import { useView } from '../../ui/view/useView'
import styles from './ActivityFeedDialog.module.css'

/** A page of the feed: short enough to read and to move through with the keyboard at any log size. */
const PAGE = 50

/**
 * «Actividad del informe»: every change of the report, newest first, filtered by person, unit,
 * kind and date range, a page at a time; the filtered changes export as the XLSX audit trail (in
 * log order). A meta's number opens it in the grid and the side panel.
 */
export function ActivityFeedDialog({ onClose }: { onClose: () => void }) {
  const { language, messages } = useLanguage()
  const t = messages.activity
  const { assignments } = useReportSession()
  const view = useView()
  const all = useActivity()
  const sheet = useActivitySheet()
  const [filter, setFilter] = useState<ActivityFilter>(NO_FILTER)
  const [page, setPage] = useState(0)
  const entries = useMemo(() => all ?? [], [all])
  const shown = useMemo(() => filterActivity(entries, filter, (meta) => assignments?.unitOf(meta) ?? null), [entries, filter, assignments])
  const people = useMemo(
    () => [...new Map(entries.map((e) => [personKey(e), activityAuthor(e, messages)])).entries()].sort((a, b) => a[1].localeCompare(b[1], language)),
    [entries, messages, language],
  )
  const units = useMemo(
    () => [...new Set(assignments?.units.values() ?? [])].map((id) => [id, sheet.unitName(id)] as const).sort((a, b) => a[1].localeCompare(b[1], language)),
    [assignments, sheet, language],
  )
  const newestFirst = useMemo(() => [...shown].reverse(), [shown])
  const pages = Math.max(1, Math.ceil(newestFirst.length / PAGE))
  const current = Math.min(page, pages - 1)
  const rows = newestFirst.slice(current * PAGE, (current + 1) * PAGE)
  const set = (change: Partial<ActivityFilter>) => {
    setFilter((f) => ({ ...f, ...change }))
    setPage(0)
  }
  const words = { language, messages, statusNames: sheet.statusNames, unitName: sheet.unitName }

  return (
    <ModalDialog title={t.feedTitle} onClose={onClose} className={styles.feed}>
      <fieldset className={styles.filters}>
        <legend className="visually-hidden">{t.filters}</legend>
        <label>
          {t.person}
          <select value={filter.person} onChange={(e) => set({ person: e.target.value })}>
            <option value="">{t.allPeople}</option>
            {people.map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {assignments && (
          <label>
            {t.unit}
            <select value={filter.unit} onChange={(e) => set({ unit: e.target.value })}>
              <option value="">{t.allUnits}</option>
              {units.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
              <option value={NO_UNIT}>{t.noUnit}</option>
            </select>
          </label>
        )}
        <label>
          {t.kind}
          <select value={filter.kind} onChange={(e) => set({ kind: e.target.value as ActivityKind | '' })}>
            <option value="">{t.allKinds}</option>
            {ACTIVITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.from}
          <input type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          {t.to}
          <input type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <button type="button" disabled={Object.values(filter).every((v) => v === '')} onClick={() => set(NO_FILTER)}>
          {t.clearFilters}
        </button>
      </fieldset>
      <div className={styles.tools}>
        <p role="status">{all === null ? t.loading : t.feedCount(shown.length, entries.length)}</p>
        <ExportActivityButton entries={shown} scope={messages.activity.feedTitle} sheet={sheet} />
      </div>
      {all !== null && rows.length === 0 ? (
        <p>{entries.length === 0 ? t.feedEmpty : t.feedNone}</p>
      ) : (
        <div className={styles.scroll}>
          <table aria-label={t.feedTable}>
            <thead>
              <tr>
                <th scope="col">{t.columns.when}</th>
                <th scope="col">{t.columns.meta}</th>
                <th scope="col">{t.columns.person}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.detail}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => {
                const w = activityWords(entry, words)
                const short = (text: string) => (entry.kind === 'edit' ? shortCellText(entry.column, text, messages.panels.emptyValue) : text)
                const no = sheet.metaNo(entry.meta)
                return (
                  <tr key={entry.key}>
                    <td>
                      <time dateTime={new Date(entry.at).toISOString()}>{editTimeText(entry.at)}</time>
                    </td>
                    <td>
                      <button
                        type="button"
                        className={styles.meta}
                        aria-label={t.openMeta(no)}
                        onClick={() => {
                          view.select(entry.meta)
                          onClose()
                        }}
                      >
                        {no}
                      </button>
                    </td>
                    <td>{activityAuthor(entry, messages)}</td>
                    <td>{w.kind}</td>
                    <td className={styles.text}>{[w.what === '' ? '' : t.change(w.what, short(w.before), short(w.after)), w.detail].filter(Boolean).join(' · ')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className={styles.pages} aria-label={t.pages}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t.previousPage}
          </button>
          <span>{t.page(current * PAGE + 1, current * PAGE + rows.length, newestFirst.length)}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t.nextPage}
          </button>
        </nav>
      )}
    </ModalDialog>
  )
}
