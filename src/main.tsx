// Entry: read the URL, start the work the first frame needs (the cement worker and the baked meshes),
// then load the heavy part (React, three, the scene) in a second chunk while that work runs.
import { store, initialState } from './app/store'
import { parseQuery } from './core/url'
import { startWorkers } from './app/workers'
import { installInspection } from './app/inspection'

const parsed = parseQuery(window.location.search)
store.setState(initialState(parsed.case, parsed.view, parsed.notices))
const inspection = installInspection()
startWorkers()
// a language other than English loads beside the start-up chunk, not after it
if (parsed.view.lang === 'es') void import('./content/es')
void import('./app/boot')
registerServiceWorker(inspection.ready)

/** Offline: once the first frame is up, the service worker precaches the whole app (src/pwa). */
function registerServiceWorker(ready: Promise<void>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  void ready.then(() =>
    navigator.serviceWorker.register('/sw.js').catch(() => {
      /* the app works online without it */
    }),
  )
}
