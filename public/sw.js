/*
 * The app's service worker: keeps the built app and the embedded report in a cache so that, once
 * loaded, the app opens and reloads with no network. Drafts live in IndexedDB, not here.
 * Navigations and the report go to the network first (a new release is picked up at once) and fall
 * back to the cache; hashed build assets never change, so they are served from the cache first.
 */
const CACHE = 'poa-app-v1'
const SHELL = new URL('./', self.registration.scope).href
const REPORT = new URL('./default-report.txt', self.registration.scope).href
// Module scripts are requested with an Origin header; the copies cached from the page's list were not.
const MATCH = { ignoreVary: true, ignoreSearch: false }

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, REPORT]))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

// The page lists what it loaded before this worker controlled it, so those files are cached too.
self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'cache-urls' || !Array.isArray(data.urls)) return
  const urls = data.urls.filter((url) => typeof url === 'string' && new URL(url).origin === self.location.origin)
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(urls.map((url) => cache.match(url, MATCH).then((hit) => hit || cache.add(url).catch(() => undefined)))))
      .then(() => event.source && event.source.postMessage({ type: 'cached', count: urls.length })),
  )
})

async function networkFirst(request, cacheKey) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    if (response.ok) await cache.put(cacheKey, response.clone())
    return response
  } catch (error) {
    const cached = await cache.match(cacheKey, MATCH)
    if (cached) return cached
    throw error
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request, MATCH)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  // Every route of the single-page app is the same document.
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL))
  else if (url.pathname.includes('/assets/')) event.respondWith(cacheFirst(request))
  else event.respondWith(networkFirst(request, request))
})
