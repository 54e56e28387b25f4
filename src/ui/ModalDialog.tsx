import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useMessages } from './i18n/LanguageProvider'
import controls from './controls.module.css'
import styles from './ModalDialog.module.css'

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]'

/** Controls Tab can reach in the dialog, in order (disabled, hidden and tabindex=-1 ones skipped). */
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

/** At the dialog's first or last control Tab wraps around, instead of leaving for the browser's own controls. */
function wrapTab(event: KeyboardEvent): void {
  const own = event.currentTarget
  if (event.key !== 'Tab' || event.defaultPrevented || !(own instanceof HTMLElement)) return
  const stops = tabbables(own)
  const edge = event.shiftKey ? stops[0] : stops[stops.length - 1]
  const wrapTo = event.shiftKey ? stops[stops.length - 1] : stops[0]
  if (wrapTo && document.activeElement !== edge && document.activeElement !== own) return
  event.preventDefault()
  wrapTo?.focus()
}

/**
 * The app's one modal dialog: a native <dialog> opened with showModal(), so the page behind is
 * inert, Escape and a click on the backdrop close it (`closedby`), and nested ones stack. Focus
 * starts on the content's first control and goes back to what opened it.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  busy = false,
  wide = false,
  className,
  describedBy,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  /** While work runs the dialog stays open: Escape and the backdrop do nothing. */
  busy?: boolean
  wide?: boolean
  /** Extra class of the dialog box (its size). */
  className?: string
  /** Id of the element that says what the dialog asks. */
  describedBy?: string
}) {
  const t = useMessages().files
  const titleId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const state = useRef({ onClose, busy })
  state.current = { onClose, busy }

  // Before paint, so the dialog never shows closed for a frame.
  useLayoutEffect(() => {
    const own = dialog.current
    if (!own) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const closed = () => state.current.onClose()
    // Browsers without `closedby` would still close on Escape while busy.
    const cancel = (event: Event) => state.current.busy && event.preventDefault()
    own.addEventListener('close', closed)
    own.addEventListener('cancel', cancel)
    own.addEventListener('keydown', wrapTab)
    own.showModal()
    initialFocus(own, body.current).focus()
    return () => {
      own.removeEventListener('close', closed)
      own.removeEventListener('cancel', cancel)
      own.removeEventListener('keydown', wrapTab)
      // Closed before focusing the opener: behind an open modal the opener is inert.
      if (own.open) own.close()
      opener?.focus()
    }
  }, [])

  const wasBusy = useRef(busy)
  // In the commit that ends the task, so the reason shown with it is never there before focus is back.
  useLayoutEffect(() => {
    // A task starting disables the control that started it (the browser drops focus to <body>):
    // focus goes back to the first control still usable, Cancel. When the task ends, focus returns
    // to the dialog's first control, not to whatever button now stands where Cancel stood.
    const own = dialog.current
    const ended = wasBusy.current && !busy
    wasBusy.current = busy
    if (own && (ended || !own.contains(document.activeElement))) initialFocus(own, body.current).focus()
  })

  const classes = [styles.dialog, wide && styles.wide, className].filter(Boolean).join(' ')
  // Portalled to <body>: opened from the header, it must not inherit the header's styles.
  return createPortal(
    <dialog ref={dialog} className={classes} closedby={busy ? 'none' : 'any'} aria-labelledby={titleId} aria-describedby={describedBy} aria-busy={busy} tabIndex={-1}>
      <div className={styles.head}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className={controls.iconButton} aria-label={t.close} onClick={onClose} disabled={busy}>
          ×
        </button>
      </div>
      <div ref={body}>{children}</div>
    </dialog>,
    document.body,
  )
}

/** The row of buttons that ends a dialog, aligned to the right. */
export function ModalActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>
}
