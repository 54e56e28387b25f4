import { useState, type ReactNode } from 'react'
import { useMessages } from './i18n/LanguageProvider'

/** The collapsible right-hand area that holds the side panels. */
export function SidePanelArea({ children }: { children?: ReactNode }) {
  const t = useMessages().shell
  const [open, setOpen] = useState(true)
  return (
    <aside className={open ? 'side-area' : 'side-area side-area-collapsed'} aria-label={t.sidePanelRegion}>
      <button
        type="button"
        className="icon-button side-area-toggle"
        aria-expanded={open}
        aria-label={open ? t.hideSidePanel : t.showSidePanel}
        title={open ? t.hideSidePanel : t.showSidePanel}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '⟩' : '⟨'}</span>
      </button>
      {open && <div className="side-area-content">{children}</div>}
    </aside>
  )
}
