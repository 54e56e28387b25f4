/**
 * Registers the service worker that keeps the built app and the embedded report for offline use
 * (production builds only: the dev server's modules change all the time). Then tells it which files
 * this page loaded before it was in control, so the first visit is enough to work offline.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const base = import.meta.env.BASE_URL
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = [...performance.getEntriesByType('resource').map((entry) => entry.name)]
      registration.active?.postMessage({ type: 'cache-urls', urls })
    })
    .catch(() => {
      // Without a service worker the app still works online; only offline reloads are lost.
    })
}
