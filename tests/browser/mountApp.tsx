// The whole app mounted on a page as boot does it, from a URL query: store, inspection handle, workers, React.
import { createRoot } from 'react-dom/client'
import { App } from '../../src/app/App'
import { store, initialState } from '../../src/app/store'
import { installInspection } from '../../src/app/inspection'
import { startWorkers } from '../../src/app/workers'
import { parseQuery } from '../../src/core/url'
import '../../src/ui/styles.css'

export type Handle = ReturnType<typeof installInspection>

/** Mounts the app full-page; `ready` resolves with the inspection handle once it is (or fails after 60 s). */
export function mountApp(query: string): { host: HTMLDivElement; ready: Promise<Handle>; unmount: () => void } {
  const host = document.createElement('div')
  host.style.cssText = 'position:fixed;inset:0'
  document.body.appendChild(host)
  const root = createRoot(host)
  const parsed = parseQuery(query)
  store.setState(initialState(parsed.case, parsed.view, parsed.notices))
  const handle = installInspection()
  const stop = startWorkers()
  root.render(<App />)
  const ready = Promise.race([
    handle.ready,
    new Promise<never>((_, no) => setTimeout(() => no(new Error('not ready in 60 s')), 60_000)),
  ]).then(() => handle)
  return {
    host,
    ready,
    unmount: () => {
      root.unmount()
      stop()
      host.remove()
    },
  }
}
