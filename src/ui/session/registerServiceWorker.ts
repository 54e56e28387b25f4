/**
 * Registers the service worker that keeps the whole built app and the embedded report for offline
 * use (production builds only: the dev server's modules change all the time). It caches every
 * built file on install, so the first visit is enough to work offline.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const base = import.meta.env.BASE_URL
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Without a service worker the app still works online; only offline use is lost.
  })
}
