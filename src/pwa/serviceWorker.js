// The service worker: the whole app is precached at install, so it opens and works with no network.
// Built by src/pwa/precache.ts, which puts the list of files and a version in place of the two markers below.
const VERSION = '__SPINEVIZ_VERSION__'
const FILES = __SPINEVIZ_FILES__
const CACHE = `spineviz-${VERSION}`

self.addEventListener('install', (event) => {
  // all or nothing: a cache that misses one file is not used
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new URL(f, self.registration.scope))))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('spineviz-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const req = event.request
  if (req.method !== 'GET') return
  const url = new URL(req.url)
  if (url.origin !== self.location.origin) return
  // every page of the app is index.html with a query (the case): answer it from the cache
  const key = req.mode === 'navigate' ? new URL('index.html', self.registration.scope) : url
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: req.mode === 'navigate' }))
      .then((hit) => hit || fetch(req)),
  )
})
