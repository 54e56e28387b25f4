import styles from './ChartDataTable.module.css'

export interface ChartTableRow {
  readonly key: string
  readonly label: string
  /** The full text behind a shortened label, shown on hover. */
  readonly fullLabel?: string
  readonly values: readonly string[]
  readonly active: boolean
}

/**
 * A chart's figures as a table. Each row's label is a toggle that filters the view like a click on
 * its bar or slice, so the charts work from the keyboard too.
 */
export function ChartDataTable({
  caption,
  headers,
  rows,
  onToggle,
}: {
  caption: string
  headers: readonly string[]
  rows: readonly ChartTableRow[]
  onToggle?: (key: string) => void
}) {
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={h} scope="col" className={i > 0 ? styles.numeric : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" title={row.fullLabel}>
              {onToggle ? (
                <button type="button" className={styles.toggle} aria-pressed={row.active} onClick={() => onToggle(row.key)}>
                  {row.label}
                </button>
              ) : (
                row.label
              )}
            </th>
            {row.values.map((v, i) => (
              <td key={i} className={styles.numeric}>
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
