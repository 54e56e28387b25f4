/** Whether the browser says it is online, and when that changes. */
export interface Network {
  online(): boolean
  onChange(listener: (online: boolean) => void): () => void
}

/** The browser's navigator.onLine and its events; always online where there is no window (Node). */
export function browserNetwork(): Network {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return { online: () => true, onChange: () => () => undefined }
  return {
    online: () => navigator.onLine,
    onChange(listener) {
      const online = () => listener(true)
      const offline = () => listener(false)
      window.addEventListener('online', online)
      window.addEventListener('offline', offline)
      return () => {
        window.removeEventListener('online', online)
        window.removeEventListener('offline', offline)
      }
    },
  }
}
