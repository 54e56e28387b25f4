import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { columnDef } from '../../report/columns'
import { pairChanges, type Comparison } from '../../report/compare/compareReports'
import type { ComparisonRow } from '../../report/compare/comparisonRows'
import { HIGH_CONFIDENCE } from '../../report/compare/matchMetas'
import type { Meta } from '../../report/types'
import { useLanguage } from '../../ui/i18n/LanguageProvider'
import { ComparedCell, shownText } from './ComparedCell'
import { rowKey } from './rowKey'
import styles from './ComparisonGrid.module.css'

/** Every column but the number (the first cell shows it for both sides): what the goal is and its figures first, where it sits last. */
const SHOWN_COLUMNS = (['description', 'indicator', 'planned', 'achieved', 'percent', 'result', 'contribution', 'objective', 'competenceType', 'competence'] as const).map(
  columnDef,
)
const ROW_HEIGHT = 76
const FIRST_WIDTH = 130
/** The grid's columns are narrower than the review grid's: eleven of them sit side by side. */
const widthOf = (width: number) => Math.round(width * 0.8)
const TOTAL_WIDTH = FIRST_WIDTH + SHOWN_COLUMNS.reduce((sum, c) => sum + widthOf(c.width), 0)

/**
 * The compared rows, virtualised (100,000 pairs scroll like 300): a pair's changed cells are
 * marked with the number's delta or the text's word diff; a meta of one report only is tinted.
 * The first cell's button opens the row's detail.
 */
export function ComparisonGrid({
  rows,
  comparison,
  a,
  b,
  selectedKey,
  onSelect,
}: {
  rows: readonly ComparisonRow[]
  comparison: Comparison
  a: readonly Meta[]
  b: readonly Meta[]
  /** rowKey of the row whose detail is open. */
  selectedKey: string | null
  onSelect: (row: ComparisonRow) => void
}) {
  const { language, messages } = useLanguage()
  const t = messages.compare
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  })
  return (
    <div ref={scroller} className={styles.scroller} role="table" aria-label={t.gridLabel} aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className={styles.head} style={{ width: TOTAL_WIDTH }}>
        <div role="row" aria-rowindex={1} className={styles.row}>
          <div role="columnheader" className={styles.cell} style={{ width: FIRST_WIDTH }}>
            {t.metaHeader}
          </div>
          {SHOWN_COLUMNS.map((def) => (
            <div key={def.key} role="columnheader" className={styles.cell} style={{ width: widthOf(def.width) }}>
              {def.label[language]}
            </div>
          ))}
        </div>
      </div>
      {rows.length === 0 && <p className={styles.empty}>{t.noRows}</p>}
      <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize(), width: TOTAL_WIDTH }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          const pair = row.kind === 'pair' ? comparison.matching.pairs[row.pair]! : null
          const metaA = pair ? a[pair.a]! : row.kind === 'onlyA' ? a[row.meta]! : null
          const metaB = pair ? b[pair.b]! : row.kind === 'onlyB' ? b[row.meta]! : null
          const shown = (metaB ?? metaA)!
          const changes = row.kind === 'pair' ? pairChanges(comparison, row.pair) : []
          const label = metaA && metaB ? t.pairLabel(metaA.cells.no, metaB.cells.no) : `${shown.cells.no} (${t.onlyIn(row.kind === 'onlyA' ? 'a' : 'b')})`
          const isSelected = selectedKey === rowKey(row, comparison)
          const tint = row.kind === 'onlyA' ? styles.onlyA : row.kind === 'onlyB' ? styles.onlyB : ''
          return (
            <div key={item.key} role="row" aria-rowindex={item.index + 2} className={`${styles.row} ${tint}`} style={{ transform: `translateY(${item.start}px)` }}>
              <div role="cell" className={`${styles.cell} ${styles.first}`} style={{ width: FIRST_WIDTH }}>
                <button type="button" className={styles.open} aria-pressed={isSelected} aria-label={t.openRow(label)} onClick={() => onSelect(row)}>
                  {label}
                </button>
                {pair && pair.confidence < 1 && <span className={pair.confidence < HIGH_CONFIDENCE ? styles.unsure : styles.confidence}>{t.confidence(pair.confidence)}</span>}
              </div>
              {SHOWN_COLUMNS.map((def) => {
                const change = changes.find((c) => c.column === def.key)
                return (
                  <div key={def.key} role="cell" className={`${styles.cell} ${change ? styles.changed : ''}`} style={{ width: widthOf(def.width) }}>
                    {change ? <ComparedCell def={def} change={change} short /> : shownText(def, shown.cells[def.key])}
                  </div>
                )
              })}
            </div>
          )
        })}
      </div>
    </div>
  )
}
