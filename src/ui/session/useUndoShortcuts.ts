import { useEffect, useRef } from 'react'

/** Text fields keep their own undo; the report's undo applies everywhere else. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type)
}

/** While a modal dialog (ui/ModalDialog, a <dialog> opened modal) is open the report behind it is out of reach, its undo included. */
const modalOpen = () => document.querySelector('dialog[open]') !== null

/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac). */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  const actions = useRef({ undo, redo })
  actions.current = { undo, redo }
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented || isTextField(event.target) || modalOpen()) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) actions.current.undo()
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) actions.current.redo()
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
