import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useMessages } from './i18n/LanguageProvider'
import '../features/files/export.css'

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]'

/** Controls Tab can reach in the panel, in order (disabled, hidden and tabindex=-1 ones skipped). */
function tabbables(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[aria-hidden="true"]'))
}

/** The marked control if it can take focus, else the checked choice, else the first control of the content. */
function initialFocus(panel: HTMLElement, body: HTMLElement | null): HTMLElement {
  const marked = panel.querySelector<HTMLElement>('[data-autofocus]')
  if (marked && !marked.matches(':disabled')) return marked
  const checked = body?.querySelector<HTMLElement>('input[type="radio"]:checked:not(:disabled)')
  if (checked) return checked
  return (body && tabbables(body)[0]) ?? tabbables(panel)[0] ?? panel
}

/** Open dialogs, innermost last: only the innermost answers Escape and Tab. */
const openDialogs: symbol[] = []

/**
 * A modal dialog (role="dialog", aria-modal) that traps Tab, closes on Escape and gives focus back
 * to what opened it. jsdom has no <dialog>.showModal, so the pattern is built by hand. Keys are
 * heard on the document, not the panel: when the focused control is disabled (a task starts) the
 * browser moves focus to <body>, and Escape and Tab must still work from there.
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
  const t = useMessages().files
  const titleId = useId()
  const panel = useRef<HTMLDivElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const state = useRef({ onClose, busy })
  state.current = { onClose, busy }

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const self = Symbol('dialog')
    openDialogs.push(self)
    if (panel.current) initialFocus(panel.current, body.current).focus()

    const onKeyDown = (event: KeyboardEvent) => {
      const own = panel.current
      if (!own || openDialogs[openDialogs.length - 1] !== self || event.defaultPrevented) return
      if (event.key === 'Escape') {
        event.preventDefault()
        if (!state.current.busy) state.current.onClose()
        return
      }
      if (event.key !== 'Tab') return
      const stops = tabbables(own)
      if (stops.length === 0) {
        event.preventDefault()
        own.focus()
        return
      }
      const first = stops[0]!
      const last = stops[stops.length - 1]!
      const active = document.activeElement
      if (!own.contains(active) || active === own) {
        event.preventDefault()
        ;(event.shiftKey ? last : first).focus()
      } else if (event.shiftKey && active === first) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && active === last) {
        event.preventDefault()
        first.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      openDialogs.splice(openDialogs.indexOf(self), 1)
      opener?.focus()
    }
  }, [])

  const wasBusy = useRef(busy)
  useEffect(() => {
    // A task starting disables the control that started it (the browser drops focus to <body>):
    // focus goes back to the first control still usable, Cancel. When the task ends, focus returns
    // to the dialog's first control, not to whatever button now stands where Cancel stood.
    const own = panel.current
    const ended = wasBusy.current && !busy
    wasBusy.current = busy
    if (own && (ended || !own.contains(document.activeElement))) initialFocus(own, body.current).focus()
  })

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
