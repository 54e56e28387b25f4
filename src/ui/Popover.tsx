/**
 * A small dialog anchored under a button (filters, columns). Rendered in a portal so the grid's
 * scrolling does not clip it; Escape or a click outside closes it and focus returns to the button.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import controls from './controls.module.css'
import styles from './Popover.module.css'

interface Props {
  readonly anchor: HTMLElement
  readonly label: string
  readonly onClose: () => void
  readonly children: ReactNode
  readonly width?: number
}

export function Popover({ anchor, label, onClose, children, width = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const [pos, setPos] = useState({ top: 0, left: 0 })
  useLayoutEffect(() => {
    const r = anchor.getBoundingClientRect()
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8))
    setPos({ top: r.bottom + 4, left })
    const first = ref.current?.querySelector<HTMLElement>('input') ?? ref.current?.querySelector<HTMLElement>('button')
    first?.focus()
  }, [anchor, width])
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node
      if (!ref.current?.contains(target) && !anchor.contains(target)) onClose()
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [anchor, onClose])
  useEffect(() => () => anchor.focus({ preventScroll: true }), [anchor])
  return createPortal(
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className={styles.popover}
      style={{ top: pos.top, left: pos.left, width }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      {children}
    </div>,
    document.body,
  )
}

/** A popover's title and its close button. */
export function PopoverHead({ title, titleId, closeLabel, onClose }: { title: string; titleId?: string; closeLabel: string; onClose: () => void }) {
  return (
    <div className={styles.head}>
      <h2 id={titleId}>{title}</h2>
      <button type="button" className={`${controls.iconButton} ${styles.close}`} aria-label={closeLabel} title={closeLabel} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
