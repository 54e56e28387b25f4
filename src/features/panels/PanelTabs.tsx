import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import styles from './PanelTabs.module.css'

export interface TabDef<K extends string> {
  readonly key: K
  readonly label: string
  /** A count or marker shown after the label (e.g. open findings). */
  readonly badge?: ReactNode
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: arrows move between tabs, Home/End jump,
 * only the selected tab is in the tab order.
 */
export function PanelTabs<K extends string>({
  idPrefix,
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  idPrefix: string
  label: string
  tabs: readonly TabDef<K>[]
  selected: K
  onSelect: (key: K) => void
  children: ReactNode
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>())
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.key === selected)
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1
    if (target < 0) return
    event.preventDefault()
    const key = tabs[target].key
    onSelect(key)
    refs.current.get(key)?.focus()
  }
  return (
    <div className={styles.tabs}>
      <div role="tablist" aria-label={label} className={styles.tablist} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(el) => {
              if (el) refs.current.set(tab.key, el)
              else refs.current.delete(tab.key)
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`${idPrefix}-panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            className={styles.tab}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label} {tab.badge !== undefined && <span className={styles.badge}>{tab.badge}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel-${selected}`} aria-labelledby={`${idPrefix}-tab-${selected}`} className={styles.tabpanel} tabIndex={0}>
        {children}
      </div>
    </div>
  )
}
