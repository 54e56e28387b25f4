import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useMessages } from '../../../ui/i18n/LanguageProvider'
import { useReportSession } from '../../../ui/session/ReportSession'
import { useView } from '../../../ui/view/useView'
import { usePanelPrefs } from '../panelPrefs'
import { focusMetaPanel } from '../meta/metaPanelFocus'
import type { PendingItem } from './pendingItems'
import panelText from '../panelText.module.css'
import styles from './PendingButton.module.css'

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
}

/**
 * The inbox's items, each a button naming its meta and what waits; ↑ ↓ (Home, End) move between
 * them and activating one selects the meta in the grid and opens it in the meta panel.
 */
export function PendingList({ items, onOpened }: { items: readonly PendingItem[]; onOpened: () => void }) {
  const t = useMessages().turn
  const { report } = useReportSession()
  const view = useView()
  const [, setPanel] = usePanelPrefs()
  const list = useRef<HTMLUListElement>(null)
  // The first item takes the focus from the popover's own first control (its close button).
  useEffect(() => list.current?.querySelector('button')?.focus(), [])
  if (items.length === 0) return <p className={panelText.empty}>{t.pendingNone}</p>

  const describe = (item: PendingItem): string => {
    switch (item.kind) {
      case 'returned':
        return t.pendingReturned(item.reason)
      case 'toReview':
        return t.pendingToReview
      case 'toSubmit':
        return t.pendingToSubmit
      case 'mention':
        return t.pendingMention(item.comment.author, item.comment.text)
    }
  }
  const open = (meta: number) => {
    view.select(meta)
    setPanel({ open: true, tab: 'meta' })
    onOpened()
    focusMetaPanel()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key]
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (!move || index < 0) return
    event.preventDefault()
    buttons[move(index, buttons.length)]?.focus()
  }
  return (
    <>
      <p className={styles.hint}>{t.pendingHint}</p>
      <ul ref={list} className={styles.items} aria-label={t.pendingTitle} onKeyDown={onKeyDown}>
        {items.map((item) => (
          <li key={item.kind === 'mention' ? `mention:${item.comment.uid ?? item.comment.id}` : `${item.kind}:${item.meta}`}>
            <button type="button" className={styles.item} onClick={() => open(item.meta)}>
              {`${t.metaName(report.metas[item.meta]?.cells.no ?? '')} · ${describe(item)}`}
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}
