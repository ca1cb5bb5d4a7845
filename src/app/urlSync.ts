// Keeps the address bar equal to the view: case, view keys and t (rounded to 0.1 s), written with
// replaceState at most every 250 ms so playback does not flood the history.
import { store } from './store'
import { toQuery } from '../core/url'

export function startUrlSync(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  const write = () => {
    timer = null
    const s = store.getState()
    const q = toQuery(s.case, { ...s.view, t: s.t })
    if (q !== window.location.search)
      window.history.replaceState(null, '', window.location.pathname + q + window.location.hash)
  }
  const unsub = store.subscribe((s, p) => {
    if (s.t === p.t && s.case === p.case && s.view === p.view) return
    if (!timer) timer = setTimeout(write, 250)
  })
  return () => {
    unsub()
    if (timer) clearTimeout(timer)
  }
}
