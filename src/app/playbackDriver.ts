// While playing, one requestAnimationFrame loop advances t from the clock (elapsed x rate) and asks the
// canvas for a frame. Paused, nothing runs: the canvas renders on demand.
import { store } from './store'
import { tick } from './playbackActions'

export function startPlaybackDriver(): () => void {
  let raf = 0
  const loop = () => {
    raf = tick() ? requestAnimationFrame(loop) : 0
  }
  const unsub = store.subscribe((s, p) => {
    if (s.clock.playing && !p.clock.playing && !raf) raf = requestAnimationFrame(loop)
  })
  return () => {
    unsub()
    cancelAnimationFrame(raf)
  }
}
