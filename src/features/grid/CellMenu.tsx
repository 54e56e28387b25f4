/**
 * The cell's context menu (right click, the Menu key or Shift+F10): actions on the active cell or
 * the selected range. A WAI-ARIA menu: focus on its first item, arrows move, Escape closes and
 * focus returns to the grid.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import styles from './CellMenu.module.css'

export interface CellMenuItem {
  readonly label: string
  /** Shown as written (label) and told to assistive technology in ARIA's key names (keys). */
  readonly shortcut?: { readonly label: string; readonly keys: string }
  readonly disabled?: boolean
  readonly onSelect: () => void
}

interface Props {
  readonly x: number
  readonly y: number
  readonly label: string
  readonly items: readonly CellMenuItem[]
  readonly onClose: () => void
}

export function CellMenu({ x, y, label, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [])
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [onClose])
  const left = Math.max(8, Math.min(x, window.innerWidth - 260))
  const top = Math.max(8, Math.min(y, window.innerHeight - 48 * items.length))
  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className={styles.menu}
      style={{ left, top }}
      onKeyDown={(e) => {
        const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
        const at = entries.indexOf(e.target as HTMLElement)
        if (e.key === 'Escape' || e.key === 'Tab') onClose()
        else if (e.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus()
        else if (e.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus()
        else return
        e.preventDefault()
        e.stopPropagation()
      }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          aria-disabled={item.disabled || undefined}
          aria-keyshortcuts={item.shortcut?.keys}
          className={styles.item}
          onClick={() => {
            if (item.disabled) return
            onClose()
            item.onSelect()
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd aria-hidden="true">{item.shortcut.label}</kbd>}
        </button>
      ))}
    </div>,
    document.body,
  )
}
