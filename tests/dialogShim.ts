/**
 * jsdom has <dialog> but not its modal behaviour: this does what the browser does to `open`, and
 * turns Escape into a close request to the topmost modal dialog (unless its closedby is "none").
 * Only Tab and inertness stay the browser's (end-to-end tests cover them).
 */
const modals: HTMLDialogElement[] = []

export function installDialogShim(): void {
  if (typeof HTMLDialogElement === 'undefined' || 'showModal' in HTMLDialogElement.prototype) return
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      if (this.open) return
      this.open = true
      modals.push(this)
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return
      this.open = false
      modals.splice(modals.indexOf(this), 1)
      this.dispatchEvent(new Event('close'))
    },
  })
  document.addEventListener('keydown', (event) => {
    const top = modals.filter((d) => d.isConnected).at(-1)
    if (event.key !== 'Escape' || event.defaultPrevented || !top || top.getAttribute('closedby') === 'none') return
    if (top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close()
  })
}
