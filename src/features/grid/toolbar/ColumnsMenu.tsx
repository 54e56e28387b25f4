import { useState } from 'react'
import { useLanguage, useMessages } from '../../../ui/i18n/LanguageProvider'
import { reportViewColumnKeys, viewColumnLabel } from '../../../report/viewColumns'
import { defaultColumns, type ViewColumnKey } from '../../../report/view/viewSpec'
import { useReportSession } from '../../../ui/session/ReportSession'
import { Popover, PopoverHead } from '../../../ui/Popover'
import { useGridView } from '../../../ui/view/useView'
import controls from '../../../ui/controls.module.css'
import options from '../optionList.module.css'
import styles from './ColumnsMenu.module.css'

/** Show, hide, reorder and pin columns. Order and visibility are part of the view (URL). */
interface Props {
  readonly frozen: number
  readonly setFrozen: (n: number) => void
  /** Widths and frozen columns back to their defaults. */
  readonly onReset: () => void
}

export function ColumnsMenu({ frozen, setFrozen, onReset }: Props) {
  const t = useMessages().grid
  const { language } = useLanguage()
  const view = useGridView()
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null)
  const extras = useReportSession().report.source.extraColumns
  const shown = view.columns
  const team = view.context.units !== undefined
  const hidden = reportViewColumnKeys(extras, team).filter((k) => !shown.includes(k))
  const setColumns = (next: readonly ViewColumnKey[]) => {
    if (next.length === 0) return
    const byDefault = defaultColumns(extras?.length, team)
    const isDefault = next.length === byDefault.length && next.every((k, i) => byDefault[i] === k)
    view.setSpec((s) => ({ ...s, columns: isDefault ? null : [...next] }))
  }
  const move = (key: ViewColumnKey, by: number) => {
    const at = shown.indexOf(key)
    const next = shown.slice()
    next.splice(at, 1)
    next.splice(Math.max(0, Math.min(next.length, at + by)), 0, key)
    setColumns(next)
  }
  return (
    <>
      <button type="button" className={styles.toolbarButton} aria-haspopup="dialog" aria-expanded={anchor !== null} onClick={(e) => setAnchor(anchor ? null : e.currentTarget)}>
        {t.columnsMenu}
      </button>
      {anchor && (
        <Popover anchor={anchor} label={t.columnsMenuTitle} onClose={() => setAnchor(null)} width={340}>
          <PopoverHead title={t.columnsMenuTitle} closeLabel={t.close} onClose={() => setAnchor(null)} />
          <label className={styles.frozenSelect}>
            {t.frozenColumns}{' '}
            <select value={frozen} onChange={(e) => setFrozen(Number(e.target.value))}>
              {[0, 1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <ul className={`${options.list} ${styles.columns}`}>
            {[...shown, ...hidden].map((key) => {
              const label = viewColumnLabel(key, language, extras)
              const visible = shown.includes(key)
              const at = shown.indexOf(key)
              return (
                <li key={key}>
                  <label className={options.option}>
                    <input
                      type="checkbox"
                      checked={visible}
                      disabled={visible && shown.length === 1}
                      onChange={() => setColumns(visible ? shown.filter((k) => k !== key) : [...shown, key])}
                    />
                    <span className={options.label}>{label}</span>
                  </label>
                  {visible && (
                    <span className={styles.moves}>
                      <button
                        type="button"
                        className={controls.iconButton}
                        aria-label={t.moveLeft(label)}
                        title={t.moveLeft(label)}
                        disabled={at === 0}
                        onClick={() => move(key, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        className={controls.iconButton}
                        aria-label={t.moveRight(label)}
                        title={t.moveRight(label)}
                        disabled={at === shown.length - 1}
                        onClick={() => move(key, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
          <button
            type="button"
            onClick={() => {
              view.setSpec((s) => ({ ...s, columns: null }))
              onReset()
            }}
          >
            {t.resetColumns}
          </button>
        </Popover>
      )}
    </>
  )
}
