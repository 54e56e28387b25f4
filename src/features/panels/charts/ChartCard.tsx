import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { saveChartPng, saveChartSvg } from './chartExport'
import styles from './ChartCard.module.css'

/**
 * One chart with its title, its save buttons and its data as a table (the keyboard and screen
 * reader way to read and filter it). `children` draws the chart at the given width.
 */
export function ChartCard({
  id,
  title,
  fileName,
  table,
  children,
}: {
  id: string
  title: string
  fileName: string
  table: ReactNode
  /** Draws the chart; `label` is its accessible name (the card's title). */
  children: (width: number, label: string) => ReactNode
}) {
  const t = useMessages().panels
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref)
  const [showTable, setShowTable] = useState(false)
  return (
    <figure className={styles.card} aria-labelledby={`${id}-title`}>
      <div className={styles.header}>
        <h3 id={`${id}-title`} className={styles.title}>
          {title}
        </h3>
        <div className={styles.actions}>
          <button type="button" aria-label={t.saveChartLabel('PNG', title)} onClick={() => ref.current && void saveChartPng(ref.current, title, fileName)}>
            PNG
          </button>
          <button type="button" aria-label={t.saveChartLabel('SVG', title)} onClick={() => ref.current && saveChartSvg(ref.current, title, fileName)}>
            SVG
          </button>
          <button type="button" aria-expanded={showTable} aria-label={t.chartTableLabel(title)} onClick={() => setShowTable((s) => !s)}>
            {t.chartTable}
          </button>
        </div>
      </div>
      <div ref={ref} className={styles.body}>
        {width > 0 && children(width, title)}
      </div>
      {showTable && <div className={styles.tableWrap}>{table}</div>}
    </figure>
  )
}

/** The element's content width, following resizes (the side area is resizable). */
function useElementWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setWidth(Math.floor(element.clientWidth))
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
