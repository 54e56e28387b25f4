import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useMessages } from '../app/i18n/LanguageProvider'
import './export.css'

/**
 * A modal dialog (role="dialog", aria-modal) that traps Tab, closes on Escape and gives focus back
 * to what opened it. jsdom has no <dialog>.showModal, so the pattern is built by hand.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  busy = false,
  wide = false,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  /** While work runs the dialog stays open: Escape and the backdrop do nothing. */
  busy?: boolean
  wide?: boolean
}) {
  const t = useMessages().export
  const titleId = useId()
  const panel = useRef<HTMLDivElement>(null)
  const body = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // The marked control, else the first control of the content (not the close button in the title bar).
    const first =
      panel.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      body.current?.querySelector<HTMLElement>('input[type="radio"]:checked') ??
      body.current?.querySelector<HTMLElement>('input:not([tabindex="-1"]), select, button, textarea')
    ;(first ?? panel.current)?.focus()
    return () => opener?.focus()
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !panel.current) return
    const focusable = [...panel.current.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !el.hasAttribute('disabled'),
    )
    if (focusable.length === 0) return
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  // Portalled to <body>: opened from the header, it must not inherit the header's styles or stacking.
  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div
        ref={panel}
        className={wide ? 'modal-panel modal-wide' : 'modal-panel'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label={t.close} onClick={onClose} disabled={busy}>
            ×
          </button>
        </div>
        <div ref={body}>{children}</div>
      </div>
    </div>,
    document.body,
  )
}
