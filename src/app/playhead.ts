// The time shown now, kept outside React. The store's `t` is committed time: actions set it on a seek, play,
// pause, halt, speed, chapter change or case change, and React re-renders what depends on it. Between commits,
// each played frame moves the playhead here and tells the frame's listeners (the DOM that moves while playing),
// so a played frame makes no React commit; the tick invalidates the canvases itself.
import type { Clock } from '../core/playback'
import { store } from './store'

let shown = store.getState().t
// the clock the playhead last moved on: any commit makes a new clock or a new t, and then the store's t rules
let movedOn: Clock | null = null
const listeners = new Set<() => void>()

/** The presentation time this frame shows, s. */
export function shownTime(): number {
  const s = store.getState()
  return s.clock === movedOn ? shown : s.t
}

/** A played frame at time t on the clock `c`: the playhead moves without a store update, and the listeners run. */
export function advance(t: number, c: Clock): void {
  shown = t
  movedOn = c
  for (const fn of listeners) fn()
}

/** Calls `fn` after every played frame and every store change; returns the unsubscribe. */
export function subscribeFrame(fn: () => void): () => void {
  listeners.add(fn)
  const off = store.subscribe(fn)
  return () => {
    listeners.delete(fn)
    off()
  }
}
