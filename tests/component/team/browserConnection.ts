import { afterEach } from 'vitest'

/** The browser's connection, as navigator.onLine and its events tell the page. */
export function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

/** Gives the file's tests back jsdom's own navigator.onLine after each. */
export function restoreConnectionAfterEach(): void {
  afterEach(() => void Reflect.deleteProperty(navigator, 'onLine'))
}
