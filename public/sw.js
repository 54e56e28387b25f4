/*
 * The app's service worker: keeps every file of the built app (lazy chunks, workers and the
 * embedded report included) in a cache, so after one visit the app opens, reloads and loads any
 * panel with no network. Drafts live in IndexedDB, not here.
 *
 * The build writes `self.__PRECACHE__ = { version, files }` above this text (vite.config.ts): the
 * version is a hash of the built files, so a new build installs a new worker with a new cache and
 * the old cache is deleted once it takes over. Without it (a development server), nothing is
 * precached and files are cached as they load.
 *
 * Navigations and the report go to the network first (a new release is picked up at once) and fall
 * back to the cache; hashed build assets never change, so they are served from the cache first.
 */
const PRECACHE = self.__PRECACHE__ || { version: 'dev', files: [] }
const CACHE = `poa-app-${PRECACHE.version}`
const SCOPE = self.registration.scope
const SHELL = new URL('./', SCOPE).href
const API = new URL('api/', SCOPE).href
// Module scripts are requested with an Origin header; the copies cached on install were not.
const MATCH = { ignoreVary: true, ignoreSearch: false }

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache: the files must be this build's, not a stale copy. If any file
  // fails, the install fails and the worker that works offline stays in charge.
  const urls = [SHELL, ...PRECACHE.files.map((file) => new URL(file, SCOPE).href)]
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('poa-app-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
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
  // The team server's API is live and per account (and its event stream never ends): never cached.
  if (url.href.startsWith(API)) return
  // Every route of the single-page app is the same document.
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL))
  else if (url.pathname.includes('/assets/')) event.respondWith(cacheFirst(request))
  else event.respondWith(networkFirst(request, request))
})
