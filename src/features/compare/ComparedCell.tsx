import { formatCell, isNumericColumn, parseCell, type ColumnDef } from '../../report/columns'
import type { CellChange } from '../../report/compare/compareReports'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { DiffText } from '../../ui/diff/DiffText'
import styles from './ComparisonGrid.module.css'

/** A cell's text as the grid shows it: a number the Ecuadorian way, any other text as written. */
export function shownText(def: ColumnDef, text: string): string {
  const parsed = parseCell(def, text)
  return parsed.ok ? formatCell(def, parsed.value) : text
}

/**
 * A changed cell of a pair: a number's before → after with its delta, or a text's word diff, said
 * changed in words too (for screen readers). `short` cuts long unchanged stretches of a text.
 */
export function ComparedCell({ def, change, short }: { def: ColumnDef; change: CellChange; short: boolean }) {
  const t = useMessages().compare
  const { before, after, delta } = change
  return (
    <>
      <span className="visually-hidden">{t.changedMark}: </span>
      {isNumericColumn(def) ? (
        <span className={styles.number}>{t.numberChange(shownText(def, before), shownText(def, after), delta)}</span>
      ) : (
        <DiffText before={before} after={after} removedLabel={t.removedWords} addedLabel={t.addedWords} emptyLabel={t.emptyText} short={short} />
      )}
    </>
  )
}
